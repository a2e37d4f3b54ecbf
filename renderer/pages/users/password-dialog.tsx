import { useState } from "react";
import { Button, FieldError, Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { UserInfo } from "../../../shared/model";
import type { HashForm } from "../../../shared/password-shape";
import { HashFormChoice } from "../../components/hash-form-choice";
import { AppDialog } from "../../components/modal";
import { failureText } from "../../shell/engine-text";
import { useAppStoreApi } from "../../state/context";
import { useAppStore } from "../../state/context";
import { passwordNotes } from "./password-notes";
import { usePasswordStrength } from "./password-strength";

/**
 * Setting a user's password: typed twice, hashed in main (bcrypt by default, legacy for older
 * 4D). The typed text lives only in this dialog's state, which is emptied on OK and dropped
 * when the dialog closes; the store receives the token main answers, never the password.
 * Mount it only while open, so each opening starts empty.
 */
export function PasswordDialog(props: {
  readonly user: UserInfo;
  /** Several users who get the same temporary password (the bulk pane); `user` is then the first. */
  readonly users?: readonly UserInfo[];
  readonly fileHasBcrypt: boolean;
  readonly onClose: () => void;
}) {
  const { user, fileHasBcrypt, onClose } = props;
  const { t, i18n } = useTranslation("users");
  const projectName = useAppStore((s) => s.snapshot?.location.projectName ?? "");
  const many = props.users && props.users.length > 1 ? props.users : null;
  const designer = (many ?? [user]).find((u) => u.kind === "designer");
  const store = useAppStoreApi();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [form, setForm] = useState<HashForm>("bcrypt");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const mismatch = confirm !== "" && confirm !== password;
  const canSubmit = password !== "" && confirm === password && !busy;
  const notes = passwordNotes(password, form);
  // zxcvbn-ts, with the user's own name and the project's name as words a guesser tries first.
  const estimate = usePasswordStrength(password, [user.name, projectName], i18n.language === "fr" ? "fr" : "en");

  const close = () => {
    setPassword("");
    setConfirm("");
    onClose();
  };
  const submit = async () => {
    if (!canSubmit) return;
    setBusy(true);
    const set = await store.getState().setPassword(many ? many.map((u) => u.name) : user.name, password, form);
    setPassword("");
    setConfirm("");
    setBusy(false);
    if (!set.ok) setError(failureText(t, set.error));
    else onClose();
  };

  return (
    <AppDialog
      title={many ? t("password.dialogTitleMany", { count: many.length }) : t("password.dialogTitle", { name: user.name })}
      isOpen
      onClose={close}
      actions={
        <>
          <Button className="btn" onPress={close}>
            {t("common:cancel")}
          </Button>
          <Button className="btn btn-primary" isDisabled={!canSubmit} onPress={() => void submit()}>
            {t("common:ok")}
          </Button>
        </>
      }
    >
      <div
        className="password-form"
        onKeyDown={(e) => {
          // Enter in a field confirms, as in every desktop dialog.
          if (e.key === "Enter" && e.target instanceof HTMLInputElement && e.target.type === "password") void submit();
        }}
      >
        {designer && (
          <p className="notice notice-warning" role="note">
            {t(designer.password === "none" ? "password.designerStarts" : "password.designerKeeps")}
          </p>
        )}
        {many && (
          <p className="field-help muted" role="note">
            {t("password.manyNote", { count: many.length })}
          </p>
        )}
        <TextField className="field" type="password" value={password} onChange={setPassword}>
          <Label>{t("password.new")}</Label>
          <Input autoComplete="new-password" autoFocus />
        </TextField>
        <TextField className="field" type="password" value={confirm} onChange={setConfirm} isInvalid={mismatch} validationBehavior="aria">
          <Label>{t("password.confirm")}</Label>
          <Input autoComplete="new-password" />
          <FieldError className="field-error">{t("password.mismatch")}</FieldError>
        </TextField>
        {estimate && (
          <p className={`password-strength strength-${estimate.strength}`} aria-live="polite">
            {t(`password.strength.${estimate.strength}`)}
            {estimate.warning && ` ${estimate.warning}`}
          </p>
        )}
        {notes.map((note) => (
          <p key={note} className="notice notice-warning" role="note">
            {t(`password.note.${note}`)}
          </p>
        ))}
        <HashFormChoice value={form} onChange={setForm} />
        {form === "bcrypt" && !fileHasBcrypt && <p className="field-help muted">{t("password.bcryptFirst")}</p>}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </AppDialog>
  );
}

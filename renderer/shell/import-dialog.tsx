import { useEffect, useMemo, useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { applyImport, planImport } from "../../shared/edits";
import type { ImportFile } from "../../shared/ipc-contract";
import type { HashForm } from "../../shared/password-shape";
import type { Failure } from "../../shared/result";
import { HashFormChoice } from "../components/hash-form-choice";
import { Check } from "../components/check";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { useApplyEdit } from "../state/use-apply-edit";
import { selectDraft } from "../state/selectors";
import { engineText, failureText } from "./engine-text";
import { Truncated } from "../components/truncated";

/** At most this many names of each kind are listed; the counts say the rest. */
const LISTED = 200;

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** A list of names, the first 200, then "and N more". */
function Names(props: { readonly title: string; readonly names: readonly string[] }) {
  const { t } = useTranslation("shell");
  if (props.names.length === 0) return null;
  return (
    <section className="import-list" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ul>
        {props.names.slice(0, LISTED).map((name, i) => (
          <li key={i}>
            <Truncated text={name} />
          </li>
        ))}
      </ul>
      {props.names.length > LISTED && <p className="muted">{t("import.more", { count: props.names.length - LISTED })}</p>}
    </section>
  );
}

/**
 * File → Import Users…: the preview of a CSV import before anything changes — users added and
 * changed, groups created, and every row that cannot be applied with its line and reason. The
 * import is all or nothing, and lands as one ordinary edit, reviewed before save. Passwords are
 * hashed in main only once Import is pressed; the dialog never holds one.
 */
export function ImportDialog() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const dialog = useAppStore((s) => s.csvDialog);
  const draft = useAppStore(selectDraft);
  const path = dialog?.kind === "import" ? dialog.path : null;
  const [file, setFile] = useState<{ path: string; read: ImportFile } | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [createGroups, setCreateGroups] = useState(false);
  const [form, setForm] = useState<HashForm>("bcrypt");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (path === null) return;
    let live = true;
    void store
      .getState()
      .readImport(path, "bcrypt", false)
      .then((read) => {
        if (!live) return;
        if (read.ok) setFile({ path, read: read.value });
        else setError(read.error);
      });
    return () => {
      live = false;
    };
  }, [path, store]);

  const current = file !== null && file.path === path ? file.read : null;
  const plan = useMemo(() => (current && draft ? planImport(draft, current.rows, { createGroups }) : null), [current, draft, createGroups]);
  const close = () => {
    setFile(null);
    setError(null);
    setCreateGroups(false);
    store.getState().closeCsvDialog();
  };
  const runImport = async () => {
    if (!current || path === null) return;
    setBusy(true);
    // The preview's rows only mark passwords; the import's carry main's tokens.
    const rows = current.passwords > 0 ? await store.getState().readImport(path, form, true) : { ok: true as const, value: current };
    setBusy(false);
    if (!rows.ok) {
      setError(rows.error);
      return;
    }
    if (apply((d) => applyImport(d, rows.value.rows, { createGroups })).ok) close();
  };
  const nothing = plan !== null && plan.added.length + plan.changed.length + plan.createdGroups.length + plan.memberships === 0;
  const canImport = plan !== null && plan.refused.length === 0 && !nothing && !busy;

  return (
    <AppDialog
      wide
      title={t("import.title", { file: path ? fileName(path) : "" })}
      isOpen={path !== null}
      onClose={close}
      actions={
        <>
          <Button className="btn" onPress={close}>
            {t("common:cancel")}
          </Button>
          <Button className="btn btn-primary" isDisabled={!canImport} onPress={() => void runImport()}>
            {busy ? t("import.hashing") : t("import.apply")}
          </Button>
        </>
      }
    >
      {error && (
        <p className="notice notice-error" role="alert">
          {failureText(t, error)}
        </p>
      )}
      {!error && !plan && <p className="muted">{t("import.reading")}</p>}
      {plan && current && (
        <div className="import-preview">
          <p className="import-summary" role="status">
            {[
              t("import.added", { count: plan.added.length }),
              t("import.changed", { count: plan.changed.length }),
              t("import.created", { count: plan.createdGroups.length }),
              t("import.memberships", { count: plan.memberships }),
            ].join(" · ")}
          </p>
          {plan.refused.length > 0 && (
            <section className="notice notice-error import-refused" aria-label={t("import.refusedTitle", { count: plan.refused.length })}>
              <h3>{t("import.refusedTitle", { count: plan.refused.length })}</h3>
              <ul>
                {plan.refused.slice(0, LISTED).map((r, i) => (
                  <li key={i}>{t("import.line", { line: r.line, reason: engineText(t, "refusal", r) })}</li>
                ))}
              </ul>
            </section>
          )}
          {nothing && <p className="notice">{t("import.nothing")}</p>}
          <Check isSelected={createGroups} onChange={setCreateGroups}>
            {t("import.createGroups")}
          </Check>
          {current.passwords > 0 && (
            <>
              <p className="notice notice-warning" role="note">
                {t("import.plainPasswords", { count: current.passwords })}
              </p>
              <HashFormChoice value={form} onChange={setForm} />
            </>
          )}
          <div className="import-lists">
            <Names title={t("import.added", { count: plan.added.length })} names={plan.added} />
            <Names title={t("import.changed", { count: plan.changed.length })} names={plan.changed.map((c) => t("import.changedUser", { user: c.user, fields: c.fields.map((f) => t(`import.field.${f}`)).join(", ") }))} />
            <Names title={t("import.created", { count: plan.createdGroups.length })} names={plan.createdGroups} />
          </div>
          <p className="field-help muted">{t("import.review")}</p>
        </div>
      )}
    </AppDialog>
  );
}

import { useMemo, useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { clearPassword } from "../../../shared/edits";
import type { DirectoryModel, UserInfo } from "../../../shared/model";
import { AppDialog } from "../../components/modal";
import { useApplyEdit } from "../../state/use-apply-edit";
import { PasswordDialog } from "./password-dialog";

/**
 * The form of the user's password (never the hash), Edit… to set one, Clear to remove it.
 * Clearing the Designer's password turns 4D's access control off, so it is confirmed first;
 * any other clear is direct (undoable).
 */
export function PasswordSection(props: { readonly user: UserInfo; readonly model: DirectoryModel }) {
  const { user, model } = props;
  const { t } = useTranslation("users");
  const apply = useApplyEdit();
  const [editing, setEditing] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const fileHasBcrypt = useMemo(() => model.users.some((u) => u.password === "bcrypt"), [model]);

  const clear = () => {
    setConfirmClear(false);
    apply((doc) => clearPassword(doc, user.name));
  };

  return (
    <section className="detail-section" aria-labelledby="user-password-heading">
      <h3 id="user-password-heading">{t("password.title")}</h3>
      <div className="password-row">
        <span className={`password-kind password-${user.password}`}>{t(`password.kind.${user.password}`)}</span>
        <Button className="btn" aria-label={t("password.editLabel")} onPress={() => setEditing(true)}>
          {t("password.edit")}
        </Button>
        {user.password !== "none" && (
          <Button className="btn" onPress={() => (user.kind === "designer" ? setConfirmClear(true) : clear())}>
            {t("password.clear")}
          </Button>
        )}
      </div>
      {user.kind === "designer" && user.password === "none" && <p className="field-help muted">{t("password.designerNone")}</p>}
      {editing && <PasswordDialog user={user} fileHasBcrypt={fileHasBcrypt} onClose={() => setEditing(false)} />}
      <AppDialog
        alert
        title={t("password.clearDesignerTitle", { name: user.name })}
        isOpen={confirmClear}
        onClose={() => setConfirmClear(false)}
        actions={
          <>
            <Button className="btn" onPress={() => setConfirmClear(false)}>
              {t("common:cancel")}
            </Button>
            <Button className="btn btn-primary btn-danger-primary" onPress={clear}>
              {t("password.clear")}
            </Button>
          </>
        }
      >
        <p>{t("password.clearDesignerBody")}</p>
      </AppDialog>
    </section>
  );
}

import { useMemo, useState } from "react";
import { Button, Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addMembersToGroups, clearPasswords, deleteUsers, removeMembersFromGroups, setStartupMethods } from "../../../shared/edits";
import type { DirectoryModel, UserInfo } from "../../../shared/model";
import { BulkChecks } from "../../components/bulk-checks";
import { AppDialog } from "../../components/modal";
import { useAppStore, useAppStoreApi } from "../../state/context";
import { useApplyEdit } from "../../state/use-apply-edit";
import { PasswordDialog } from "./password-dialog";
import { Truncated } from "../../components/truncated";

/** How many of the selected users each group lists directly. */
function directCounts(model: DirectoryModel, names: ReadonlySet<string>): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const group of model.groups) {
    let n = 0;
    for (const user of group.users) if (names.has(user)) n++;
    if (n > 0) counts.set(group.name, n);
  }
  return counts;
}

/** What deleting the selected users takes with them: direct memberships, settings naming them, users renumbered. */
function deletionFacts(model: DirectoryModel, users: readonly UserInfo[]) {
  const names = new Set(users.map((u) => u.name));
  let memberships = 0;
  for (const group of model.groups) for (const user of group.users) if (names.has(user)) memberships++;
  const settings = model.settings.filter((s) => names.has(s.value)).length;
  const first = Math.min(...users.map((u) => u.index));
  // Every user after the first one deleted moves up, less those deleted themselves.
  const renumbered = model.users.length - first - users.length;
  return { memberships, settings, renumbered: Math.max(0, renumbered) };
}

/**
 * The details pane when several users are selected: their groups as tri-state boxes (ticked when
 * all are direct members, a dash when some are), one startup method, clearing or setting one
 * temporary password, and delete. Each action is one edit: one undo step, one change-log line.
 */
export function BulkUsersPane(props: { readonly model: DirectoryModel; readonly users: readonly UserInfo[] }) {
  const { model, users } = props;
  const { t } = useTranslation("users");
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const idsFile = useAppStore((s) => s.snapshot?.userIdsFile ?? null);
  const names = useMemo(() => users.map((u) => u.name), [users]);
  const nameSet = useMemo(() => new Set(names), [names]);
  const counts = useMemo(() => directCounts(model, nameSet), [model, nameSet]);
  const groupNames = useMemo(() => model.groups.map((g) => g.name), [model]);
  const [method, setMethod] = useState("");
  const [dialog, setDialog] = useState<"password" | "clear" | "delete" | null>(null);
  const builtin = users.find((u) => u.kind !== "user");
  const designer = users.find((u) => u.kind === "designer");
  const withPassword = users.filter((u) => u.password !== "none").length;
  const facts = dialog === "delete" ? deletionFacts(model, users) : null;
  const members = useMemo(() => names.map((user) => ({ user })), [names]);

  const toggle = (group: string, on: boolean) => {
    apply((d) => (on ? addMembersToGroups(d, [group], members) : removeMembersFromGroups(d, [group], members)));
  };
  const clear = () => {
    setDialog(null);
    apply((d) => clearPasswords(d, names));
  };
  const remove = () => {
    setDialog(null);
    const first = users.reduce((a, b) => (a.index < b.index ? a : b));
    if (apply((d) => deleteUsers(d, names)).ok) {
      // The user now at the first deleted place takes the selection.
      const next = model.users.filter((u) => !nameSet.has(u.name))[Math.max(0, first.index - 1)];
      store.getState().selectUser(next?.name ?? null);
    }
  };
  const shown = names.slice(0, 3).join(", ");

  return (
    <section className="detail bulk-pane" aria-label={t("bulk.label", { count: users.length })}>
      <header className="bulk-header">
        <h2>{t("bulk.title", { count: users.length })}</h2>
        <p className="muted">
          <Truncated text={users.length > 3 ? t("bulk.namesMore", { names: shown, count: users.length - 3 }) : shown} />
        </p>
      </header>

      <section className="detail-section" aria-labelledby="bulk-groups-heading">
        <h3 id="bulk-groups-heading">{t("bulk.groups")}</h3>
        <p className="field-help muted">{t("bulk.groupsHelp")}</p>
        {model.groups.length === 0 ? (
          <p className="muted">{t("member.empty")}</p>
        ) : (
          <>
            <BulkChecks
              label={t("bulk.groups")}
              names={groupNames}
              counts={counts}
              total={users.length}
              onToggle={toggle}
              someLabel={(group, count) => t("bulk.someLabel", { group, count, total: users.length })}
            />
          </>
        )}
      </section>

      <section className="detail-section" aria-labelledby="bulk-startup-heading">
        <h3 id="bulk-startup-heading">{t("startup.title")}</h3>
        <div className="bulk-row">
          <TextField className="field startup-field" value={method} onChange={setMethod}>
            <Label className="sr-only">{t("startup.label")}</Label>
            <Input placeholder={t("startup.placeholder")} spellCheck={false} />
          </TextField>
          <Button className="btn" isDisabled={method.trim() === ""} onPress={() => apply((d) => setStartupMethods(d, names, method.trim()))}>
            {t("bulk.setMethod")}
          </Button>
          <Button className="btn" onPress={() => apply((d) => setStartupMethods(d, names, ""))}>
            {t("bulk.clearMethod")}
          </Button>
        </div>
      </section>

      <section className="detail-section" aria-labelledby="bulk-password-heading">
        <h3 id="bulk-password-heading">{t("password.title")}</h3>
        <p className="field-help muted">{t("bulk.passwordsNow", { count: withPassword, total: users.length })}</p>
        <div className="bulk-row">
          <Button className="btn" onPress={() => setDialog("password")}>
            {t("bulk.setPassword")}
          </Button>
          <Button className="btn" isDisabled={withPassword === 0} onPress={() => (designer ? setDialog("clear") : clear())}>
            {t("bulk.clearPasswords")}
          </Button>
        </div>
      </section>

      <section className="detail-section">
        <Button className="btn btn-danger" isDisabled={builtin !== undefined} onPress={() => setDialog("delete")}>
          {t("bulk.delete", { count: users.length })}
        </Button>
        {builtin && <p className="field-help muted">{t(`toolbar.cannotDelete.${builtin.kind}`, { name: builtin.name })}</p>}
      </section>

      {dialog === "password" && <PasswordDialog user={users[0] as UserInfo} users={users} fileHasBcrypt={model.users.some((u) => u.password === "bcrypt")} onClose={() => setDialog(null)} />}
      <AppDialog
        alert
        title={t("password.clearDesignerTitle")}
        isOpen={dialog === "clear"}
        onClose={() => setDialog(null)}
        actions={
          <>
            <Button className="btn" onPress={() => setDialog(null)}>
              {t("common:cancel")}
            </Button>
            <Button className="btn btn-primary btn-danger-primary" onPress={clear}>
              {t("bulk.clearPasswords")}
            </Button>
          </>
        }
      >
        <p>{t("password.clearDesignerBody")}</p>
      </AppDialog>
      <AppDialog
        alert
        title={t("bulk.deleteTitle", { count: users.length })}
        isOpen={dialog === "delete"}
        onClose={() => setDialog(null)}
        actions={
          <>
            <Button className="btn" onPress={() => setDialog(null)}>
              {t("common:cancel")}
            </Button>
            <Button className="btn btn-primary btn-danger-primary" onPress={remove}>
              {t("common:delete")}
            </Button>
          </>
        }
      >
        {facts && (
          <>
            <p>{t("bulk.deleteBody", { count: users.length, memberships: facts.memberships, settings: facts.settings })}</p>
            {facts.renumbered > 0 && (
              <p className="notice notice-warning">{t(idsFile ? "bulk.renumbersFile" : "bulk.renumbers", { count: facts.renumbered, file: idsFile ?? "" })}</p>
            )}
            <p className="muted">{t("delete.undo")}</p>
          </>
        )}
      </AppDialog>
    </section>
  );
}

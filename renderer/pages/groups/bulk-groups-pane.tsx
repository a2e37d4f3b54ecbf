import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { addMembersToGroups, removeMembersFromGroups, type Member } from "../../../shared/edits";
import type { DirectoryModel, GroupInfo } from "../../../shared/model";
import { BulkChecks } from "../../components/bulk-checks";
import { useApplyEdit } from "../../state/use-apply-edit";
import { Truncated } from "../../components/truncated";

/** How many of the selected groups list each name directly, in their `users` or `groups` list. */
function memberCounts(groups: readonly GroupInfo[], list: "users" | "groups"): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const group of groups) for (const name of group[list]) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/**
 * The details pane when several groups are selected: their member users and member groups as
 * tri-state boxes (ticked when every selected group lists it, a dash when some do). Ticking adds
 * the member to all of them at once — one edit, one undo step, one change-log line — and a
 * nesting that would make a cycle is refused with its path, as for one group.
 */
export function BulkGroupsPane(props: { readonly model: DirectoryModel; readonly groups: readonly GroupInfo[] }) {
  const { model, groups } = props;
  const { t } = useTranslation("groups");
  const apply = useApplyEdit();
  const targets = useMemo(() => groups.map((g) => g.name), [groups]);
  const userCounts = useMemo(() => memberCounts(groups, "users"), [groups]);
  const groupCounts = useMemo(() => memberCounts(groups, "groups"), [groups]);
  const userNames = useMemo(() => model.users.map((u) => u.name), [model]);
  const groupNames = useMemo(() => model.groups.map((g) => g.name), [model]);
  const toggle = (member: Member, on: boolean) =>
    apply((d) => (on ? addMembersToGroups(d, targets, [member]) : removeMembersFromGroups(d, targets, [member])));
  const shown = targets.slice(0, 3).join(", ");

  return (
    <section className="detail bulk-pane" aria-label={t("bulk.title", { count: groups.length })}>
      <header className="bulk-header">
        <h2>{t("bulk.title", { count: groups.length })}</h2>
        <p className="muted">
          <Truncated text={groups.length > 3 ? t("bulk.namesMore", { names: shown, count: groups.length - 3 }) : shown} />
        </p>
      </header>
      <section className="detail-section" aria-labelledby="bulk-users-heading">
        <h3 id="bulk-users-heading">{t("bulk.users")}</h3>
        <p className="field-help muted">{t("bulk.help")}</p>
        <BulkChecks
          label={t("bulk.users")}
          names={userNames}
          counts={userCounts}
          total={groups.length}
          onToggle={(user, on) => toggle({ user }, on)}
          someLabel={(name, count) => t("bulk.someLabel", { name, count, total: groups.length })}
        />
      </section>
      <section className="detail-section" aria-labelledby="bulk-member-groups-heading">
        <h3 id="bulk-member-groups-heading">{t("bulk.memberGroups")}</h3>
        <BulkChecks
          label={t("bulk.memberGroups")}
          names={groupNames}
          counts={groupCounts}
          total={groups.length}
          onToggle={(group, on) => toggle({ group }, on)}
          someLabel={(name, count) => t("bulk.someLabel", { name, count, total: groups.length })}
        />
      </section>
      <p className="field-help muted">{t("bulk.licences")}</p>
    </section>
  );
}

import { useMemo, useState } from "react";
import { Input, SearchField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addMember, removeMember, type Member } from "../../../shared/edits";
import type { DirectoryModel, GroupInfo, UserInfo } from "../../../shared/model";
import type { Failure } from "../../../shared/result";
import { Check } from "../../components/check";
import { GroupGlyph, UserGlyph } from "../../components/glyphs";
import { useEngineText } from "../../shell/engine-text";
import { useApplyEdit } from "../../state/use-apply-edit";
import { filterFolded, fold } from "../../../shared/fold";
import { MissingMembers } from "./missing-members";
import { VirtualRows } from "./virtual-rows";
import { ShownName } from "../../components/shown-name";

/** Props of the members editor: the group and the model it belongs to. */
export interface MembersProps {
  readonly model: DirectoryModel;
  readonly group: GroupInfo;
}

/**
 * The members of a group as two lists of boxes, as in 4D's Groups editor: every user (ticked =
 * listed by the group) and every other group (ticked = nested in it), under one filter.
 * Windowed, so 16,000 users draw a screenful of rows. A nesting that would make a cycle is
 * refused with its path, here only (where the box was clicked). Mount with `key={group.name}`.
 */
export function Members({ model, group }: MembersProps) {
  const { t } = useTranslation("groups");
  const apply = useApplyEdit();
  const text = useEngineText();
  const [query, setQuery] = useState("");
  const [refusal, setRefusal] = useState<Failure | null>(null);

  const userNames = useMemo(() => new Set(group.users), [group.users]);
  const groupNames = useMemo(() => new Set(group.groups), [group.groups]);
  const foldedUsers = useMemo(() => model.users.map((u) => fold(u.name)), [model.users]);
  const others = useMemo(() => model.groups.filter((g) => g.name !== group.name), [model.groups, group.name]);
  const foldedGroups = useMemo(() => others.map((g) => fold(g.name)), [others]);
  const users = useMemo(() => filterFolded(model.users, foldedUsers, query), [model.users, foldedUsers, query]);
  const groups = useMemo(() => filterFolded(others, foldedGroups, query), [others, foldedGroups, query]);

  const toggle = (member: Member, on: boolean) => {
    const result = apply((doc) => (on ? addMember(doc, group.name, member) : removeMember(doc, group.name, member)), "inline");
    setRefusal(result.ok ? null : result.error);
  };

  const userRow = (user: UserInfo) => (
    <Check isSelected={userNames.has(user.name)} onChange={(on) => toggle({ user: user.name }, on)} aria-label={user.name}>
      <UserGlyph kind={user.kind} />
      <ShownName className="row-name" name={user.name} />
    </Check>
  );
  const groupRow = (other: GroupInfo) => (
    <Check isSelected={groupNames.has(other.name)} onChange={(on) => toggle({ group: other.name }, on)} aria-label={other.name}>
      <GroupGlyph />
      <ShownName className="row-name" name={other.name} />
    </Check>
  );
  const ticked = (names: ReadonlySet<string>, byName: ReadonlyMap<string, unknown>) => [...names].filter((n) => byName.has(n)).length;
  // Both lists take the height of the longer one, so the two columns line up.
  const rows = Math.max(users.length, groups.length);
  const nothing = <p className="member-none muted">{t("common:noMatch", { query })}</p>;

  return (
    <div className="group-members">
      <SearchField className="members-filter" value={query} onChange={setQuery} aria-label={t("members.filter")}>
        <Input placeholder={t("members.filter")} />
      </SearchField>
      <div className="members-columns">
        <div className="members-column">
          <h4>
            {t("members.users")}{" "}
            <span className="muted">{t("members.ticked", { ticked: ticked(userNames, model.userByName), total: model.users.length })}</span>
          </h4>
          {users.length > 0 ? (
            <VirtualRows label={t("members.usersLabel")} items={users} rows={rows} rowKey={(u) => u.index} renderRow={userRow} />
          ) : (
            nothing
          )}
        </div>
        <div className="members-column">
          <h4>
            {t("members.groups")}{" "}
            <span className="muted">{t("members.ticked", { ticked: ticked(groupNames, model.groupByName), total: others.length })}</span>
          </h4>
          {others.length === 0 ? (
            <p className="member-none muted">{t("members.noOtherGroup")}</p>
          ) : groups.length > 0 ? (
            <VirtualRows label={t("members.groupsLabel")} items={groups} rows={rows} rowKey={(g) => g.index} renderRow={groupRow} />
          ) : (
            nothing
          )}
        </div>
      </div>
      {refusal && (
        <p className="inline-refusal" role="alert">
          {text.refusal(refusal)}
        </p>
      )}
      <MissingMembers model={model} group={group} onRemove={(member) => toggle(member, false)} />
    </div>
  );
}

import { TriangleAlert } from "lucide-react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Member } from "../../../shared/edits";
import type { DirectoryModel, GroupInfo } from "../../../shared/model";

/**
 * Members the group lists but the file does not have (a user or group renamed or deleted by
 * hand): kept as read (docs/directory-json.md §5 rule 9), shown with a warning and a button to remove each.
 */
export function MissingMembers({ model, group, onRemove }: { readonly model: DirectoryModel; readonly group: GroupInfo; readonly onRemove: (member: Member) => void }) {
  const { t } = useTranslation("groups");
  const users = [...new Set(group.users)].filter((name) => !model.userByName.has(name));
  const groups = [...new Set(group.groups)].filter((name) => !model.groupByName.has(name));
  if (users.length + groups.length === 0) return null;
  const missing: readonly { member: Member; name: string; sentence: string }[] = [
    ...users.map((name) => ({ member: { user: name }, name, sentence: t("members.missingUser", { name, group: group.name }) })),
    ...groups.map((name) => ({ member: { group: name }, name, sentence: t("members.missingGroup", { name, group: group.name }) })),
  ];
  return (
    <ul className="missing-members" aria-label={t("members.missingLabel")}>
      {missing.map(({ member, name, sentence }) => (
        <li key={`${"user" in member ? "u" : "g"}:${name}`} className="notice notice-warning">
          <TriangleAlert size={14} aria-hidden="true" className="warning-icon" />
          <span>{sentence}</span>
          <Button className="btn missing-remove" aria-label={t("members.removeNamed", { name })} onPress={() => onRemove(member)}>
            {t("members.remove")}
          </Button>
        </li>
      ))}
    </ul>
  );
}

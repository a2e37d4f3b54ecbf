import { TriangleAlert } from "lucide-react";
import { Text } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { EDITOR_NAME_LIMIT } from "../../../shared/keys";
import type { GroupInfo } from "../../../shared/model";
import { GroupGlyph } from "../../components/glyphs";
import { ShownName } from "../../components/shown-name";
import { Truncated } from "../../components/truncated";

/**
 * One row of the groups list: glyph, name, a warning for a name longer than 4D's editor accepts,
 * and the number of direct members — all in the label, so the accessible name is the visible text.
 */
export function GroupRow({ group, hit }: { readonly group: GroupInfo; readonly hit?: string | undefined }) {
  const { t } = useTranslation("groups");
  const count = group.users.length + group.groups.length;
  const long = group.name.length > EDITOR_NAME_LIMIT;
  return (
    <>
      <GroupGlyph />
      <Text slot="label" className="row-label">
        <ShownName className="row-name" name={group.name} />
        {long && (
          <>
            {" "}
            <span className="row-meta row-long" title={t("longNameShort", { limit: EDITOR_NAME_LIMIT })}>
              <TriangleAlert size={12} aria-hidden="true" />
              <span className="sr-only">{t("longNameShort", { limit: EDITOR_NAME_LIMIT })}</span>
            </span>
          </>
        )}{" "}
        {hit !== undefined && (
          <>
            <Truncated className="row-meta row-shrink row-hit" text={t("row.memberHit", { name: hit })} />{" "}
          </>
        )}
        <span className="row-meta" title={t("memberCountHelp", { users: group.users.length, groups: group.groups.length })}>
          {t("memberCount", { count })}
        </span>
      </Text>
    </>
  );
}

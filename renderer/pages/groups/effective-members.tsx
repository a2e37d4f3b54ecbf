import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import type { DirectoryModel } from "../../../shared/model";
import { effectiveMembers, routeLength, shownRoute, type MemberPath } from "../../../shared/queries";
import { UserGlyph } from "../../components/glyphs";
import { VirtualRows } from "./virtual-rows";
import { Truncated } from "../../components/truncated";
import { ShownName } from "../../components/shown-name";

/** Props of the effective members list. */
export interface EffectiveMembersProps {
  readonly doc: DirectoryDocument;
  readonly model: DirectoryModel;
  readonly group: string;
  /** Id of the heading that names the section (its count is updated here). */
  readonly headingId: string;
}

/**
 * Every user who gets this group's rights: those it lists, and those of its member groups,
 * recursively. Indirect ones are greyed and say how: "via Engineers ⊂ Secret" (the user is in
 * Engineers, which Secret contains).
 */
export function EffectiveMembers({ doc, model, group, headingId }: EffectiveMembersProps) {
  const { t } = useTranslation("groups");
  const members = useMemo(() => effectiveMembers(doc, group), [doc, group]);
  const indirect = members.filter((m) => routeLength(m) > 1).length;
  const row = (member: MemberPath) => {
    const kind = model.userByName.get(member.user)?.kind ?? "user";
    const direct = routeLength(member) === 1;
    return (
      <div className={direct ? "effective-row" : "effective-row inherited"}>
        <UserGlyph kind={kind} />
        <ShownName className="row-name" name={member.user} />{" "}
        {!direct && <Truncated className="effective-via" text={t("effective.via", { path: [...shownRoute(member)].reverse().join(" ⊂ ") })} />}
      </div>
    );
  };
  return (
    <>
      <h3 id={headingId}>
        {t("effective.title")} <span className="section-count">{t("effective.count", { count: members.length, indirect })}</span>
      </h3>
      {members.length === 0 ? (
        <p className="muted">{t("effective.none", { name: group })}</p>
      ) : (
        <VirtualRows label={t("effective.label", { name: group })} items={members} rowKey={(m) => m.user} renderRow={row} className="effective-list" />
      )}
    </>
  );
}

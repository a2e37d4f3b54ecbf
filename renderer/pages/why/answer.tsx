import { Check, Minus, Network } from "lucide-react";
import { useState, type ReactNode } from "react";
import { HierarchyPicture } from "../../components/hierarchy";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import { EVERYBODY, LICENCES, NOBODY } from "../../../shared/keys";
import type { DirectoryModel, UserKind } from "../../../shared/model";
import { pathHierarchy, routeLength, shownRoute, type Membership, type Via } from "../../../shared/queries";
import { useAppStoreApi } from "../../state/context";
import { GroupGlyph } from "../../components/glyphs";
import type { RightName, RightRow, RightRows } from "./why-model";
import { Truncated } from "../../components/truncated";

const chain = (path: readonly string[]) => path.join(" ⊂ ");

/** A right's name in the person's language (4D's licence names are not translated). */
function useRightLabel(): (name: RightName) => string {
  const { t } = useTranslation(["why", "access"]);
  return (name) => {
    switch (name.kind) {
      case "licence":
        return LICENCES.find((l) => l.key === name.key)?.label ?? t("why:otherLicence", { key: name.key });
      case "setting":
        return t(`access:setting.${name.key}.label`, { defaultValue: name.label });
      case "sql":
        return t("why:sqlRight", { schema: name.schema, right: t(`access:sql.${name.right}`, { defaultValue: name.right }) });
    }
  };
}

/** Why a right is held, in words: `via Accounting ⊂ Finances`, `everybody`, `always (Designer)`. */
function useViaText(kind: UserKind | undefined): (via: Via) => string {
  const { t } = useTranslation(["why", "common"]);
  return (via) => {
    switch (via.kind) {
      case "everybody":
        return t("why:via.everybody");
      case "builtin":
        return t("why:via.builtin", { kind: t(`common:kind.${kind ?? "designer"}`) });
      case "group":
        return t("why:via.group", { path: chain(shownRoute(via)) });
      case "user":
        return t("why:via.user");
    }
  };
}

/** Who holds a right someone lacks, in words: `held by Sales`, `nobody has it`, `set to Designer`. */
function useLackText(model: DirectoryModel): (row: RightRow) => string {
  const { t } = useTranslation("why");
  return (row) => {
    const { value } = row;
    if (row.target === "user") return value ? t("lacks.user", { name: value }) : t("lacks.noUser");
    if (value === undefined) return row.builtin ? t("lacks.builtinOnly") : t("lacks.absent");
    if (value === NOBODY) return row.builtin ? t("lacks.builtinOnly") : t("lacks.nobody");
    if (value === EVERYBODY) return t("lacks.everybody");
    return model.groupByName.has(value) ? t("lacks.group", { name: value }) : t("lacks.missingGroup", { name: value });
  };
}

/** The chain of groups that grants a right, drawn like the Groups page's hierarchy (holder on top). */
function PathPicture({ doc, path, label }: { doc: DirectoryDocument; path: readonly string[]; label: string }) {
  const store = useAppStoreApi();
  const open = (name: string) => {
    store.getState().selectGroup(name);
    store.getState().goTo("groups");
  };
  return (
    <HierarchyPicture hierarchy={pathHierarchy(doc, [...path].reverse())} label={label} onOpenGroup={open} height={90 + 90 * path.length} />
  );
}

function Row(props: { held: boolean; label: string; detail: string; draw?: { shown: boolean; toggle: () => void; picture: () => ReactNode } }) {
  const { t } = useTranslation(["why", "hierarchy"]);
  const { held, label, detail, draw } = props;
  return (
    <li className={held ? "why-row-block" : "why-row-block why-lacks"}>
      <div className="why-row">
        {held ? <Check size={13} aria-hidden="true" className="why-mark" /> : <Minus size={13} aria-hidden="true" className="why-mark" />}
        <span className="sr-only">{held ? t("has") : t("lacks.label")} </span>
        <span className="why-label">{label}</span>{" "}
        <Truncated className="why-detail" text={`— ${detail}`} />
        {draw && (
          <Button className="btn btn-icon why-draw" aria-label={`${t("hierarchy:pathShow")}: ${label}`} aria-expanded={draw.shown} onPress={draw.toggle}>
            <Network size={13} aria-hidden="true" />
          </Button>
        )}
      </div>
      {draw?.shown && <div className="why-picture">{draw.picture()}</div>}
    </li>
  );
}

/**
 * The answer for a user or a session: its groups (with the path that makes each one count), then
 * every licence and access right, those held with their path, those lacking greyed with who holds
 * them instead.
 */
export function Answer(props: { model: DirectoryModel; groups: readonly Membership[]; rows: RightRows; kind?: UserKind; doc?: DirectoryDocument; who?: string }) {
  const { t } = useTranslation(["why", "hierarchy"]);
  const [drawn, setDrawn] = useState<string | null>(null);
  const rightLabel = useRightLabel();
  const viaText = useViaText(props.kind);
  const lackText = useLackText(props.model);
  const section = (id: string, title: string, rows: readonly RightRow[]) => (
    <section className="why-section" aria-labelledby={`why-${id}`}>
      <h3 id={`why-${id}`}>{title}</h3>
      <ul className="why-list">
        {rows.map((r) => {
          const label = rightLabel(r.name);
          const via = r.via;
          const draw =
            props.doc && via?.kind === "group" && routeLength(via) > 1
              ? {
                  shown: drawn === r.id,
                  toggle: () => setDrawn(drawn === r.id ? null : r.id),
                  picture: () => (
                    <PathPicture
                      doc={props.doc as DirectoryDocument}
                      path={via.path}
                      label={t("hierarchy:pathLabel", { user: props.who ?? "", right: label, path: chain(via.path) })}
                    />
                  ),
                }
              : undefined;
          return <Row key={r.id} held={via !== undefined} label={label} detail={via ? viaText(via) : lackText(r)} draw={draw} />;
        })}
      </ul>
    </section>
  );
  return (
    <>
      <section className="why-section" aria-labelledby="why-groups">
        <h3 id="why-groups">{t("section.groups")}</h3>
        {props.groups.length === 0 ? (
          <p className="muted">{t("groups.none")}</p>
        ) : (
          <ul className="why-list">
            {props.groups.map((m) => (
              <li key={m.group} className={m.direct ? "why-row" : "why-row why-inherited"}>
                <GroupGlyph />
                <span className="why-label">{m.group}</span>{" "}
                <Truncated className="why-detail" text={`— ${m.direct ? t("groups.direct") : t("groups.via", { path: chain(shownRoute(m).slice(0, -1)) })}`} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {section("licences", t("section.licences"), props.rows.licences)}
      {section("access", t("section.access"), props.rows.access)}
    </>
  );
}

import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import { giveLicence } from "../../../shared/edits";
import { setPluginAccessLine, licenceConstantName } from "../../../shared/fourd-code";
import { EVERYBODY, LICENCES, NOBODY, licenceInfo } from "../../../shared/keys";
import { CopyCode } from "../../components/copy-code";
import { Truncated } from "../../components/truncated";
import { modelOf } from "../../../shared/model";
import { Check } from "../../components/check";
import { useApplyEdit } from "../../state/use-apply-edit";

/** A licence row: its `remoteGranters` key, its names, and who holds it (undefined: not in the file). */
interface LicenceRow {
  readonly key: string;
  /** The box's label: `4D Write`, or `other licence: myPlugin`. */
  readonly label: string;
  /** The licence in a sentence: `4D Write`, or the bare key of a third-party plug-in. */
  readonly name: string;
  readonly holder: string | undefined;
}

function licenceRows(doc: DirectoryDocument, other: (key: string) => string): readonly LicenceRow[] {
  const { licences } = modelOf(doc);
  const holderOf = (key: string) => licences.find((l) => l.key === key)?.holder;
  const seen = new Set<string>();
  const unknown = licences.filter((l) => !l.known && !seen.has(l.key) && seen.add(l.key));
  return [
    ...LICENCES.map((l) => ({ key: l.key, label: l.label, name: l.label, holder: holderOf(l.key) })),
    ...unknown.map((l) => ({ key: l.key, label: other(l.key), name: l.key, holder: l.holder })),
  ];
}

/**
 * The Plug-ins area of 4D's Groups editor: one box per licence, ticked when this group holds it.
 * One group per licence: an unticked box says who holds it now, ticking moves it here (and the
 * notice says from whom), unticking gives it to nobody.
 */
export function Licences({ doc, group }: { readonly doc: DirectoryDocument; readonly group: string }) {
  const { t } = useTranslation("groups");
  const apply = useApplyEdit();
  const rows = licenceRows(doc, (key) => t("licences.other", { key }));

  const holderText = (holder: string | undefined) =>
    holder === undefined
      ? t("licences.notSet")
      : holder === EVERYBODY
        ? t("licences.everybody")
        : holder === NOBODY
          ? t("licences.nobody")
          : t("licences.heldBy", { holder });

  const toggle = (row: LicenceRow, on: boolean) => {
    const params = { group, licence: row.name, previous: row.holder ?? "" };
    const notice = !on
      ? t("licences.removed", params)
      : row.holder === EVERYBODY
        ? t("licences.fromEverybody", params)
        : row.holder === undefined || row.holder === NOBODY
          ? t("licences.given", params)
          : t("licences.moved", params);
    apply((d) => giveLicence(d, row.key, on ? group : NOBODY), () => notice);
  };

  return (
    <>
      <p className="field-help muted">{t("licences.help", { name: group })}</p>
      <ul className="licence-list">
        {rows.map((row) => {
          const held = row.holder === group;
          const info = licenceInfo(row.key);
          const line = setPluginAccessLine(row.key, group);
          return (
            <li key={row.key} className="licence-row">
              <Check isSelected={held} onChange={(on) => toggle(row, on)} aria-label={row.label}>
                <span>{row.label}</span>
              </Check>
              {!held && <span className="licence-holder muted">{holderText(row.holder)}</span>}
              {info && line && (
                <span className="licence-code">
                  <Truncated className="licence-constant muted mono" text={t("licences.constant", { name: licenceConstantName(info), value: info.constant })} />
                  <CopyCode compact code={line} label={row.label} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

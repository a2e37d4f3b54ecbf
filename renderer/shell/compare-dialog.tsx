import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { Button, Checkbox, GridList, GridListItem, ListLayout, Virtualizer, type Selection } from "react-aria-components";
import { Check as CheckIcon } from "lucide-react";
import { compareDirectories, type Difference, type NewerHint, type Pair } from "../../shared/compare";
import type { DirectoryDocument } from "../../shared/document";
import type { Comparison } from "../../shared/ipc-contract";
import { EVERYBODY, licenceInfo, NOBODY, settingInfo } from "../../shared/keys";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { selectDraft } from "../state/selectors";
import { relativePath } from "./paths";
import { Truncated } from "../components/truncated";

const ROW_HEIGHT = 34;

// One comparison per (draft, other document) pair: the list follows every edit, taken or not.
const cache = new WeakMap<object, WeakMap<object, readonly Difference[]>>();
function differencesOf(draft: DirectoryDocument, other: DirectoryDocument): readonly Difference[] {
  let byOther = cache.get(draft.root);
  if (!byOther) cache.set(draft.root, (byOther = new WeakMap()));
  let found = byOther.get(other.root);
  if (!found) byOther.set(other.root, (found = compareDirectories(draft, other)));
  return found;
}

/** What the other side is called: the data copy, the user copy, or the file's name. */
function otherLabel(t: TFunction, other: Comparison): string {
  return other.copy === "file" ? t("compare:side.file", { file: other.path.split(/[\\/]/).slice(-2).join("/") }) : t(`compare:side.${other.copy}`);
}

function slot(t: TFunction, value: string | undefined, user = false): string {
  if (value === undefined) return t("compare:notSet");
  if (value === EVERYBODY) return t("common:everybody");
  if (value === NOBODY) return user ? t("common:noUser") : t("common:nobody");
  return value;
}

function sides(pair: Pair<string>): { here: string; there: string } {
  return { here: pair.a, there: pair.b };
}

/** A difference in the interface language; passwords by kind only, never a hash. */
export function differenceText(t: TFunction, d: Difference, other: string): string {
  const where = (side: "a" | "b") => (side === "a" ? t("compare:side.this") : other);
  switch (d.kind) {
    case "user":
      return d.groups.length > 0
        ? t("compare:diff.userMember", { name: d.name, side: where(d.only), groups: d.groups.join(", ") })
        : t("compare:diff.user", { name: d.name, side: where(d.only) });
    case "password":
      return t("compare:diff.password", { name: d.name, ...sides({ a: t(`compare:password.${d.password.a}`), b: t(`compare:password.${d.password.b}`) }), other });
    case "startup":
      return t("compare:diff.startup", { name: d.name, ...sides({ a: d.method.a ?? t("compare:none"), b: d.method.b ?? t("compare:none") }), other });
    case "alias":
      return t(`compare:diff.alias_${d.key === "designer" ? "designer" : "administrator"}`, { ...sides(d.alias), other });
    case "group":
      return t("compare:diff.group", { name: d.name, side: where(d.only) });
    case "member":
      return t(`compare:diff.member_${d.memberKind}`, { member: d.member, group: d.group, side: where(d.only) });
    case "order":
      return t(`compare:diff.order_${d.list}`, { other });
    case "licence":
      return t("compare:diff.licence", { licence: licenceInfo(d.key)?.label ?? d.key, ...sides({ a: slot(t, d.holder.a), b: slot(t, d.holder.b) }), other });
    case "setting": {
      const info = settingInfo(d.key);
      const user = info?.target === "user";
      const setting = info ? t(`access:setting.${info.key}.label`, { defaultValue: info.label }) : d.key;
      return t("compare:diff.setting", { setting, ...sides({ a: slot(t, d.value.a, user), b: slot(t, d.value.b, user) }), other });
    }
    case "sql":
      return t("compare:diff.sql", {
        right: t(`engine:sqlRight.${d.right}`, { defaultValue: d.right }),
        schema: d.schema,
        ...sides({ a: slot(t, d.value.a), b: slot(t, d.value.b) }),
        other,
      });
  }
}

function hintText(t: TFunction, hint: NewerHint | undefined, other: string): string | null {
  if (!hint) return null;
  const side = hint.newer === "a" ? t("compare:side.this") : other;
  return hint.by === "backups" ? t("compare:newer.backups", { side }) : t("compare:newer.fileTime", { side });
}

/** The differences, one row each with its checkbox (Space toggles, arrows move). */
function DifferenceList(props: {
  readonly differences: readonly Difference[];
  readonly other: Comparison;
  readonly label: string;
  readonly selected: Selection;
  readonly onSelectionChange: (keys: Selection) => void;
}) {
  const { t } = useTranslation("compare");
  const rows = useMemo(() => props.differences.map((d) => ({ id: d.id, d })), [props.differences]);
  const other = otherLabel(t, props.other);
  return (
    <div className="compare-scroll">
      <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: ROW_HEIGHT }}>
        <GridList
          className="compare-list"
          aria-label={props.label}
          items={rows}
          selectionMode="multiple"
          selectedKeys={props.selected}
          onSelectionChange={props.onSelectionChange}
        >
          {(row) => {
            const text = differenceText(t, row.d, other);
            const hint = hintText(t, props.other.hints[row.id], other);
            return (
              <GridListItem id={row.id} textValue={hint ? `${text} ${hint}` : text} className="compare-row">
                {({ isSelected }) => (
                  <>
                    <Checkbox slot="selection" className="check">
                      <span className="box" aria-hidden="true">
                        {isSelected && <CheckIcon size={11} strokeWidth={3} />}
                      </span>
                    </Checkbox>
                    <Truncated className="compare-text" text={text} />
                    {hint && <span className="compare-hint muted">{hint}</span>}
                  </>
                )}
              </GridListItem>
            );
          }}
        </GridList>
      </Virtualizer>
    </div>
  );
}

/**
 * The comparison view (store.otherCopy): what differs between the open copy and the other one,
 * with a checkbox per difference; "Take selected" and "Take all" make the draft match the other
 * side as ordinary edits, which the review before save lists like any other.
 */
export function CompareDialog() {
  const { t } = useTranslation("compare");
  const store = useAppStoreApi();
  const other = useAppStore((s) => s.otherCopy);
  const snapshot = useAppStore((s) => s.snapshot);
  const draft = useAppStore(selectDraft);
  const [selected, setSelected] = useState<Selection>(new Set());
  if (!other || !snapshot || !draft) return null;
  const differences = differencesOf(draft, other.document);
  const keys = selected === "all" ? new Set(differences.map((d) => d.id)) : new Set([...selected].map(String).filter((id) => differences.some((d) => d.id === id)));
  const file = relativePath(other.path, snapshot.location.projectRoot);
  const thisFile = relativePath(snapshot.location.inForce.path, snapshot.location.projectRoot);
  const close = () => {
    setSelected(new Set());
    store.getState().endCompare();
  };
  const take = (ids?: readonly string[]) => {
    store.getState().takeFromOther(ids);
    setSelected(new Set());
  };
  const label = t("listLabel", { other: otherLabel(t, other) });
  return (
    <AppDialog
      title={t("title", { file })}
      isOpen
      onClose={close}
      wide
      actions={
        <>
          <Button className="btn" onPress={close}>
            {t("close")}
          </Button>
          <Button className="btn" isDisabled={keys.size === 0} onPress={() => take([...keys])}>
            {t("takeSelected", { count: keys.size })}
          </Button>
          <Button className="btn btn-primary" isDisabled={differences.length === 0} onPress={() => take()}>
            {t("takeAll")}
          </Button>
        </>
      }
    >
      <p className="compare-intro">{t("intro", { file: thisFile, other: otherLabel(t, other) })}</p>
      {differences.length === 0 ? (
        <p className="compare-same" role="status">
          {t("same", { other: otherLabel(t, other) })}
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            {t("count", { count: differences.length })}
          </p>
          <DifferenceList differences={differences} other={other} label={label} selected={selected} onSelectionChange={setSelected} />
        </>
      )}
    </AppDialog>
  );
}

import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Button, Input, SearchField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import { addMember, removeMember } from "../../../shared/edits";
import { filterFolded, fold } from "../../../shared/fold";
import type { DirectoryModel, GroupInfo } from "../../../shared/model";
import { effectiveGroups, type Membership } from "../../../shared/queries";
import { Check } from "../../components/check";
import { useAppStoreApi } from "../../state/context";
import { ShownName } from "../../components/shown-name";

/** More groups than this and a filter field appears. */
const FILTER_FROM = 12;
/** At most this many boxes are drawn (16,000 groups would freeze the page); memberships always are. */
const ROW_CAP = 300;

/** The groups to draw: those matching the filter, in file order, capped — every membership kept. */
function visibleGroups(groups: readonly GroupInfo[], folded: readonly string[], query: string, memberships: ReadonlyMap<string, Membership>) {
  const matching = filterFolded(groups, folded, query);
  if (matching.length <= ROW_CAP) return { rows: matching, total: matching.length };
  let room = ROW_CAP - matching.filter((g) => memberships.has(g.name)).length;
  const rows = matching.filter((g) => memberships.has(g.name) || room-- > 0);
  return { rows, total: matching.length };
}

/** One box: re-rendered only when its group, state or path changes (not on every selection or edit). */
const MemberBox = memo(function MemberBox(props: {
  readonly group: string;
  readonly state: "direct" | "inherited" | "none";
  /** "via Engineers ⊂ Secret" for an inherited membership. */
  readonly via?: string;
  readonly inheritedLabel?: string;
  readonly onToggle: (group: string, selected: boolean) => void;
}) {
  const { group, state, via, inheritedLabel, onToggle } = props;
  if (state === "inherited") {
    return (
      <Check isSelected isDisabled aria-label={inheritedLabel}>
        <ShownName className="member-name" name={group} />
        <span className="member-via inherited">{via}</span>
      </Check>
    );
  }
  return (
    <Check isSelected={state === "direct"} onChange={(on) => onToggle(group, on)}>
      <ShownName className="member-name" name={group} />
    </Check>
  );
});

/**
 * "Member of": one box per group, in file order. Direct memberships are editable; groups the
 * user belongs to only through nesting are ticked, greyed and say how ("via Engineers ⊂ Secret").
 */
export function MemberOf(props: { readonly doc: DirectoryDocument; readonly model: DirectoryModel; readonly userName: string }) {
  const { doc, model, userName } = props;
  const { t } = useTranslation("users");
  const store = useAppStoreApi();
  const [query, setQuery] = useState("");
  // The field follows every key at once; the boxes follow when React has time (16,000 groups).
  const deferredQuery = useDeferredValue(query);
  const memberships = useMemo(() => new Map(effectiveGroups(doc, userName).map((m) => [m.group, m])), [doc, userName]);
  const folded = useMemo(() => model.groups.map((g) => fold(g.name)), [model]);
  const { rows, total } = useMemo(
    () => visibleGroups(model.groups, folded, deferredQuery, memberships),
    [model, folded, deferredQuery, memberships],
  );

  // One toggle for every box, reading the user at the time of the click.
  const user = useRef(userName);
  useLayoutEffect(() => {
    user.current = userName;
  }, [userName]);
  const toggle = useCallback(
    (group: string, selected: boolean) => {
      const name = user.current;
      store.getState().apply((d) => (selected ? addMember(d, group, { user: name }) : removeMember(d, group, { user: name })));
    },
    [store],
  );

  if (model.groups.length === 0) {
    return (
      <div className="member-empty">
        <p className="muted">{t("member.empty")}</p>
        <Button className="btn" onPress={() => store.getState().goTo("groups")}>
          {t("member.toGroups")}
        </Button>
      </div>
    );
  }

  return (
    <div className="member-of">
      {model.groups.length > FILTER_FROM && (
        <SearchField className="member-filter" value={query} onChange={setQuery} aria-label={t("member.filter")}>
          <Input placeholder={t("member.filter")} />
        </SearchField>
      )}
      <div className="member-list" role="group" aria-label={t("member.title")}>
        {rows.map((group) => {
          const membership = memberships.get(group.name);
          if (membership && !membership.direct) {
            const via = t("member.via", { path: membership.path.join(" ⊂ ") });
            return (
              <MemberBox
                key={group.index}
                group={group.name}
                state="inherited"
                via={via}
                inheritedLabel={t("member.inheritedLabel", { group: group.name, via })}
                onToggle={toggle}
              />
            );
          }
          return <MemberBox key={group.index} group={group.name} state={membership ? "direct" : "none"} onToggle={toggle} />;
        })}
        {rows.length === 0 && <p className="muted">{t("common:noMatch", { query: deferredQuery })}</p>}
      </div>
      {rows.length < total && <p className="field-help muted">{t("member.capped", { shown: rows.length, total })}</p>}
    </div>
  );
}

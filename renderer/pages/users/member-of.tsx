import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Button, Input, SearchField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import { addMember, removeMember } from "../../../shared/edits";
import { filterFolded, fold } from "../../../shared/fold";
import type { DirectoryModel, GroupInfo } from "../../../shared/model";
import { effectiveGroups, shownRoute, type Membership } from "../../../shared/queries";
import { Check } from "../../components/check";
import { useAppStoreApi } from "../../state/context";
import { useApplyEdit } from "../../state/use-apply-edit";
import { ShownName } from "../../components/shown-name";
import { VirtualRows } from "../groups/virtual-rows";

/** More groups than this and a filter field appears. */
const FILTER_FROM = 12;

/**
 * The groups to list: those matching the filter, the user's own groups first (as they were when
 * the user was selected, so a tick never moves a row under the pointer), each part in file order.
 */
function listedGroups(groups: readonly GroupInfo[], query: string, pinned: ReadonlySet<string>): readonly GroupInfo[] {
  const matching = query.trim() ? filterFolded(groups, groups.map((g) => fold(g.name)), query) : groups;
  if (pinned.size === 0) return matching;
  return [...matching.filter((g) => pinned.has(g.name)), ...matching.filter((g) => !pinned.has(g.name))];
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
 * "Member of": one box per group. Direct memberships are editable; groups the user belongs to
 * only through nesting are ticked, greyed and say how ("via Engineers ⊂ Secret"). Only the boxes
 * in view are in the page (16,000 groups cost a screenful), the user's groups listed first.
 */
export function MemberOf(props: { readonly doc: DirectoryDocument; readonly model: DirectoryModel; readonly userName: string }) {
  const { doc, model, userName } = props;
  const { t } = useTranslation("users");
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const [query, setQuery] = useState("");
  // The field follows every key at once; the boxes follow when React has time (16,000 groups).
  const deferredQuery = useDeferredValue(query);
  const memberships = useMemo(() => new Map(effectiveGroups(doc, userName).map((m) => [m.group, m])), [doc, userName]);
  // The groups listed first: the user's when selected, kept while it is edited.
  const [pins, setPins] = useState(() => ({ user: userName, groups: new Set(memberships.keys()) as ReadonlySet<string> }));
  if (pins.user !== userName) setPins({ user: userName, groups: new Set(memberships.keys()) });
  const rows = useMemo(() => listedGroups(model.groups, deferredQuery, pins.groups), [model.groups, deferredQuery, pins.groups]);

  // One toggle for every box, reading the user at the time of the click.
  const user = useRef(userName);
  useLayoutEffect(() => {
    user.current = userName;
  }, [userName]);
  const toggle = useCallback(
    (group: string, selected: boolean) => {
      const name = user.current;
      apply((d) => (selected ? addMember(d, group, { user: name }) : removeMember(d, group, { user: name })));
    },
    [apply],
  );
  const renderRow = useCallback(
    (group: GroupInfo) => {
      const membership: Membership | undefined = memberships.get(group.name);
      if (membership && !membership.direct) {
        const via = t("member.via", { path: shownRoute(membership).join(" ⊂ ") });
        return (
          <MemberBox
            group={group.name}
            state="inherited"
            via={via}
            inheritedLabel={t("member.inheritedLabel", { group: group.name, via })}
            onToggle={toggle}
          />
        );
      }
      return <MemberBox group={group.name} state={membership ? "direct" : "none"} onToggle={toggle} />;
    },
    [memberships, t, toggle],
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
      {rows.length > 0 ? (
        <VirtualRows
          label={t("member.title")}
          items={rows}
          rowKey={(group) => group.index}
          renderRow={renderRow}
        />
      ) : (
        <p className="muted">{t("common:noMatch", { query: deferredQuery })}</p>
      )}
    </div>
  );
}

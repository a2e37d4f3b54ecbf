import { observeElementRect, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Input, SearchField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { filterFolded, fold } from "../../shared/fold";
import { useAppStore, useAppStoreApi } from "../state/context";

/** Props of the searchable, virtualized list on the left of the Users and Groups pages. */
export interface MasterListProps<T extends object> {
  /** Accessible name of the list ("Users", "Groups"). */
  readonly label: string;
  readonly items: readonly T[];
  readonly itemKey: (item: T) => string;
  /** The text the search field matches (case- and accent-insensitive). */
  readonly itemText: (item: T) => string;
  readonly renderItem: (item: T) => ReactNode;
  readonly selected: string | null;
  readonly onSelect: (key: string) => void;
  /**
   * Several rows selected at once (Shift/Ctrl/Cmd-click, Shift+arrows, Ctrl/Cmd+A): their keys,
   * when more than one. Giving `onSelectMany` turns multiple selection on.
   */
  readonly selectedMany?: readonly string[];
  /** The keys now selected, in list order, and the one the keyboard is on. */
  readonly onSelectMany?: (keys: readonly string[], focus: string) => void;
  /** Double-click, Enter or F2 on a row (rename). */
  readonly onAction?: (key: string) => void;
  /** The + / duplicate / − buttons under the list, as in 4D's Toolbox. */
  readonly toolbar: ReactNode;
  /** Shown when the list has no item at all (not when the search matches nothing). */
  readonly empty: ReactNode;
  /**
   * The page searches (and filters, and sorts) itself: `items` are then the rows to show, out of
   * `total`; without it the list filters `items` by `itemText`.
   */
  readonly search?: { readonly query: string; readonly onChange: (query: string) => void; readonly total: number };
  /** Drawn under the search field (filter chips, sort). */
  readonly filters?: ReactNode;
}

const ROW_HEIGHT = 28;
/** Rows drawn beyond the visible ones, above and below. */
const OVERSCAN = 6;
/** The height assumed for a list that has none yet: 40 rows. */
const UNMEASURED_HEIGHT = ROW_HEIGHT * 40;
/** Type-to-select forgets what was typed after this pause, as React Aria's lists do. */
const TYPEAHEAD_MS = 600;


/** How a row was picked: alone, extending a range (Shift) or toggled (Ctrl/Cmd). */
type PickHow = "replace" | "range" | "toggle";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

interface RowProps {
  readonly id: string;
  readonly rowKey: string;
  readonly index: number;
  readonly count: number;
  readonly start: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly item: object;
  readonly render: (item: never) => ReactNode;
  readonly onPick: (key: string, index: number, how: PickHow) => void;
  readonly onAction?: (key: string) => void;
}

/** One option: only re-rendered when what it shows, its place or its state changes. */
const Row = memo(function Row({ id, rowKey, index, count, start, selected, tabbable, item, render, onPick, onAction }: RowProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      tabIndex={tabbable ? 0 : -1}
      data-index={index}
      data-selected={selected || undefined}
      className="master-row"
      style={{ position: "absolute", top: 0, left: 0, right: 0, transform: `translateY(${start}px)` }}
      onMouseDown={(e) => {
        // Focus follows the click without the browser scrolling the row into view by itself.
        e.preventDefault();
        (e.currentTarget as HTMLElement).focus({ preventScroll: true });
        onPick(rowKey, index, e.shiftKey ? "range" : (isMac ? e.metaKey : e.ctrlKey) ? "toggle" : "replace");
      }}
      onDoubleClick={onAction ? () => onAction(rowKey) : undefined}
    >
      {(render as (item: object) => ReactNode)(item)}
    </div>
  );
});

/**
 * A 4D-Toolbox-style list: search on top, rows of 28 px, + / duplicate / − below. Only the rows
 * in view are in the page (TanStack Virtual), so 16,000 users open, filter and switch as fast as a
 * screenful (React Aria's ListBox builds its whole collection first). It is an ARIA listbox with roving focus: the selected row is the one Tab reaches;
 * arrows, Home, End, Page Up/Down move the selection, typing jumps to a name, Enter, F2 or a
 * double-click renames; each option says its place (aria-posinset / aria-setsize).
 */
export function MasterList<T extends object>(props: MasterListProps<T>) {
  const { t } = useTranslation();
  const [ownQuery, setOwnQuery] = useState("");
  const query = props.search?.query ?? ownQuery;
  const setQuery = props.search?.onChange ?? setOwnQuery;
  const searched = props.search !== undefined;
  const search = useRef<HTMLInputElement>(null);
  // Find focuses the search of the page on screen when asked, not the search of a page shown
  // later (ArrowRight on the tabs after a Ctrl+F must stay on the tabs).
  // The page may be kept hidden (React's Activity) and shown again: what was asked while it was
  // hidden is not for it, so each time it shows it starts from the request in force.
  const findRequest = useAppStore((s) => s.findRequest);
  const storeApi = useAppStoreApi();
  const findSeen = useRef(findRequest);
  useEffect(() => {
    findSeen.current = storeApi.getState().findRequest;
  }, [storeApi]);
  useEffect(() => {
    if (findRequest === findSeen.current) return;
    findSeen.current = findRequest;
    search.current?.focus();
  }, [findRequest]);

  const { items, itemText, itemKey, renderItem, onSelect, onAction, selected, onSelectMany } = props;
  const many = onSelectMany && props.selectedMany && props.selectedMany.length > 1 ? props.selectedMany : null;
  const manySet = useMemo(() => (many ? new Set(many) : null), [many]);
  const texts = useMemo(() => (searched ? [] : items.map((item) => fold(itemText(item)))), [items, itemText, searched]);
  const visible = useMemo(() => (searched ? items : filterFolded(items, texts, query)), [items, texts, query, searched]);
  const keys = useMemo(() => visible.map(itemKey), [visible, itemKey]);
  const selectedIndex = useMemo(() => (selected === null ? -1 : keys.indexOf(selected)), [keys, selected]);
  // The row Tab lands on: the selection, else the first row. It is always drawn (see range).
  const tabIndex = selectedIndex >= 0 ? selectedIndex : 0;

  const scroller = useRef<HTMLDivElement>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const start = Math.max(range.startIndex - range.overscan, 0);
      const end = Math.min(range.endIndex + range.overscan, range.count - 1);
      const indexes: number[] = [];
      if (tabIndex < start && tabIndex < range.count) indexes.push(tabIndex);
      for (let i = start; i <= end; i++) indexes.push(i);
      if (tabIndex > end && tabIndex < range.count) indexes.push(tabIndex);
      return indexes;
    },
    [tabIndex],
  );
  // The virtualizer is a mutable object by design (TanStack Virtual); it is only read during render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => keys[index] ?? index,
    rangeExtractor,
    // A list not laid out yet (or in a test's DOM) reports no height: draw a screenful anyway.
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT })),
    initialRect: { width: 0, height: UNMEASURED_HEIGHT },
  });

  // Bring the selection into view when it changes from outside the list (Add, Duplicate, a
  // problem clicked in the header): rows are a fixed 28 px, so its place is known without
  // rendering it. Scrolling by hand afterwards is left alone until the selection changes again.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const el = scroller.current;
    if (!el || selected === null || shown.current === selected || selectedIndex < 0) return;
    shown.current = selected;
    const top = selectedIndex * ROW_HEIGHT;
    // Next frame: the list sizes its content after this render, and a row just added at the end
    // lies past the old scroll height, where the browser would clamp the scroll.
    const frame = requestAnimationFrame(() => {
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [selected, selectedIndex]);

  // A keyboard move selects the row and focuses it once it is drawn.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    const index = focusNext.current;
    if (index === null || index !== selectedIndex) return;
    focusNext.current = null;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true });
  });
  // Where a Shift range starts: the row last picked alone (or toggled).
  const anchor = useRef<string | null>(null);
  /** Selects `key` alone, a range from the anchor to it, or toggles it, as the pick asks. */
  const choose = useCallback(
    (key: string, index: number, how: PickHow) => {
      if (!onSelectMany || how === "replace") {
        anchor.current = key;
        onSelect(key);
        return;
      }
      const current = many ?? (selected !== null ? [selected] : []);
      let chosen: string[];
      if (how === "range") {
        const from = anchor.current !== null ? keys.indexOf(anchor.current) : -1;
        const start = from < 0 ? (selectedIndex >= 0 ? selectedIndex : index) : from;
        chosen = keys.slice(Math.min(start, index), Math.max(start, index) + 1);
      } else {
        anchor.current = key;
        const set = new Set(current);
        if (set.has(key) && set.size > 1) set.delete(key);
        else set.add(key);
        chosen = keys.filter((k) => set.has(k));
      }
      if (chosen.length <= 1) onSelect(chosen[0] ?? key);
      else onSelectMany(chosen, key);
    },
    [onSelect, onSelectMany, many, selected, selectedIndex, keys],
  );
  const pick = useCallback(
    (key: string, index: number, how: PickHow) => {
      shown.current = key; // picked in the list: it is in view already
      focusNext.current = index;
      choose(key, index, how);
    },
    [choose],
  );
  const moveTo = (index: number, how: PickHow = "replace") => {
    const target = Math.min(Math.max(index, 0), visible.length - 1);
    const key = keys[target];
    if (key === undefined) return;
    focusNext.current = target;
    virtualizer.scrollToIndex(target);
    shown.current = key;
    if (key === selected && !many) scroller.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus({ preventScroll: true });
    else choose(key, target, how);
  };

  const typed = useRef({ text: "", at: 0 });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.target instanceof HTMLElement) || e.target.getAttribute("role") !== "option") return;
    const current = Number(e.target.dataset.index);
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: visible.length - 1, PageDown: current + page, PageUp: current - page };
    if (e.key in moves && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      moveTo(moves[e.key]!, e.shiftKey && onSelectMany ? "range" : "replace");
    } else if (e.key.toLowerCase() === "a" && (isMac ? e.metaKey : e.ctrlKey) && onSelectMany && keys.length > 1) {
      // Select all: every row the search shows.
      e.preventDefault();
      onSelectMany(keys, selected !== null && keys.includes(selected) ? selected : keys[0]!);
    } else if ((e.key === "Enter" || e.key === "F2") && selected !== null && onAction) {
      e.preventDefault();
      onAction(selected);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key !== " " || typed.current.text !== "")) {
      // Type to select: the next row whose text starts with what was typed.
      e.preventDefault();
      const now = Date.now();
      typed.current = { text: (now - typed.current.at < TYPEAHEAD_MS ? typed.current.text : "") + fold(e.key), at: now };
      const prefix = typed.current.text;
      const from = typed.current.text.length > 1 ? current : current + 1;
      for (let n = 0; n < visible.length; n++) {
        const i = (from + n) % visible.length;
        if (fold(itemText(visible[i]!)).startsWith(prefix)) {
          moveTo(i);
          break;
        }
      }
    }
  };

  const baseId = useId();

  return (
    <div className="master">
      <SearchField className="master-search" value={query} onChange={setQuery} aria-label={`${t("search")} — ${props.label}`}>
        <Input ref={search} placeholder={t("search")} />
      </SearchField>
      {props.filters}
      {(props.search?.total ?? items.length) === 0 ? (
        <div className="master-empty">{props.empty}</div>
      ) : visible.length === 0 ? (
        <div className="master-empty muted">{query.trim() ? t("noMatch", { query }) : t("noMatchFilters")}</div>
      ) : (
        <div className="master-scroll">
          <div
            ref={scroller}
            className="master-list"
            role="listbox"
            aria-label={props.label}
            aria-multiselectable={onSelectMany ? true : undefined}
            onKeyDown={onKeyDown}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
              {virtualizer.getVirtualItems().map((row) => {
                const item = visible[row.index]!;
                const key = keys[row.index]!;
                return (
                  <Row
                    key={key}
                    id={`${baseId}-${row.index}`}
                    rowKey={key}
                    index={row.index}
                    count={visible.length}
                    start={row.start}
                    selected={manySet ? manySet.has(key) : row.index === selectedIndex}
                    tabbable={row.index === tabIndex}
                    item={item}
                    render={renderItem as (item: never) => ReactNode}
                    onPick={pick}
                    onAction={onAction}
                  />
                );
              })}
            </div>
          </div>
        </div>
      )}
      <div className="master-toolbar" role="toolbar" aria-label={props.label}>
        {props.toolbar}
        {many && (
          <span className="master-count" role="status">
            {t("selectedCount", { count: many.length })}
          </span>
        )}
      </div>
    </div>
  );
}

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Input, ListBox, ListBoxItem, ListLayout, SearchField, Virtualizer, type Key } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { filterFolded, fold } from "../../shared/fold";
import { useAppStore } from "../state/context";

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
  /** Double-click, Enter or F2 on a row (rename). */
  readonly onAction?: (key: string) => void;
  /** The + / duplicate / − buttons under the list, as in 4D's Toolbox. */
  readonly toolbar: ReactNode;
  /** Shown when the list has no item at all (not when the search matches nothing). */
  readonly empty: ReactNode;
}

// React Aria rebuilds a row whose object changed: keep one wrapper per item (and pages keep
// their items stable across edits), so an edit re-renders the rows it touched, not 16,000.
const wrappers = new WeakMap<object, { id: string; item: object }>();

function rowOf<T extends object>(item: T, id: string): { id: string; item: T } {
  const cached = wrappers.get(item);
  if (cached && cached.id === id) return cached as { id: string; item: T };
  const row = { id, item };
  wrappers.set(item, row);
  return row;
}

const ROW_HEIGHT = 28;

/**
 * A 4D-Toolbox-style list: search on top, rows of 28 px (virtualized, so 16,000 users scroll
 * smoothly), + / duplicate / − below. Keyboard: arrows move, type to search, F2 renames.
 */
export function MasterList<T extends object>(props: MasterListProps<T>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const findRequest = useAppStore((s) => s.findRequest);
  useEffect(() => {
    if (findRequest > 0) search.current?.focus();
  }, [findRequest]);

  const { items, itemText } = props;
  const texts = useMemo(() => items.map((item) => fold(itemText(item))), [items, itemText]);
  const visible = useMemo(() => filterFolded(items, texts, query), [items, texts, query]);
  const { itemKey } = props;
  const rows = useMemo(() => visible.map((item) => rowOf(item, itemKey(item))), [visible, itemKey]);

  // Bring the selection into view when it changes from outside the list (Add, Duplicate, a
  // problem clicked in the header): rows are a fixed 28 px, so its place is known without
  // rendering it. Scrolling by hand afterwards is left alone until the selection changes again.
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const el = scroller.current;
    if (!el || props.selected === null || shown.current === props.selected) return;
    const index = rows.findIndex((r) => r.id === props.selected);
    if (index < 0) return;
    shown.current = props.selected;
    const top = index * ROW_HEIGHT;
    // Next frame: the virtualizer sizes its content after this render, and a row just added at
    // the end lies past the old scroll height, where the browser would clamp the scroll.
    const frame = requestAnimationFrame(() => {
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [props.selected, rows]);

  const select = (keys: "all" | Set<Key>) => {
    if (keys === "all") return;
    const [first] = keys;
    if (first !== undefined) props.onSelect(String(first));
  };

  return (
    <div className="master">
      <SearchField className="master-search" value={query} onChange={setQuery} aria-label={`${t("search")} — ${props.label}`}>
        <Input ref={search} placeholder={t("search")} />
      </SearchField>
      {items.length === 0 ? (
        <div className="master-empty">{props.empty}</div>
      ) : rows.length === 0 ? (
        <div className="master-empty muted">{t("noMatch", { query })}</div>
      ) : (
        // F2 renames, as in the Finder and Explorer; React Aria's ListBox has no key handler of its own.
        <div
          className="master-scroll"
          onKeyDown={(e) => {
            if (e.key === "F2" && props.selected !== null && props.onAction) props.onAction(props.selected);
          }}
        >
          <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: ROW_HEIGHT }}>
            <ListBox
              ref={scroller}
              className="master-list"
              aria-label={props.label}
              items={rows}
              selectionMode="single"
              selectionBehavior="replace"
              disallowEmptySelection
              selectedKeys={props.selected !== null ? [props.selected] : []}
              onSelectionChange={select}
              onAction={props.onAction ? (key) => props.onAction!(String(key)) : undefined}
            >
              {(row) => (
                <ListBoxItem id={row.id} textValue={props.itemText(row.item)} className="master-row">
                  {props.renderItem(row.item)}
                </ListBoxItem>
              )}
            </ListBox>
          </Virtualizer>
        </div>
      )}
      <div className="master-toolbar" role="toolbar" aria-label={props.label}>
        {props.toolbar}
      </div>
    </div>
  );
}

import { useDeferredValue, useMemo, useState } from "react";
import { Input, SearchField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { VirtualRows } from "../pages/groups/virtual-rows";
import { Check } from "./check";

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Props of a filterable list of tri-state boxes for a bulk edit. */
export interface BulkChecksProps {
  /** Accessible name of the list. */
  readonly label: string;
  /** The names to offer, in file order. */
  readonly names: readonly string[];
  /** For each name, how many of the `total` selected items it applies to (absent: none). */
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
  /** `on`: make it apply to every selected item; off: to none. */
  readonly onToggle: (name: string, on: boolean) => void;
  /** The accessible name of a box that applies to some only. */
  readonly someLabel: (name: string, count: number) => string;
}

/**
 * Boxes for "many at once": ticked when a name applies to every selected item, a dash when to
 * some (clicking it extends it to all), empty when to none. Only a screenful is drawn, so 16,000
 * names cost nothing; a filter narrows them.
 */
export function BulkChecks({ label, names, counts, total, onToggle, someLabel }: BulkChecksProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => {
    const q = fold(deferred.trim());
    return q ? names.filter((n) => fold(n).includes(q)) : names;
  }, [names, deferred]);
  return (
    <>
      <SearchField className="member-filter" value={query} onChange={setQuery} aria-label={`${t("search")} — ${label}`}>
        <Input placeholder={t("search")} />
      </SearchField>
      <VirtualRows
        label={label}
        items={shown}
        rowKey={(name, i) => `${i}:${name}`}
        rows={10}
        renderRow={(name) => {
          const n = counts.get(name) ?? 0;
          const all = n === total;
          const some = n > 0 && !all;
          return (
            <Check isSelected={all} isIndeterminate={some} onChange={() => onToggle(name, !all)} aria-label={some ? someLabel(name, n) : name}>
              <span className="member-name">{name}</span>
              {some && <span className="member-via">{t("someOf", { count: n, total })}</span>}
            </Check>
          );
        }}
      />
      {shown.length === 0 && <p className="muted">{t("noMatch", { query: deferred })}</p>}
    </>
  );
}

import { ListFilter } from "lucide-react";
import { useState } from "react";
import { Button, ToggleButton, ToggleButtonGroup, type Key } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { ListSort } from "../../shared/queries/list-view";

/** Props of the filter chips and the sort under a list's search field. */
export interface ListFiltersProps<F extends string> {
  /** The list's name, for the groups' accessible names ("Filters — Users"). */
  readonly label: string;
  /** Each chip's id and text, in the order shown. */
  readonly chips: readonly (readonly [F, string])[];
  readonly filters: readonly F[];
  readonly onFilters: (filters: readonly F[]) => void;
  readonly sort: ListSort;
  readonly onSort: (sort: ListSort) => void;
  /** How many rows the view shows, out of how many, said when a filter or the search narrows it. */
  readonly shown: number;
  readonly total: number;
}

/**
 * A "Filters" button that opens a row of toggle chips (several may be on: the list keeps the rows
 * that pass them) and the order of the view (the file's, or A–Z). The order is the view's only:
 * the file keeps its own. The button counts what is on, and the bar says how many rows pass.
 */
export function ListFilters<F extends string>(props: ListFiltersProps<F>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const active = props.filters.length + (props.sort === "file" ? 0 : 1);
  const shownOpen = open;
  return (
    <div className="list-filters">
      <div className="list-filters-bar">
        <Button className="btn btn-quiet list-filters-toggle" aria-expanded={shownOpen} onPress={() => setOpen(!shownOpen)}>
          <ListFilter size={13} aria-hidden="true" />
          {active > 0 ? t("filters.buttonActive", { count: active }) : t("filters.button")}
        </Button>
        {props.shown !== props.total && (
          <span className="list-filters-count muted" role="status">
            {t("filters.shown", { shown: props.shown, total: props.total })}
          </span>
        )}
        {active > 0 && (
          <Button
            className="btn btn-quiet list-filters-clear"
            onPress={() => {
              props.onFilters([]);
              props.onSort("file");
            }}
          >
            {t("filters.clear")}
          </Button>
        )}
      </div>
      {shownOpen && (
        <>
          <ToggleButtonGroup
            className="chips"
            aria-label={t("filters.label", { list: props.label })}
            selectionMode="multiple"
            selectedKeys={props.filters}
            onSelectionChange={(keys: Set<Key>) => props.onFilters(props.chips.map(([id]) => id).filter((id) => keys.has(id)))}
          >
            {props.chips.map(([id, text]) => (
              <ToggleButton key={id} id={id} className="chip">
                {text}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <ToggleButtonGroup
            className="chips chips-sort"
            aria-label={t("filters.sortLabel", { list: props.label })}
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={[props.sort]}
            onSelectionChange={(keys: Set<Key>) => {
              const [sort] = keys;
              if (sort === "file" || sort === "name") props.onSort(sort);
            }}
          >
            <span className="chips-caption muted" aria-hidden="true">
              {t("filters.sort")}
            </span>
            <ToggleButton id="file" className="chip">
              {t("filters.fileOrder")}
            </ToggleButton>
            <ToggleButton id="name" className="chip">
              {t("filters.byName")}
            </ToggleButton>
          </ToggleButtonGroup>
        </>
      )}
    </div>
  );
}

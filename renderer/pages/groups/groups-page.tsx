import { Copy, Plus, Trash2 } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addGroup, duplicateGroup, nextGroupName } from "../../../shared/edits";
import type { GroupInfo } from "../../../shared/model";
import { GROUP_FILTERS, groupView, type GroupFilter, type ListSort } from "../../../shared/queries/list-view";
import { ListFilters } from "../../components/list-filters";
import { MasterList } from "../../components/master-list";
import { useAppStore, useAppStoreApi } from "../../state/context";
import { selectDraft, selectModel } from "../../state/selectors";
import { BulkGroupsPane } from "./bulk-groups-pane";
import { DeleteGroupDialog } from "./delete-group-dialog";
import { useEngineText } from "../../shell/engine-text";
import { useApplyEdit } from "../../state/use-apply-edit";
import { GroupDetails } from "./group-details";
import { GroupRow } from "./group-row";
import "./groups.css";
import { useStableRows } from "./stable-rows";

const groupKey = (group: GroupInfo) => group.name;
const NO_HITS: ReadonlyMap<string, string> = new Map();

/**
 * The Groups page, 4D's Groups editor and better: the groups in file order on the left (+,
 * duplicate, "Delete group…" under them), the selected group's name, members, effective members
 * and plug-in licences on the right.
 */
export function GroupsPage() {
  const { t } = useTranslation("groups");
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const text = useEngineText();
  const doc = useAppStore(selectDraft);
  const model = useAppStore(selectModel);
  const selected = useAppStore((s) => s.selectedGroup);
  const selectionNames = useAppStore((s) => s.groupSelection);
  const many = useMemo(() => selectionNames.flatMap((name) => model?.groupByName.get(name) ?? []), [selectionNames, model]);
  const manyKeys = useMemo(() => many.map(groupKey), [many]);
  const selectMany = useCallback((names: readonly string[], focus: string) => store.getState().selectGroups(names, focus), [store]);
  const [focusName, setFocusName] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const nameFocused = useCallback(() => setFocusName(null), []);
  const select = useCallback((name: string) => store.getState().selectGroup(name), [store]);
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<readonly GroupFilter[]>([]);
  const [sort, setSort] = useState<ListSort>("file");
  const view = useMemo(() => (model ? groupView(model, { text: query, filters, sort }) : { groups: [], memberHits: NO_HITS }), [model, query, filters, sort]);
  const rows = useStableRows(view.groups);
  const { memberHits } = view;
  // A group found by a member's name says which member: "member: Bob".
  const renderRow = useCallback((group: GroupInfo) => <GroupRow group={group} hit={memberHits.get(group.name)} />, [memberHits]);
  const chips = useMemo(() => GROUP_FILTERS.map((f) => [f, t(`filter.${f}`)] as const), [t]);

  if (!doc || !model) return null;
  // The selection, else the first group the list shows (never one it hides).
  const current = (selected !== null ? model.groupByName.get(selected) : undefined) ?? view.groups[0];

  const add = () => {
    const base = t("newGroupBase");
    const admin = model.users.find((u) => u.kind === "administrator");
    const added = apply(
      (d) => addGroup(d, nextGroupName(d, base)),
      (change) => (admin ? t("adminAdded", { admin: admin.name }) : text.change(change)),
    );
    if (!added.ok) return;
    const name = String(added.value.params.name);
    store.getState().selectGroup(name);
    setFocusName(name);
  };
  const duplicate = () => {
    if (!current) return;
    const base = t("copyBase", { name: current.name });
    const copied = apply((d) => duplicateGroup(d, current.name, nextGroupName(d, base)));
    if (!copied.ok) return;
    store.getState().selectGroup(String(copied.value.params.newName));
  };
  // The group that takes the deleted one's place in the list as shown (searched, filtered, sorted).
  const deleted = (index: number) => {
    const after = selectModel(store.getState());
    const shown = after ? groupView(after, { text: query, filters, sort }).groups : [];
    const next = sort === "file" ? (shown.find((g) => g.index >= index) ?? shown.at(-1)) : shown[0];
    store.getState().selectGroup(next?.name ?? null);
  };

  const toolbar = (
    <>
      <Button className="btn btn-icon" aria-label={t("toolbar.add")} onPress={add}>
        <Plus size={14} aria-hidden="true" />
      </Button>
      <Button className="btn btn-icon" aria-label={t("toolbar.duplicate")} isDisabled={!current} onPress={duplicate}>
        <Copy size={14} aria-hidden="true" />
      </Button>
      <Button className="btn" isDisabled={!current} onPress={() => current && setDeleting(current.name)}>
        <Trash2 size={14} aria-hidden="true" />
        {t("toolbar.delete")}
      </Button>
    </>
  );
  const empty = (
    <div className="groups-empty">
      <p>{t("empty.text")}</p>
      <Button className="btn btn-primary" onPress={add}>
        <Plus size={14} aria-hidden="true" />
        {t("empty.add")}
      </Button>
    </div>
  );

  return (
    <div className="master-detail groups-page">
      <MasterList
        label={t("listLabel")}
        items={rows}
        itemKey={groupKey}
        itemText={groupKey}
        search={{ query, onChange: setQuery, total: model.groups.length }}
        filters={<ListFilters label={t("listLabel")} chips={chips} filters={filters} onFilters={setFilters} sort={sort} onSort={setSort} shown={view.groups.length} total={model.groups.length} />}
        renderItem={renderRow}
        selected={current?.name ?? null}
        onSelect={select}
        selectedMany={manyKeys}
        onSelectMany={selectMany}
        onAction={(name) => {
          select(name);
          setFocusName(name);
        }}
        toolbar={toolbar}
        empty={empty}
      />
      {many.length > 1 ? (
        <BulkGroupsPane model={model} groups={many} />
      ) : current ? (
        <GroupDetails doc={doc} model={model} group={current} focusName={focusName === current.name} onNameFocused={nameFocused} />
      ) : (
        <div className="detail groups-none">
          <p className="muted">{model.groups.length === 0 ? t("empty.detail") : t("noSelection")}</p>
        </div>
      )}
      <DeleteGroupDialog doc={doc} group={deleting} onClose={() => setDeleting(null)} onDeleted={deleted} />
    </div>
  );
}

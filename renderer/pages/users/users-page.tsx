import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { addUser, duplicateUser, nextUserName } from "../../../shared/edits";
import type { UserInfo } from "../../../shared/model";
import { USER_FILTERS, userView, type ListSort, type UserFilter } from "../../../shared/queries/list-view";
import { ListFilters } from "../../components/list-filters";
import { MasterList } from "../../components/master-list";
import { useStableItems } from "../../components/stable-items";
import { useAppStore, useAppStoreApi } from "../../state/context";
import { useApplyEdit } from "../../state/use-apply-edit";
import { selectDraft, selectModel } from "../../state/selectors";
import { BulkUsersPane } from "./bulk-users-pane";
import { UserDetails } from "./user-details";
import { UserRow, UserToolbar } from "./user-list";
import "./users.css";

const keyOf = (user: UserInfo) => String(user.index);
const sameRow = (a: UserInfo, b: UserInfo) => a.name === b.name && a.kind === b.kind && a.password === b.password;
const NO_USERS: readonly UserInfo[] = [];
const renderRow = (user: UserInfo) => <UserRow user={user} />;

/**
 * The Users page, 4D's Users editor and better: every user in file order on the left
 * (search, + / duplicate / −), the selected user's name, password, startup method and groups
 * on the right. Rows are keyed by position, so even a file with a name stored twice lists well.
 */
export function UsersPage() {
  const { t } = useTranslation("users");
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const doc = useAppStore(selectDraft);
  const model = useAppStore(selectModel);
  const selectedName = useAppStore((s) => s.selectedUser);
  const selectionNames = useAppStore((s) => s.userSelection);
  // The name whose field should take focus (F2, double-click, a new or duplicated user).
  const [focusName, setFocusName] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<readonly UserFilter[]>([]);
  const [sort, setSort] = useState<ListSort>("file");
  const itemText = useCallback(
    (user: UserInfo) => (user.kind === "user" ? user.name : `${user.name} ${t(`common:kind.${user.kind}`)}`),
    [t],
  );
  const kindText = useCallback((user: UserInfo) => (user.kind === "user" ? "" : t(`common:kind.${user.kind}`)), [t]);
  const visible = useMemo(() => (model ? userView(model, { text: query, filters, sort }, kindText) : NO_USERS), [model, query, filters, sort, kindText]);

  // The selection is derived while rendering, as on the Groups page: the user named in the store,
  // or, when that name is gone (deleted, a rename undone), the user now at its place, so the
  // selection stays put; the first user when none was chosen. The place is remembered from the
  // last render that found the name (React's "storing information from previous renders").
  const named = selectedName !== null ? model?.userByName.get(selectedName) : undefined;
  const [place, setPlace] = useState(0);
  if (named && named.index !== place) setPlace(named.index);
  // Among the users the list shows (searched, filtered): the details never show one it hides.
  const selected = named ?? (selectedName === null ? visible[0] : (visible.find((u) => u.index >= place) ?? visible.at(-1)));

  const onSelect = useCallback(
    (key: string) => {
      const user = model?.users[Number(key)];
      if (user) store.getState().selectUser(user.name);
    },
    [model, store],
  );
  const onAction = useCallback(
    (key: string) => {
      const user = model?.users[Number(key)];
      if (!user) return;
      store.getState().selectUser(user.name);
      setFocusName(user.name);
    },
    [model, store],
  );
  const onSelectMany = useCallback(
    (keys: readonly string[], focus: string) => {
      if (!model) return;
      const names = keys.flatMap((k) => model.users[Number(k)]?.name ?? []);
      const focused = model.users[Number(focus)]?.name;
      if (focused !== undefined) store.getState().selectUsers(names, focused);
    },
    [model, store],
  );
  // The users selected together that still exist (an undo or a delete can take some away).
  const many = useMemo(() => selectionNames.flatMap((name) => model?.userByName.get(name) ?? []), [selectionNames, model]);
  const manyKeys = useMemo(() => many.map(keyOf), [many]);
  const onNameFocused = useCallback(() => setFocusName(null), []);
  const rows = useStableItems(visible, keyOf, sameRow);
  const chips = useMemo(() => USER_FILTERS.map((f) => [f, t(`filter.${f}`)] as const), [t]);

  if (!doc || !model) return null;

  const created = (name: string) => {
    store.getState().selectUser(name);
    setFocusName(name);
  };
  const add = () => {
    const name = nextUserName(doc, t("newUserBase"));
    if (apply((d) => addUser(d, name)).ok) created(name);
  };
  const duplicate = () => {
    if (!selected) return;
    const name = nextUserName(doc, t("copyBase", { name: selected.name }));
    if (apply((d) => duplicateUser(d, selected.name, name)).ok) created(name);
  };

  return (
    <div className="master-detail users-page">
      <MasterList
        label={t("listLabel")}
        items={rows}
        itemKey={keyOf}
        itemText={itemText}
        search={{ query, onChange: setQuery, total: model.users.length }}
        filters={<ListFilters label={t("listLabel")} chips={chips} filters={filters} onFilters={setFilters} sort={sort} onSort={setSort} shown={visible.length} total={model.users.length} />}
        renderItem={renderRow}
        selected={selected ? keyOf(selected) : null}
        onSelect={onSelect}
        selectedMany={manyKeys}
        onSelectMany={onSelectMany}
        onAction={onAction}
        toolbar={<UserToolbar doc={doc} user={selected} onAdd={add} onDuplicate={duplicate} />}
        empty={<p className="muted">{t("emptyList")}</p>}
      />
      {many.length > 1 ? (
        <BulkUsersPane model={model} users={many} />
      ) : selected ? (
        <UserDetails doc={doc} model={model} user={selected} focusName={focusName === selected.name} onNameFocused={onNameFocused} />
      ) : (
        <div className="detail muted">{t("noSelection")}</div>
      )}
    </div>
  );
}

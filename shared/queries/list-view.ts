/**
 * What the Users and Groups lists show: the rows a search, the filter chips and the sort leave,
 * in the order asked. A view never touches the document: the file keeps its order.
 */
import { fold } from "../fold";
import type { DirectoryModel, GroupInfo, UserInfo } from "../model";

/** The filter chips of the Users list. */
export const USER_FILTERS = ["designer", "administrator", "user", "no-password", "legacy", "bcrypt", "no-group", "startup"] as const;
export type UserFilter = (typeof USER_FILTERS)[number];

/** The filter chips of the Groups list. */
export const GROUP_FILTERS = ["empty", "licence", "nested"] as const;
export type GroupFilter = (typeof GROUP_FILTERS)[number];

/** The order a list is shown in: the file's, or by name (A–Z, accents and case folded). */
export type ListSort = "file" | "name";

/** What a list is asked to show. */
export interface ListQuery<F extends string> {
  readonly text: string;
  readonly filters: readonly F[];
  readonly sort: ListSort;
}

// Chips of one family are alternatives (Designer or Administrator; legacy or bcrypt); families
// narrow each other (an Administrator with no password).
const USER_FAMILY: Record<UserFilter, string> = {
  designer: "kind",
  administrator: "kind",
  user: "kind",
  "no-password": "password",
  legacy: "password",
  bcrypt: "password",
  "no-group": "no-group",
  startup: "startup",
};

/** Keeps the items that pass one chip of every family asked. */
function byFamilies<T, F extends string>(items: readonly T[], filters: readonly F[], family: Record<F, string>, test: (item: T, filter: F) => boolean): readonly T[] {
  if (filters.length === 0) return items;
  const families = new Map<string, F[]>();
  for (const f of filters) families.set(family[f], [...(families.get(family[f]) ?? []), f]);
  const asked = [...families.values()];
  return items.filter((item) => asked.every((chips) => chips.some((f) => test(item, f))));
}

function sorted<T>(items: readonly T[], sort: ListSort, name: (item: T) => string): readonly T[] {
  if (sort === "file") return items;
  const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
  return [...items].sort((a, b) => collator.compare(name(a), name(b)) || fold(name(a)).localeCompare(fold(name(b))));
}

/** The users in some group's `users` list. */
function grouped(model: DirectoryModel): ReadonlySet<string> {
  const names = new Set<string>();
  for (const g of model.groups) for (const u of g.users) names.add(u);
  return names;
}

/**
 * The users a list shows. `text` matches the name (case and accents folded), and `extraText`
 * what else a row says (the kind of a built-in user: "Designer", "Super_Utilisateur").
 */
export function userView(model: DirectoryModel, query: ListQuery<UserFilter>, extraText?: (user: UserInfo) => string): readonly UserInfo[] {
  const q = fold(query.text.trim());
  let users: readonly UserInfo[] = model.users;
  if (q) users = users.filter((u) => fold(u.name).includes(q) || (extraText !== undefined && fold(extraText(u)).includes(q)));
  const inGroups = query.filters.includes("no-group") ? grouped(model) : undefined;
  users = byFamilies(users, query.filters, USER_FAMILY, (u, f) => {
    switch (f) {
      case "designer":
      case "administrator":
      case "user":
        return u.kind === f;
      case "no-password":
        return u.password === "none";
      case "legacy":
      case "bcrypt":
        return u.password === f;
      case "no-group":
        return !inGroups!.has(u.name);
      case "startup":
        return u.startupMethod !== undefined && u.startupMethod !== "";
    }
  });
  return sorted(users, query.sort, (u) => u.name);
}

/** The groups a list shows, and for a group found by a member's name, that member. */
export interface GroupView {
  readonly groups: readonly GroupInfo[];
  /** Group name → the first direct member (user or group) whose name the search matched, when the group's own name did not. */
  readonly memberHits: ReadonlyMap<string, string>;
}

const GROUP_FAMILY: Record<GroupFilter, string> = { empty: "empty", licence: "licence", nested: "nested" };

/**
 * The groups a list shows: `text` matches a group's name or the name of one of its direct
 * members (users and groups), so searching "Bob" finds Bob's groups.
 */
export function groupView(model: DirectoryModel, query: ListQuery<GroupFilter>): GroupView {
  const q = fold(query.text.trim());
  const memberHits = new Map<string, string>();
  let groups: readonly GroupInfo[] = model.groups;
  if (q) {
    groups = groups.filter((g) => {
      if (fold(g.name).includes(q)) return true;
      const hit = g.users.find((u) => fold(u).includes(q)) ?? g.groups.find((m) => fold(m).includes(q));
      if (hit === undefined) return false;
      memberHits.set(g.name, hit);
      return true;
    });
  }
  if (query.filters.length > 0) {
    const holders = new Set(model.licences.map((l) => l.holder));
    const inside = new Set(model.groups.flatMap((g) => g.groups));
    groups = byFamilies(groups, query.filters, GROUP_FAMILY, (g, f) => {
      switch (f) {
        case "empty":
          return g.users.length === 0 && g.groups.length === 0;
        case "licence":
          return holders.has(g.name);
        case "nested":
          return g.groups.length > 0 || inside.has(g.name);
      }
    });
  }
  return { groups: sorted(groups, query.sort, (g) => g.name), memberHits };
}

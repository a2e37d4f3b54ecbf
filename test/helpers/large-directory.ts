// A large, realistic directory.json for tests and benchmarks: 16,000 users and 16,000 groups
// by default, groups nested about six levels deep (divisions down to squads), users in one to
// three groups each, licences and settings pointing at groups. Deterministic for a given seed.
import type { DirectoryDocument } from "../../shared/document";
import { jsonObject as object, type JsonEntry } from "../../shared/json";

/** Sizes and shape of the generated file. */
export interface LargeDirectoryOptions {
  /** Users besides the Designer and the Administrator (default 15,998, so 16,000 in all). */
  readonly users?: number;
  /** Groups (default 16,000). */
  readonly groups?: number;
  /** Nesting levels (default 6). */
  readonly depth?: number;
  /** Seed of the pseudo-random choices (default 1). */
  readonly seed?: number;
}

const LEVEL_NAMES = ["Division", "Department", "Service", "Team", "Unit", "Squad", "Cell", "Pod"];
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// mulberry32: small, fast, good enough to shape test data.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Level sizes growing threefold per level, summing to `total`, at least one group per level. */
function levelSizes(total: number, depth: number): number[] {
  const weights = Array.from({ length: depth }, (_, i) => 3 ** i);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  sizes[depth - 1] = Math.max(1, total - sizes.slice(0, -1).reduce((a, b) => a + b, 0));
  return sizes;
}

/**
 * A large directory document. Group names are `<Level>-<n>` (at most 15 characters); each group
 * below the top level is listed by one group of the level above, some (15%) by a second one;
 * users are `user-<n>`, mostly in the lower levels, with legacy-shaped passwords; the
 * Administrator is in a few groups, as 4D puts it in new groups. No cycles, no dangling names.
 */
export function buildLargeDirectory(options: LargeDirectoryOptions = {}): DirectoryDocument {
  const { users = 15998, groups = 16000, depth = 6, seed = 1 } = options;
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const sizes = levelSizes(groups, depth);
  const levels: string[][] = sizes.map((size, level) =>
    Array.from({ length: size }, (_, i) => `${LEVEL_NAMES[level % LEVEL_NAMES.length]}-${i}`),
  );
  const memberGroups = new Map<string, string[]>();
  const memberUsers = new Map<string, string[]>();
  for (const name of levels.flat()) {
    memberGroups.set(name, []);
    memberUsers.set(name, []);
  }
  for (let level = 1; level < depth; level++) {
    const above = levels[level - 1] as string[];
    (levels[level] as string[]).forEach((name, i) => {
      const first = above[i % above.length] as string;
      memberGroups.get(first)?.push(name);
      const second = above[pick(above.length)] as string;
      if (next() < 0.15 && second !== first) memberGroups.get(second)?.push(name);
    });
  }
  const userEntries: JsonEntry[] = [
    ["designer", object([["password", "Kjg/94PRrUDafImXUuZYuw=="], ["alias", "Designer"]])],
    ["administrator", object([["alias", "Administrator"]])],
  ];
  const password = () => Array.from({ length: 22 }, () => BASE64[pick(64)]).join("") + "==";
  for (let u = 0; u < users; u++) {
    const name = `user-${u}`;
    userEntries.push([name, object(next() < 0.9 ? [["password", password()]] : [])]);
    const count = 1 + pick(3);
    const chosen = new Set<string>();
    for (let k = 0; k < count; k++) {
      // Three users in four sit in the two lowest levels, the rest anywhere.
      const level = next() < 0.75 ? Math.max(0, depth - 1 - pick(2)) : pick(depth);
      const row = levels[level] as string[];
      chosen.add(row[pick(row.length)] as string);
    }
    for (const group of chosen) memberUsers.get(group)?.push(name);
  }
  for (const group of (levels[0] as string[]).slice(0, 3)) memberUsers.get(group)?.push("Administrator");
  memberUsers.get(levels[0]?.[0] as string)?.push("Designer");
  const groupEntries: JsonEntry[] = levels.flat().map((name) => {
    const entries: JsonEntry[] = [];
    const u = memberUsers.get(name) ?? [];
    const g = memberGroups.get(name) ?? [];
    if (u.length > 0) entries.push(["users", u]);
    if (g.length > 0) entries.push(["groups", g]);
    return [name, object(entries)];
  });
  const top = levels[0] as string[];
  const second = levels[Math.min(1, depth - 1)] as string[];
  const root = object([
    ["users", object(userEntries)],
    ["groups", object(groupEntries)],
    [
      "sqlSchemaGranters",
      object([["DEFAULT_SCHEMA", object([["readOnlyAccessGroup", "*"], ["readWriteAccessGroup", top[0] as string], ["allAccessGroup", ""]])]]),
    ],
    [
      "remoteGranters",
      object([
        ["web", second[0] as string],
        ["soap", "*"],
        ["write", top[top.length - 1] as string],
        ["view", ""],
      ]),
    ],
    [
      "settings",
      object([
        ["localGenericWebUser", "Designer"],
        ["designAccessGroup", top[0] as string],
        ["localMobileAccessGroupRW", second[1 % second.length] as string],
        ["remoteMobileAccessGroupRW", "*"],
        ["remoteGenericWebUser", "Designer"],
        ["remoteDefaultUser", ""],
      ]),
    ],
  ]);
  return { layout: { bom: false, eol: "\n" }, root };
}

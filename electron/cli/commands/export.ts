import { stringify } from "csv-stringify/sync";
import { modelOf } from "../../../shared/model";
import { effectiveGroups } from "../../../shared/queries";
import { EXIT } from "../exit";
import type { Io } from "../io";
import { load } from "../session";

/** One CSV line (RFC 4180 quoting by csv-stringify), without its line break. */
export function csvLine(fields: readonly string[]): string {
  return stringify([fields], { quoted_match: /^\s|\s$/ }).replace(/\r?\n$/, "");
}

/** How a user belongs to a group, in the export: `direct`, or the upward path `A ⊂ B ⊂ C`. */
const pathText = (path: readonly string[]) => path.join(" ⊂ ");

/**
 * `export <target> --csv`: one row per user, one column per group; a cell says `direct`,
 * `via A ⊂ B` for a membership through nesting, or is empty. Its size is users × groups.
 */
export async function exportCsv(io: Io, target: string): Promise<number> {
  const loaded = await load(target);
  const doc = loaded.parsed.doc;
  const model = modelOf(doc);
  const column = new Map(model.groups.map((g, i) => [g.name, i] as const));
  io.out(csvLine(["user", "kind", ...model.groups.map((g) => g.name)]));
  for (const user of model.users) {
    const cells: string[] = new Array<string>(model.groups.length).fill("");
    for (const m of effectiveGroups(doc, user.name)) {
      const at = column.get(m.group);
      if (at !== undefined) cells[at] = m.direct ? "direct" : `via ${pathText(m.path.slice(0, -1))}`;
    }
    io.out(csvLine([user.name, user.kind, ...cells]));
  }
  return EXIT.ok;
}

/**
 * `export <target> --csv --rows`: one row per effective membership, `user,kind,group,how,path`
 * (`how` is `direct` or `inherited`; `path` runs upward, `A ⊂ B ⊂ C`), and one row with an empty
 * group for a user in no group. Linear in the memberships at any size, and readable back by
 * `import` (it recreates the users, their direct memberships and the nesting the paths show).
 */
export async function exportRows(io: Io, target: string): Promise<number> {
  const loaded = await load(target);
  const doc = loaded.parsed.doc;
  io.out(csvLine(["user", "kind", "group", "how", "path"]));
  for (const user of modelOf(doc).users) {
    const memberships = effectiveGroups(doc, user.name);
    if (memberships.length === 0) io.out(csvLine([user.name, user.kind, "", "", ""]));
    for (const m of memberships) io.out(csvLine([user.name, user.kind, m.group, m.direct ? "direct" : "inherited", pathText(m.path)]));
  }
  return EXIT.ok;
}

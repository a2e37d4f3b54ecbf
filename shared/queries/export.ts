/**
 * The memberships of a directory as table rows, for the CSV export (command line and app).
 *
 * Two layouts: the **matrix** (one row per user, one column per group: its size is users ×
 * groups, fine for small directories) and the **rows** layout (one row per effective membership:
 * linear at any size, and readable back by the import).
 */
import type { DirectoryDocument } from "../document";
import { modelOf } from "../model";
import { effectiveGroups } from "./effective";

/** The export layouts. */
export type ExportLayout = "matrix" | "rows";

/** An upward group path as the export writes it: `A ⊂ B ⊂ C`. */
export function pathText(path: readonly string[]): string {
  return path.join(" ⊂ ");
}

/** The header of the rows layout. */
export const ROWS_HEADER = ["user", "kind", "group", "how", "path"] as const;

/**
 * The rows layout: `user,kind,group,how,path` per effective membership (`how` is `direct` or
 * `inherited`; `path` runs upward from the user's direct group), and one row with an empty group
 * for a user in no group, so that every user is listed.
 */
export function* membershipRows(doc: DirectoryDocument): Generator<readonly string[]> {
  yield ROWS_HEADER;
  for (const user of modelOf(doc).users) {
    const memberships = effectiveGroups(doc, user.name);
    if (memberships.length === 0) yield [user.name, user.kind, "", "", ""];
    for (const m of memberships) yield [user.name, user.kind, m.group, m.direct ? "direct" : "inherited", pathText(m.path)];
  }
}

/**
 * The matrix layout: a header `user,kind,<group>…`, then per user a cell per group saying
 * `direct`, `via A ⊂ B` for a membership through nesting, or nothing.
 */
export function* membershipMatrix(doc: DirectoryDocument): Generator<readonly string[]> {
  const model = modelOf(doc);
  const column = new Map(model.groups.map((g, i) => [g.name, i] as const));
  yield ["user", "kind", ...model.groups.map((g) => g.name)];
  for (const user of model.users) {
    const cells = new Array<string>(model.groups.length).fill("");
    for (const m of effectiveGroups(doc, user.name)) {
      const at = column.get(m.group);
      if (at !== undefined) cells[at] = m.direct ? "direct" : `via ${pathText(m.path.slice(0, -1))}`;
    }
    yield [user.name, user.kind, ...cells];
  }
}

/** The rows of an export in the layout asked for. */
export function exportTable(doc: DirectoryDocument, layout: ExportLayout): Generator<readonly string[]> {
  return layout === "rows" ? membershipRows(doc) : membershipMatrix(doc);
}

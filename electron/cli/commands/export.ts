import { modelOf } from "../../../shared/model";
import { effectiveGroups } from "../../../shared/queries";
import { EXIT } from "../exit";
import type { Io } from "../io";
import { load } from "../session";

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * `export <target> --csv`: one row per user, one column per group; a cell says `direct`,
 * `via A ⊂ B` for a membership through nesting, or is empty.
 */
export async function exportCsv(io: Io, target: string): Promise<number> {
  const loaded = await load(target);
  const doc = loaded.parsed.doc;
  const model = modelOf(doc);
  const column = new Map(model.groups.map((g, i) => [g.name, i] as const));
  io.out(["user", "kind", ...model.groups.map((g) => g.name)].map(csvField).join(","));
  for (const user of model.users) {
    const cells: string[] = new Array(model.groups.length).fill("");
    for (const m of effectiveGroups(doc, user.name)) {
      const at = column.get(m.group);
      if (at !== undefined) cells[at] = m.direct ? "direct" : `via ${m.path.slice(0, -1).join(" ⊂ ")}`;
    }
    io.out([user.name, user.kind, ...cells].map(csvField).join(","));
  }
  return EXIT.ok;
}

import { LICENCES } from "../../../shared/keys";
import type { DirectoryModel } from "../../../shared/model";
import { rightEntries, type Grant, type RightEntry, type Via } from "../../../shared/queries";

/** What a right is called, for the page to say it in the person's language. */
export type RightName =
  | { readonly kind: "licence"; readonly key: string; readonly known: boolean }
  | { readonly kind: "setting"; readonly key: string; readonly label: string }
  | { readonly kind: "sql"; readonly schema: string; readonly right: string };

/**
 * One line of the answer: a right, and either why it is held (`via`) or, when it is not, who
 * holds it instead (`value`, as stored: a group, `*`, `""`, a user, or undefined when absent).
 */
export interface RightRow {
  readonly id: string;
  readonly name: RightName;
  readonly target: "group" | "user";
  readonly via: Via | undefined;
  readonly value: string | undefined;
  /** The Designer and the Administrator always have it (Design access). */
  readonly builtin: boolean;
}

/** The rows of the answer, held ones first, then the ones not held. */
export interface RightRows {
  readonly licences: readonly RightRow[];
  readonly access: readonly RightRow[];
}

function nameOf(entry: RightEntry): RightName {
  if (entry.section === "licence") return { kind: "licence", key: entry.key, known: LICENCES.some((l) => l.key === entry.key) };
  if (entry.where[0] === "sqlSchemaGranters") {
    return { kind: "sql", schema: String(entry.where[1]), right: String(entry.where[2]) };
  }
  return { kind: "setting", key: entry.key, label: entry.label };
}

const heldFirst = (rows: RightRow[]) => [...rows.filter((r) => r.via), ...rows.filter((r) => !r.via)];

/**
 * Every licence and access right the file knows, each with the grant that gives it (when held).
 *
 * Licences list the six 4D licences in 4D's order (absent ones too: nobody holds them), then
 * third-party keys. `withUserSettings: false` leaves out the settings that name a user (default
 * user, generic web users): a simulated session is judged by its groups alone.
 */
export function rightRows(
  model: DirectoryModel,
  grants: { readonly licences: readonly Grant[]; readonly access: readonly Grant[] },
  withUserSettings: boolean,
): RightRows {
  const entries = rightEntries(model);
  const row = (entry: RightEntry, grant: Grant | undefined): RightRow => ({
    id: `${entry.section}:${entry.key}`,
    name: nameOf(entry),
    target: entry.target,
    via: grant?.via,
    value: entry.value,
    builtin: entry.builtin,
  });
  const licenceEntries = entries.filter((e) => e.section === "licence");
  const licences: RightRow[] = LICENCES.map((l) => {
    const entry = licenceEntries.find((e) => e.key === l.key);
    if (entry) return row(entry, grants.licences.find((g) => g.key === l.key));
    return { id: `licence:${l.key}`, name: { kind: "licence", key: l.key, known: true }, target: "group", via: undefined, value: undefined, builtin: false };
  });
  for (const entry of licenceEntries) {
    if (!LICENCES.some((l) => l.key === entry.key)) licences.push(row(entry, grants.licences.find((g) => g.key === entry.key)));
  }
  const seen = new Set<string>();
  const access: RightRow[] = [];
  for (const entry of entries) {
    // A key stored twice (both capitalisations) answers once, for its first entry.
    if (entry.section !== "access" || seen.has(entry.key)) continue;
    seen.add(entry.key);
    if (entry.target === "user" && !withUserSettings) continue;
    access.push(row(entry, grants.access.find((g) => g.key === entry.key)));
  }
  return { licences: heldFirst(licences), access: heldFirst(access) };
}

/** Splits what a person typed or pasted into group names (commas, semicolons, new lines; quotes dropped). */
export function parseNames(text: string): readonly string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim().replace(/^"(.*)"$/, "$1"))
    .filter((s) => s.length > 0);
}

import type { DirectoryDocument } from "../document";
import { EVERYBODY, NOBODY } from "../keys";
import { modelOf } from "../model";
import { rightEntries, type RightEntry } from "../queries/catalogue";
import { missingUserFix } from "./check-members";
import { problem, type Problem, type ProblemTarget } from "./problems";

function describe(entry: RightEntry): { what: string; target: ProblemTarget } {
  const [section, name, right] = entry.where;
  if (section === "remoteGranters") return { what: `Licence "${entry.label}"`, target: { kind: "licence", name: entry.key } };
  if (section === "sqlSchemaGranters") {
    return { what: `The ${String(right)} right of SQL schema "${String(name)}"`, target: { kind: "sql", name: String(name) } };
  }
  return { what: `Setting "${entry.label}"`, target: { kind: "setting", name: entry.key } };
}

/**
 * References to users or groups that do not exist, in licences (`remoteGranters`), access
 * settings and SQL schema rights (docs/directory-json.md §5.9: report, keep until removed). `*` and `""` are fine.
 */
export function checkReferences(doc: DirectoryDocument): readonly Problem[] {
  const model = modelOf(doc);
  const found: Problem[] = [];
  for (const entry of rightEntries(model)) {
    const name = entry.value;
    if (name === undefined || name === EVERYBODY || name === NOBODY) continue;
    const kind = entry.target;
    if (kind === "group" ? model.groupByName.has(name) : model.userByName.has(name)) continue;
    const { what, target } = describe(entry);
    const fix =
      kind === "user"
        ? missingUserFix(model, name, "choose another user or create it")
        : "choose another group or create it";
    const which = kind === "user" ? "who" : "which";
    found.push(
      problem(
        "error",
        "dangling-reference",
        `${what} names ${kind} "${name}", ${which} does not exist: ${fix}.`,
        { right: entry.key, kind, name },
        entry.where,
        target,
      ),
    );
  }
  return found;
}

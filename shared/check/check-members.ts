import type { DirectoryDocument } from "../document";
import { getKey, isJsonArray, isJsonObject, type Json } from "../json";
import { groupsObject, modelOf, type DirectoryModel } from "../model";
import { groupTarget, problem, type Problem } from "./problems";

/**
 * The fix to suggest for a missing user name: when it is the storage key of a built-in user
 * whose alias differs, say that 4D refers to that user by its alias.
 */
export function missingUserFix(model: DirectoryModel, name: string, otherwise: string): string {
  const builtin = model.users.find((u) => u.kind !== "user" && u.key === name);
  if (!builtin) return otherwise;
  const who = builtin.kind === "designer" ? "the Designer" : "the Administrator";
  return `4D names ${who} by its alias, so write "${builtin.name}" instead`;
}

function listProblems(
  model: DirectoryModel,
  group: string,
  list: "users" | "groups",
  value: Json | undefined,
): Problem[] {
  if (!isJsonArray(value)) return [];
  const found: Problem[] = [];
  const seen = new Set<string>();
  value.forEach((name, at) => {
    if (typeof name !== "string") return;
    const path = ["groups", group, list, at];
    const kind = list === "users" ? "user" : "group";
    if (seen.has(name)) {
      const message = `Group "${group}" lists ${kind} "${name}" twice: remove the repeat.`;
      found.push(problem("warning", "duplicate-member", message, { group, kind, name }, path, groupTarget(group)));
      return;
    }
    seen.add(name);
    const exists = list === "users" ? model.userByName.has(name) : model.groupByName.has(name);
    if (exists) return;
    const fix =
      list === "users"
        ? missingUserFix(model, name, "remove it or create the user")
        : "remove it or create the group";
    const which = list === "users" ? "who" : "which";
    found.push(
      problem(
        "error",
        "dangling-member",
        `Group "${group}" lists ${kind} "${name}", ${which} does not exist: ${fix}.`,
        { group, kind, name },
        path,
        groupTarget(group),
      ),
    );
  });
  return found;
}

/**
 * Problems in group member lists: names of users or groups that do not exist (errors, kept
 * until removed, docs/directory-json.md §5.9) and names listed twice in the same list (warnings).
 */
export function checkMembers(doc: DirectoryDocument): readonly Problem[] {
  const model = modelOf(doc);
  const found: Problem[] = [];
  for (const [group, value] of groupsObject(doc).entries) {
    if (!isJsonObject(value)) continue;
    found.push(...listProblems(model, group, "users", getKey(value, "users")));
    found.push(...listProblems(model, group, "groups", getKey(value, "groups")));
  }
  return found;
}


import type { DirectoryDocument } from "../document";
import { hasKey } from "../json";
import { ADMINISTRATOR_KEY, DESIGNER_KEY, EDITOR_NAME_LIMIT, EVERYBODY, MAX_ENTRIES } from "../keys";
import { modelOf, usersObject, type UserInfo } from "../model";
import { FILE_TARGET, groupTarget, problem, userNamePath, userTarget, type Problem } from "./problems";

function nameKind(user: UserInfo): string {
  if (user.kind === "designer") return "the Designer's alias";
  if (user.kind === "administrator") return "the Administrator's alias";
  return `user "${user.key}"`;
}

function userNameProblems(users: readonly UserInfo[]): Problem[] {
  const found: Problem[] = [];
  const first = new Map<string, UserInfo>();
  for (const user of users) {
    const { name } = user;
    const place = user.kind === "user" ? "A user" : user.kind === "designer" ? "The Designer's alias" : "The Administrator's alias";
    if (name === "") {
      found.push(problem("error", "empty-name", `${place} is empty: give it a name.`, { kind: user.kind }, userNamePath(user), userTarget(user)));
    } else if (name === EVERYBODY) {
      found.push(
        problem("error", "star-name", `${place} is "*", which means everybody: rename it.`, { kind: user.kind }, userNamePath(user), userTarget(user)),
      );
    }
    const earlier = first.get(name);
    if (!earlier) {
      first.set(name, user);
      continue;
    }
    found.push(
      problem(
        "error",
        "duplicate-name",
        `User name "${name}" is used twice, by ${nameKind(earlier)} and by ${nameKind(user)}: rename one of them.`,
        { name, first: earlier.key, second: user.key },
        userNamePath(user),
        userTarget(user),
      ),
    );
  }
  return found;
}

function groupNameProblems(doc: DirectoryDocument): Problem[] {
  const found: Problem[] = [];
  const seen = new Set<string>();
  for (const { name } of modelOf(doc).groups) {
    const path = ["groups", name];
    if (name === "") found.push(problem("error", "empty-name", "A group has an empty name: give it a name.", { kind: "group" }, path, groupTarget(name)));
    else if (name === EVERYBODY) {
      found.push(problem("error", "star-name", `A group is named "*", which means everybody: rename it.`, { kind: "group" }, path, groupTarget(name)));
    }
    if (seen.has(name)) {
      found.push(problem("error", "duplicate-name", `Group name "${name}" is used twice: rename or merge one of them.`, { name }, path, groupTarget(name)));
    }
    seen.add(name);
    const length = [...name].length;
    if (length > EDITOR_NAME_LIMIT) {
      found.push(
        problem(
          "warning",
          "long-group-name",
          `Group "${name}" has ${length} characters, more than the ${EDITOR_NAME_LIMIT} 4D's editor accepts: shorten it if the group must be edited in 4D.`,
          { name, length, limit: EDITOR_NAME_LIMIT },
          path,
          groupTarget(name),
        ),
      );
    }
  }
  return found;
}

function countProblems(doc: DirectoryDocument): Problem[] {
  const { users, groups } = modelOf(doc);
  const found: Problem[] = [];
  for (const [code, what, count] of [
    ["too-many-users", "users", users.length],
    ["too-many-groups", "groups", groups.length],
  ] as const) {
    if (count <= MAX_ENTRIES) continue;
    const message = `The file has ${count} ${what}, more than the ${MAX_ENTRIES} 4D allows: delete ${count - MAX_ENTRIES} of them.`;
    found.push(problem("error", code, message, { count, limit: MAX_ENTRIES }, [what], FILE_TARGET));
  }
  return found;
}

function builtinProblems(doc: DirectoryDocument): Problem[] {
  const users = usersObject(doc);
  const path = hasKey(doc.root, "users") ? ["users"] : [];
  const found: Problem[] = [];
  for (const [key, who] of [
    [DESIGNER_KEY, "Designer"],
    [ADMINISTRATOR_KEY, "Administrator"],
  ] as const) {
    if (hasKey(users, key)) continue;
    const message = `The file has no ${who} (a "${key}" entry under "users"): add it, 4D always has one.`;
    found.push(problem("error", "missing-builtin", message, { key }, path, FILE_TARGET));
  }
  return found;
}

/**
 * Problems with names and counts: empty, `*` or repeated names, groups named past 4D's editor
 * limit, more than 16,000 users or groups, a missing Designer or Administrator (docs/directory-json.md §5.1, §5.5, §5.8).
 */
export function checkNames(doc: DirectoryDocument): readonly Problem[] {
  return [...builtinProblems(doc), ...countProblems(doc), ...userNameProblems(modelOf(doc).users), ...groupNameProblems(doc)];
}

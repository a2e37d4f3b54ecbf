import type { UserInfo } from "../model";
import type { ProblemCode } from "../messages";

/** How bad a problem is: an error breaks 4D's reading of the file, a warning may, info explains. */
export type Severity = "error" | "warning" | "info";

/** What the UI opens to show a problem. */
export interface ProblemTarget {
  readonly kind: "user" | "group" | "licence" | "setting" | "sql" | "file";
  /** The user's name as 4D shows it, the group name, the licence key, the setting's key, the SQL schema, or the file name. */
  readonly name: string;
}

/** Where a problem is: the JSON path of the offending value (for line and column) and what to open. */
export interface ProblemLocation {
  readonly path: readonly (string | number)[];
  readonly target?: ProblemTarget;
}

/**
 * Something wrong or worth knowing in a directory.json.
 *
 * `code` is stable (the CLI and tests key on it), `message` one English sentence naming the place
 * and the fix, `params` the values the UI needs to say the same thing in another language.
 */
export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly where: ProblemLocation;
}

/** The target that opens the whole file (for problems about the file as a whole). */
export const FILE_TARGET: ProblemTarget = { kind: "file", name: "directory.json" };

/** Builds a problem. */
export function problem(
  severity: Severity,
  code: ProblemCode,
  message: string,
  params: Readonly<Record<string, string | number>>,
  path: readonly (string | number)[],
  target?: ProblemTarget,
): Problem {
  return { severity, code, message, params, where: target ? { path, target } : { path } };
}

/** A user as a sentence names it: `the Designer ("jitCorp")`, `the Administrator ("Admin")` or `user "Bob"`. */
export function describeUser(user: UserInfo): string {
  if (user.kind === "designer") return `the Designer ("${user.name}")`;
  if (user.kind === "administrator") return `the Administrator ("${user.name}")`;
  return `user "${user.name}"`;
}

/** The JSON path of a user's visible name: its alias for the built-in users, its key otherwise. */
export function userNamePath(user: UserInfo): readonly (string | number)[] {
  return user.kind === "user" ? ["users", user.key] : ["users", user.key, "alias"];
}

/** The target that opens a user. */
export function userTarget(user: UserInfo): ProblemTarget {
  return { kind: "user", name: user.name };
}

/** The target that opens a group. */
export function groupTarget(name: string): ProblemTarget {
  return { kind: "group", name };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Problems ordered errors first, then warnings, then info; the order found is kept within each. */
export function bySeverity(problems: readonly Problem[]): readonly Problem[] {
  return [...problems].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

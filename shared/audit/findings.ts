/**
 * The security audit's findings: what in a directory.json would let the wrong person in.
 *
 * Pure types and codes: the structural checks live beside this file (they need no hash); the
 * checks that guess passwords run in main (electron/services/audit.ts), where the hashes are.
 */

/** How bad a finding is: high lets someone in today, medium makes it easy, low is hygiene. */
export type AuditSeverity = "high" | "medium" | "low";

/** Every finding's code, with its severity. The CLI's JSON and the tests key on these. */
export const AUDIT_CODES = {
  "admin-no-password": "high",
  "default-user-open": "high",
  "password-is-name": "high",
  "common-password": "high",
  "everybody-design": "medium",
  "shared-password": "medium",
  "no-password": "medium",
  "lookalike-names": "medium",
  "legacy-hash": "low",
  "edge-spaces": "low",
  "committed-hashes": "low",
} as const satisfies Record<string, AuditSeverity>;

export type AuditCode = keyof typeof AUDIT_CODES;

/** The severities, worst first. */
export const AUDIT_SEVERITIES: readonly AuditSeverity[] = ["high", "medium", "low"];

/**
 * One finding: its severity and code, one English sentence saying the risk and the fix, the
 * users and groups it is about (names as 4D shows them), and the values the UI needs to say the
 * same thing in French (`params`).
 */
export interface Finding {
  readonly severity: AuditSeverity;
  readonly code: AuditCode;
  readonly message: string;
  readonly users?: readonly string[];
  readonly groups?: readonly string[];
  readonly params?: Readonly<Record<string, string | number>>;
}

/** What an audit answers: its findings, worst first, and how much password guessing was left out. */
export interface AuditReport {
  readonly findings: readonly Finding[];
  /** bcrypt hashes checked against the guesses (only on a deep audit). */
  readonly bcryptTried: number;
  /** bcrypt hashes not checked (a quick audit, or a deep one cancelled part-way). */
  readonly bcryptNotTried: number;
  /** True when a deep audit was cancelled before it finished. */
  readonly cancelled: boolean;
}

/** Builds a finding with the severity of its code; empty `users`/`groups` lists are left out. */
export function finding(
  code: AuditCode,
  message: string,
  who: { readonly users?: readonly string[]; readonly groups?: readonly string[] } = {},
  params?: Readonly<Record<string, string | number>>,
): Finding {
  return {
    severity: AUDIT_CODES[code],
    code,
    message,
    ...(who.users && who.users.length > 0 ? { users: who.users } : {}),
    ...(who.groups && who.groups.length > 0 ? { groups: who.groups } : {}),
    ...(params ? { params } : {}),
  };
}

const RANK: Record<AuditSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Findings worst first; the order found is kept within a severity. */
export function bySeverity(findings: readonly Finding[]): readonly Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** `1 user` / `3 users`, for the English sentences. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** A short list of names for a sentence: `"a", "b" and 3 more`. */
export function quoteNames(names: readonly string[], shown = 3): string {
  const quoted = names.slice(0, shown).map((n) => `"${n}"`);
  const more = names.length - quoted.length;
  if (more > 0) return `${quoted.join(", ")} and ${more} more`;
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

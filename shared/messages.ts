/**
 * Every code the engine, the checks, the audit and main give their messages, as string-literal
 * unions. The UI translates a message by its code (`engine:change.<code>`, `engine:refusal.<code>`,
 * `engine:problem.<code>`, `engine:failure.<code>`, `audit:finding.<code>.*`); the catalogs are
 * typed against these lists (renderer/i18n/codes.ts), so a code without its sentence in English
 * and French fails to compile, and the edits, checks and main can only use codes listed here.
 */
import { AUDIT_CODES, type AuditCode } from "./audit/findings";

/** One line of the change log (shared/edits `edited`, shared/compare). */
export const CHANGE_CODES = [
  "user.added",
  "user.duplicated",
  "user.renamed",
  "user.deleted",
  "user.startup-method-set",
  "user.startup-method-removed",
  "user.password-set",
  "user.password-changed",
  "user.password-cleared",
  "group.added",
  "group.duplicated",
  "group.renamed",
  "group.deleted",
  "group.emptied",
  "member.added",
  "member.removed",
  "licence.given",
  "setting.set",
  "sql.right-set",
  "bulk.members-added",
  "bulk.members-removed",
  "bulk.startup-methods-set",
  "bulk.startup-methods-removed",
  "bulk.passwords-cleared",
  "bulk.passwords-set",
  "bulk.users-deleted",
  "import.applied",
  "compare.user-taken",
  "compare.group-taken",
  "compare.order-taken",
  "compare.licence-removed",
  "compare.setting-removed",
  "compare.sql-right-removed",
  "backup.restored",
  "history.undone",
] as const;
export type ChangeCode = (typeof CHANGE_CODES)[number];

/** Why an edit was refused, the document left as it was. */
export const REFUSAL_CODES = [
  "edit.unchanged",
  "user.unknown",
  "user.name-empty",
  "user.name-blank",
  "user.name-everybody",
  "user.name-taken",
  "user.name-lookalike",
  "user.name-too-long",
  "user.name-reserved",
  "user.limit",
  "user.builtin-delete",
  "group.unknown",
  "group.name-empty",
  "group.name-blank",
  "group.name-everybody",
  "group.name-taken",
  "group.name-lookalike",
  "group.name-too-long",
  "group.limit",
  "group.delete-needs-force",
  "group.already-empty",
  "member.duplicate",
  "member.self",
  "member.cycle",
  "member.absent",
  "licence.unknown",
  "licence.unknown-group",
  "setting.unknown",
  "setting.unknown-group",
  "setting.unknown-user",
  "sql.unknown-right",
  "sql.unknown-schema",
  "sql.malformed-schema",
  "sql.unknown-group",
  "bulk.nothing-selected",
  "import.refused",
  "import.group-unknown",
  "import.columns-unknown",
  "import.column-user",
  "import.column-twice",
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** What went wrong reading, writing or asking main: the file, the disk, the request. */
export const FAILURE_CODES = [
  "not-found",
  "not-a-project",
  "not-a-file",
  "not-utf8",
  "invalid-file",
  "permission-denied",
  "read-only",
  "disk-full",
  "file-locked",
  "io-error",
  "backup-failed",
  "not-durable",
  "verify-failed",
  "changed-on-disk",
  "read-only-file",
  "locked",
  "dangling-link",
  "too-many-files",
  "name-too-long",
  "symlink-loop",
  "no-project",
  "bad-password-value",
  "untrusted-sender",
  "bad-request",
  "internal",
  "import.csv-invalid",
  "compare.unknown-difference",
  "no-other-copy",
  "copy.exists",
  "copy.same-file",
  "copy.target-ambiguous",
  "copy.unsaved",
  "backup-missing",
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** Something wrong or worth knowing in a directory.json (shared/check). */
export const PROBLEM_CODES = [
  "missing-builtin",
  "too-many-users",
  "too-many-groups",
  "empty-name",
  "star-name",
  "duplicate-name",
  "long-group-name",
  "dangling-member",
  "duplicate-member",
  "cycle",
  "dangling-reference",
  "unknown-password-hash",
  "access-control-off",
  "bcrypt-needs-v19r3",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The security audit's findings (shared/audit). */
export const AUDIT_FINDING_CODES = Object.keys(AUDIT_CODES) as AuditCode[];
export type { AuditCode };

/** Any code a `Failure` carries: an edit's refusal or a failure from main. */
export type FailureOrRefusalCode = RefusalCode | FailureCode;

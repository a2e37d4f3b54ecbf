import type { AuditCode, ChangeCode, FailureCode, ProblemCode, RefusalCode } from "../../shared/messages";
import type enAudit from "./en/audit.json";
import type enEngine from "./en/engine.json";
import type frAudit from "./fr/audit.json";
import type frEngine from "./fr/engine.json";

// The catalogs typed against the codes of shared/messages.ts: a code whose sentence is missing in
// English or French fails to compile here, naming the missing key. A key counts when the catalog
// has it as is or with i18next's suffixes (`_user`, `_one`…: a context or a plural form).

/** The keys of `Wanted` that `catalog` lacks, with and without suffixes. */
type Missing<Wanted extends string, Catalog> = Wanted extends unknown
  ? [Extract<keyof Catalog, Wanted | `${Wanted}_${string}`>] extends [never]
    ? Wanted
    : never
  : never;

/** `true` when nothing is missing; otherwise the missing keys, which `true` is not assignable to. */
type Covered<M> = [M] extends [never] ? true : M;

type EngineKeys = `change.${ChangeCode}` | `refusal.${RefusalCode}` | `failure.${FailureCode}` | `problem.${ProblemCode}`;
type AuditKeys = `finding.${AuditCode}.${"title" | "why" | "fix"}`;

export const englishEngineCovered: Covered<Missing<EngineKeys, typeof enEngine>> = true;
export const frenchEngineCovered: Covered<Missing<EngineKeys, typeof frEngine>> = true;
export const englishAuditCovered: Covered<Missing<AuditKeys, typeof enAudit>> = true;
export const frenchAuditCovered: Covered<Missing<AuditKeys, typeof frAudit>> = true;

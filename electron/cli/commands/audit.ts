import { AUDIT_SEVERITIES, type AuditReport, type Finding } from "../../../shared/audit";
import { auditDirectory, BCRYPT_COMMON_TRIES } from "../../services/audit";
import { EXIT } from "../exit";
import type { Io } from "../io";
import { load } from "../session";
import { describeLocation } from "./check";

// The text output names at most this many users or groups per finding; --json lists them all.
const LISTED = 20;

function names(label: string, list: readonly string[] | undefined): string[] {
  if (!list || list.length === 0) return [];
  const shown = list.slice(0, LISTED).map((n) => JSON.stringify(n)).join(", ");
  const more = list.length > LISTED ? ` and ${list.length - LISTED} more (--json lists all)` : "";
  return [`    ${label}: ${shown}${more}`];
}

function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return "No findings.";
  const parts = AUDIT_SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`);
  return `${findings.length} finding${findings.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

function untried(report: AuditReport, deep: boolean): string | undefined {
  const n = report.bcryptNotTried;
  if (n === 0) return undefined;
  const what = `${n} bcrypt password${n === 1 ? " was" : "s were"} not tried`;
  return deep
    ? `${what} (cancelled).`
    : `${what}: run with --deep to try each user's name and the ${BCRYPT_COMMON_TRIES} most common passwords against them (about 2 s per user).`;
}

/** `audit <target> [--json] [--deep]`: what would let the wrong person in; exit 1 if any high finding. */
export async function audit(io: Io, target: string, json: boolean, deep: boolean): Promise<number> {
  const loaded = await load(target);
  if (deep && !json) io.err("Trying the guesses against bcrypt hashes (about 2 s per user)…");
  const report = await auditDirectory(loaded.parsed.doc, { deep, file: loaded.location.inForce.path });
  const high = report.findings.some((f) => f.severity === "high");
  if (json) {
    const findings = report.findings.map(({ severity, code, message, users, groups }) => ({
      severity,
      code,
      message,
      ...(users ? { users } : {}),
      ...(groups ? { groups } : {}),
    }));
    io.out(JSON.stringify({ findings, bcryptTried: report.bcryptTried, bcryptNotTried: report.bcryptNotTried }, null, 2));
    return high ? EXIT.refused : EXIT.ok;
  }
  for (const line of describeLocation(loaded.location)) io.out(line);
  for (const f of report.findings) {
    io.out(`${f.severity}: ${f.message} [${f.code}]`);
    for (const line of [...names("users", f.users), ...names("groups", f.groups)]) io.out(line);
  }
  io.out(summary(report.findings));
  const note = untried(report, deep);
  if (note) io.out(note);
  return high ? EXIT.refused : EXIT.ok;
}

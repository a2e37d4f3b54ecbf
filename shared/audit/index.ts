/** The security audit: finding types and codes, and the checks that need no password hash. */
export { AUDIT_CODES, AUDIT_SEVERITIES, bySeverity, count, finding, quoteNames, type AuditCode, type AuditReport, type AuditSeverity, type Finding } from "./findings";
export { lookalikeIndex, lookalikeOf, lookalikeSets, type LookalikeIndex } from "./lookalikes";
export { auditStructure } from "./structure";

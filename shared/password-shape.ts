/**
 * Recognising password values by shape — pure, so the renderer can show "legacy / bcrypt / none"
 * without ever holding a hash. Hashing and verifying live in electron/services/passwords.ts.
 */

/** The form of a stored password: none, 4D's legacy MD5 form, bcrypt, or something unknown (kept, warned). */
export type PasswordKind = "none" | "legacy" | "bcrypt" | "unknown";

/** The two forms the app can write. */
export type HashForm = "bcrypt" | "legacy";

const LEGACY = /^[A-Za-z0-9+/]{22}==$/;
const BCRYPT = /^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/;

/**
 * A stand-in for a hash inside a document given to the renderer: `‹hash bcrypt 7›`.
 *
 * Main replaces each stored hash with one of these before a snapshot leaves it, and each new
 * password with `‹new legacy 3›`; on save it puts the real hashes back (electron/services/redaction.ts).
 */
const TOKEN = /^‹(hash|new) (none|legacy|bcrypt|unknown) ([A-Za-z0-9_-]+)›$/;

/** Builds a redaction token for a hash of the given kind, known to main under `id`. */
export function passwordToken(origin: "hash" | "new", kind: PasswordKind, id: string): string {
  return `‹${origin} ${kind} ${id}›`;
}

/** Parses a redaction token, or undefined when the value is not one. */
export function parsePasswordToken(value: string): { origin: "hash" | "new"; kind: PasswordKind; id: string } | undefined {
  const m = TOKEN.exec(value);
  if (!m) return undefined;
  return { origin: m[1] as "hash" | "new", kind: m[2] as PasswordKind, id: m[3] as string };
}

/** The kind of a stored password value (a real hash or a redaction token); `undefined` means none. */
export function passwordKind(value: string | undefined): PasswordKind {
  if (value === undefined) return "none";
  const token = parsePasswordToken(value);
  if (token) return token.kind;
  if (LEGACY.test(value)) return "legacy";
  if (BCRYPT.test(value)) return "bcrypt";
  return "unknown";
}

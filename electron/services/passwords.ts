/**
 * Hashing and checking 4D passwords (docs/directory-json.md §4).
 *
 * Nothing here logs, stores or returns a password: callers hand one in, get a hash or a yes/no.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { compare, hash } from "bcryptjs";
import { EDITOR_NAME_LIMIT } from "../../shared/keys";
import { parsePasswordToken, type HashForm } from "../../shared/password-shape";

export type { HashForm } from "../../shared/password-shape";

/** The bcrypt cost 4D writes. */
export const BCRYPT_COST = 10;

/** Bytes of a password bcrypt reads; the rest is ignored. */
export const BCRYPT_MAX_BYTES = 72;

const LEGACY = /^[A-Za-z0-9+/]{22}==$/;
const BCRYPT = /^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/;

/** 4D's legacy form: base64(MD5(UTF-16BE(password) + 0x0000)). Unsalted. */
export function legacyHash(password: string): string {
  const utf16be = Buffer.from(password, "utf16le").swap16();
  return createHash("md5")
    .update(Buffer.concat([utf16be, Buffer.alloc(2)]))
    .digest("base64");
}

/**
 * Hashes a password in the form 4D expects: bcrypt cost 10 with a `$2y$` prefix, or the legacy form.
 *
 * bcryptjs 3 labels its output `$2b$`; 4D writes `$2y$` (PHP's label). Both name the same, fixed
 * algorithm (the `$2a$` wrap-around and sign-extension bugs corrected), so only the label is
 * rewritten: the hash bytes are identical and verify under either prefix.
 */
export async function hashPassword(password: string, form: HashForm): Promise<string> {
  if (form === "legacy") return legacyHash(password);
  const hashed = await hash(password, BCRYPT_COST);
  return hashed.replace(/^\$2[ab]\$/, "$2y$");
}

/**
 * True when `password` matches the stored value (legacy or bcrypt `$2a$`/`$2b$`/`$2y$`).
 *
 * Any other shape (unknown values, redaction tokens) answers false, never throws.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (parsePasswordToken(stored)) return false;
  if (LEGACY.test(stored)) {
    const expected = Buffer.from(stored, "utf8");
    const actual = Buffer.from(legacyHash(password), "utf8");
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
  if (BCRYPT.test(stored)) {
    try {
      // bcryptjs 3 reads `$2y$` itself (checked by the tests); no prefix rewrite is needed.
      return await compare(password, stored);
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * The warnings for a new password, as English sentences that never contain it nor its length (a
 * length narrows a guess): empty, longer than
 * 4D's editor allows (15 characters), longer than bcrypt reads (72 bytes of UTF-8). Warnings only:
 * 4D accepts all of these.
 */
export function passwordNotes(password: string): readonly string[] {
  if (password.length === 0) {
    return ["The password is empty: this user logs in without typing one. Clear the password instead if that is the intent."];
  }
  const notes: string[] = [];
  const characters = [...password].length;
  if (characters > EDITOR_NAME_LIMIT) {
    notes.push(
      `The password is longer than ${EDITOR_NAME_LIMIT} characters, the most 4D's own editor accepts, so it cannot be typed there.`,
    );
  }
  const bytes = Buffer.byteLength(password, "utf8");
  if (bytes > BCRYPT_MAX_BYTES) {
    notes.push(
      `The password is longer than ${BCRYPT_MAX_BYTES} bytes in UTF-8; bcrypt reads only the first ${BCRYPT_MAX_BYTES}, so the rest does not count.`,
    );
  }
  return notes;
}

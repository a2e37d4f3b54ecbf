import { EDITOR_NAME_LIMIT } from "../../../shared/keys";
import type { HashForm } from "../../../shared/password-shape";

/** bcrypt reads only this many bytes of a password (UTF-8); the rest is silently ignored. */
export const BCRYPT_BYTE_LIMIT = 72;

/** How hard a password is to guess (zxcvbn-ts's score in three words: see password-strength.ts). */
export type Strength = "weak" | "fair" | "strong";

/** Something worth knowing about a new password before it is set (never a refusal). */
export type PasswordNote = "editor-limit" | "bcrypt-bytes" | "legacy-non-ascii";

/**
 * The notes a new password deserves for the chosen hash form: longer than 4D's own editor
 * allows (15 characters), past bcrypt's 72 bytes, or non-ASCII in the legacy form (whose
 * hashing is confirmed for ASCII passwords only — docs/directory-json.md §4).
 */
export function passwordNotes(password: string, form: HashForm): readonly PasswordNote[] {
  const notes: PasswordNote[] = [];
  if ([...password].length > EDITOR_NAME_LIMIT) notes.push("editor-limit");
  if (form === "bcrypt" && new TextEncoder().encode(password).length > BCRYPT_BYTE_LIMIT) notes.push("bcrypt-bytes");
  // eslint-disable-next-line no-control-regex
  if (form === "legacy" && /[^\x00-\x7f]/.test(password)) notes.push("legacy-non-ascii");
  return notes;
}

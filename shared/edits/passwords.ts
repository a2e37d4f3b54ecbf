/**
 * Setting and clearing a user's stored password value.
 *
 * The value is a hash or a redaction token prepared elsewhere (electron/services/passwords.ts
 * hashes, the renderer only ever holds tokens): nothing is hashed or validated here, and no message ever
 * contains it. docs/directory-json.md §4: the Designer having a password is what turns 4D's access control on,
 * so the change message says when an edit turns it on or off.
 */
import type { DirectoryDocument } from "../document";
import { getString, hasKey, removeKey, setKey } from "../json";
import { USER_ORDER } from "../keys";
import { edited, unchanged, type EditResult } from "./edit";
import { findUser } from "./names";
import { userEntry, withUserEntry } from "./user-entry";

/** Sets the `password` of a user to a prepared hash or token (at its canonical key position). */
export function setPasswordValue(doc: DirectoryDocument, name: string, value: string): EditResult {
  const found = findUser(doc, name);
  if (!found.ok) return found;
  const user = found.value;
  const entry = userEntry(doc, user);
  const previous = getString(entry, "password");
  if (previous === value) return unchanged(`${name} already has this password.`, { name });
  const root = withUserEntry(doc, user, setKey(entry, "password", value, USER_ORDER));
  if (previous !== undefined) return edited(doc, root, "user.password-changed", `changed the password of ${name}`, { name });
  const turnsOn = user.kind === "designer";
  const note = turnsOn ? " (4D access control is now on)" : "";
  return edited(doc, root, "user.password-set", `set the password of ${name}${note}`, turnsOn ? { name, accessControl: "on" } : { name });
}

/** Removes the `password` key of a user (no password). For the Designer this turns access control off. */
export function clearPassword(doc: DirectoryDocument, name: string): EditResult {
  const found = findUser(doc, name);
  if (!found.ok) return found;
  const user = found.value;
  const entry = userEntry(doc, user);
  if (!hasKey(entry, "password")) {
    return unchanged(`${name} has no password to clear.`, { name });
  }
  const root = withUserEntry(doc, user, removeKey(entry, "password"));
  const turnsOff = user.kind === "designer";
  const note = turnsOff ? " (4D access control is now off)" : "";
  return edited(doc, root, "user.password-cleared", `cleared the password of ${name}${note}`, turnsOff ? { name, accessControl: "off" } : { name });
}

import { clearPassword, setPasswordValue } from "../../../shared/edits";
import { getString, isJsonObject } from "../../../shared/json";
import { modelOf, usersObject } from "../../../shared/model";
import { hashPassword, passwordNotes, verifyPassword } from "../../services/passwords";
import { CliExit, EXIT } from "../exit";
import type { Io } from "../io";
import { editAndSave, load, type SaveFlags } from "../session";

/** `verify-password <target> <user>`: password from stdin; exit 0 if it matches, 1 if not. */
export async function verify(io: Io, target: string, user: string): Promise<number> {
  const loaded = await load(target);
  const info = modelOf(loaded.parsed.doc).userByName.get(user);
  if (!info) throw new CliExit(EXIT.refused, `No user named "${user}" in ${loaded.location.inForce.path}.`);
  const entry = usersObject(loaded.parsed.doc).entries[info.index]?.[1];
  const stored = isJsonObject(entry) ? getString(entry, "password") : undefined;
  const password = await io.readSecret(`Password of ${user}: `);
  const matches = stored === undefined ? password === "" : await verifyPassword(password, stored);
  io.out(matches ? `The password of ${user} matches.` : `The password of ${user} does not match.`);
  return matches ? EXIT.ok : EXIT.refused;
}

/** `passwd <target> <user> [--legacy | --clear]`: a new password from stdin (bcrypt unless --legacy). */
export async function passwd(io: Io, target: string, user: string, form: "bcrypt" | "legacy" | "clear", flags: SaveFlags = {}): Promise<number> {
  if (form === "clear") return editAndSave(io, target, (doc) => clearPassword(doc, user), undefined, flags);
  await load(target); // fail on a bad file before asking for a password
  const password = await io.readSecret(`New password for ${user}: `);
  if (password === "") throw new CliExit(EXIT.refused, "Empty password refused: use --clear to remove a password.");
  for (const note of passwordNotes(password)) io.err(`note: ${note}`);
  const hash = await hashPassword(password, form);
  return editAndSave(io, target, (doc) => setPasswordValue(doc, user, hash), undefined, flags);
}

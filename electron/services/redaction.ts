import { createHmac, randomBytes } from "node:crypto";
import type { DirectoryDocument, Layout, RawText } from "../../shared/document";
import { getObject, getString, isJsonObject, setKey, type JsonEntry } from "../../shared/json";
import { USER_ORDER } from "../../shared/keys";
import { parsePasswordToken, passwordKind, passwordToken } from "../../shared/password-shape";
import { fail, ok, type Result } from "../../shared/result";

/**
 * The hashes main keeps while the renderer edits: stored ones (from the file as read) and new
 * ones (typed in the password dialog, hashed here). The renderer only ever sees their tokens.
 */
export class HashVault {
  private readonly hashes = new Map<string, string>();
  // Keys the token of a stored hash: within one vault the same hash always gets the same token,
  // so the renderer can tell that two copies hold the same password (compare) without the hash,
  // and a token says nothing about its hash outside this vault.
  private readonly key = randomBytes(32);
  // A hash the file spells with escapes (`\/`): that spelling stays here, with the hash.
  private readonly spellings = new Map<string, string>();

  /**
   * Replaces every user's password hash with a token; returns the redacted document. Documents
   * redacted by one vault (the open copy and the one it is compared with) share tokens, so a
   * token taken from the other copy is restored to its hash on save.
   */
  redact(doc: DirectoryDocument): DirectoryDocument {
    const redacted = mapPasswords(doc, (value, user) => {
      const spelling = doc.layout.raw?.find((r) => r.text !== undefined && isPasswordPath(r.path) && r.path[1] === user);
      if (spelling?.text !== undefined) this.spellings.set(value, spelling.text);
      return this.storedToken(value);
    });
    return { layout: withoutPasswordSpellings(doc.layout), root: redacted.root };
  }

  /** The token of a stored hash (the same for the same hash within this vault). */
  private storedToken(hash: string): string {
    const id = createHmac("sha256", this.key).update(hash).digest("base64url").slice(0, 16);
    this.hashes.set(id, hash);
    return passwordToken("hash", passwordKind(hash), id);
  }

  /**
   * Once a draft is saved, the token each of its new passwords has now that it is stored (what
   * `redact` gives the file read again), by user key: the renderer keeps its draft as the new
   * snapshot with these put in, instead of main sending the whole document back.
   */
  storedTokens(draft: DirectoryDocument): [user: string, token: string][] {
    const found: [string, string][] = [];
    const users = getObject(draft.root, "users");
    for (const [user, entry] of users?.entries ?? []) {
      const value = isJsonObject(entry) ? getString(entry, "password") : undefined;
      const token = value === undefined ? undefined : parsePasswordToken(value);
      const hash = token?.origin === "new" ? this.hashes.get(token.id) : undefined;
      if (hash !== undefined) found.push([user, this.storedToken(hash)]);
    }
    return found;
  }

  /** Keeps a new hash and answers its token. */
  addNew(hash: string): string {
    const id = randomBytes(6).toString("base64url");
    this.hashes.set(id, hash);
    return passwordToken("new", passwordKind(hash), id);
  }

  /**
   * Puts the real hashes back in a draft. A password value that is not a token of this vault is
   * refused: the renderer never holds hashes, so it cannot have written one.
   */
  restore(draft: DirectoryDocument): Result<DirectoryDocument> {
    let unknown: string | undefined;
    const restored = mapPasswords(draft, (value, user) => {
      const token = parsePasswordToken(value);
      const hash = token && this.hashes.get(token.id);
      if (hash === undefined) unknown ??= user;
      return hash ?? value;
    });
    if (unknown !== undefined) {
      return fail("bad-password-value", `The password of "${unknown}" did not come from this app; set it again with Edit….`, { user: unknown });
    }
    // Each stored hash goes back with the spelling the file had for it, whoever holds it now.
    const raw: RawText[] = [...(withoutPasswordSpellings(draft.layout).raw ?? [])];
    mapPasswords(restored, (hash, user) => {
      const text = this.spellings.get(hash);
      if (text !== undefined) raw.push({ path: ["users", user, "password"], text });
      return hash;
    });
    const { raw: _dropped, ...rest } = draft.layout;
    return ok({ layout: raw.length > 0 ? { ...rest, raw } : rest, root: restored.root });
  }
}

const isPasswordPath = (path: RawText["path"]) => path.length === 3 && path[0] === "users" && path[2] === "password";

/** The layout without the spellings of password values: those never leave main. */
function withoutPasswordSpellings(layout: Layout): Layout {
  if (!layout.raw?.some((r) => r.text !== undefined && isPasswordPath(r.path))) return layout;
  return { ...layout, raw: layout.raw.filter((r) => r.text === undefined || !isPasswordPath(r.path)) };
}

function mapPasswords(doc: DirectoryDocument, map: (value: string, user: string) => string): DirectoryDocument {
  const rootEntries = doc.root.entries.map(([key, users]): JsonEntry => {
    if (key !== "users" || !isJsonObject(users)) return [key, users];
    const entries = users.entries.map(([name, user]): JsonEntry => {
      const value = isJsonObject(user) ? getString(user, "password") : undefined;
      return value === undefined || !isJsonObject(user) ? [name, user] : [name, setKey(user, "password", map(value, name), USER_ORDER)];
    });
    return [key, { entries }];
  });
  return { layout: doc.layout, root: { entries: rootEntries } };
}

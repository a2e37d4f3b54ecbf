/**
 * The security audit engine (issue 9): the structural findings of shared/audit, plus the ones
 * that need the hashes — passwords equal to the user's name, common passwords, passwords shared
 * by several users — and whether the file sits in a git working tree.
 *
 * Runs in main and in the CLI only: hashes never reach the renderer, and nothing here returns,
 * logs or names a password; a finding names users, never what they typed.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { compare } from "bcryptjs";
import { dictionary } from "@zxcvbn-ts/language-common";
import { auditStructure, bySeverity, count, finding, quoteNames, type AuditReport, type Finding } from "../../shared/audit";
import type { DirectoryDocument } from "../../shared/document";
import { getString, isJsonObject } from "../../shared/json";
import { modelOf, usersObject, type UserInfo } from "../../shared/model";
import { passwordKind } from "../../shared/password-shape";
import { legacyHash } from "./passwords";

/** How many of the most common passwords a deep audit tries against each bcrypt hash (~70 ms a try). */
export const BCRYPT_COMMON_TRIES = 20;

/** Options of an audit run. */
export interface AuditOptions {
  /** Also try the guesses against bcrypt hashes (slow: about 70 ms per guess and user). */
  readonly deep?: boolean;
  /** False to leave out the findings that need no hash (the app computes those itself). */
  readonly structural?: boolean;
  /** The directory.json the document was read from, to tell whether it sits in a git working tree. */
  readonly file?: string;
  /** Stops a deep audit between two guesses; the users left are counted as not tried. */
  readonly signal?: AbortSignal;
  /** How many of the most common passwords to try against each bcrypt hash (default BCRYPT_COMMON_TRIES). */
  readonly commonTries?: number;
  /** Progress of the bcrypt guesses: hashes done, out of total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The well-known common passwords, most common first (zxcvbn-ts's list, ~49,000 entries). */
export function commonPasswords(): readonly string[] {
  return dictionary["passwords-common"];
}

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const ALNUM = [..."abcdefghijklmnopqrstuvwxyz0123456789"];

/**
 * What an attacker tries first against an unsalted hash: the common passwords, then every
 * password of one printable ASCII character and of two lower-case letters or digits (real 4D
 * files hold passwords such as `1` or `l`, which no list of common passwords has).
 */
export function legacyGuesses(): readonly string[] {
  const short = [...PRINTABLE, ...ALNUM.flatMap((a) => ALNUM.map((b) => a + b))];
  return [...new Set([...commonPasswords(), ...short])];
}

/** The ways a user's own name is typed as a password: as shown, lower case, upper case, without spaces. */
export function nameGuesses(name: string): readonly string[] {
  const bare = name.replace(/\s+/gu, "");
  return [...new Set([name, name.toLowerCase(), name.toUpperCase(), bare, bare.toLowerCase()])].filter((g) => g !== "");
}

type Guessed = "name" | "common" | "empty";

interface Hashed {
  readonly user: UserInfo;
  readonly hash: string;
}

/** Each user with a stored hash of the given kind, with that hash. */
function hashesOf(doc: DirectoryDocument, kind: "legacy" | "bcrypt"): Hashed[] {
  const model = modelOf(doc);
  const found: Hashed[] = [];
  usersObject(doc).entries.forEach(([, value], at) => {
    const user = model.users[at];
    const hash = isJsonObject(value) ? getString(value, "password") : undefined;
    if (user && hash !== undefined && passwordKind(hash) === kind) found.push({ user, hash });
  });
  return found;
}

let guessHashes: Map<string, Guessed> | undefined;

/** The legacy hash of every guess, computed once per process (~50,000 MD5s, a tenth of a second). */
function legacyGuessHashes(): ReadonlyMap<string, Guessed> {
  if (!guessHashes) {
    guessHashes = new Map([[legacyHash(""), "empty"]]);
    for (const password of legacyGuesses()) {
      const hash = legacyHash(password);
      if (!guessHashes.has(hash)) guessHashes.set(hash, "common");
    }
  }
  return guessHashes;
}

/**
 * Legacy hashes are unsalted: each guess is hashed once (and kept), then every user's hash is
 * looked up — linear in users plus guesses. Marks what each user's password was found to be,
 * and answers the sets of users sharing one hash.
 */
function guessLegacy(legacy: readonly Hashed[], guessed: Map<UserInfo, Guessed>): UserInfo[][] {
  if (legacy.length === 0) return [];
  const byHash = new Map<string, UserInfo[]>();
  const guesses = legacyGuessHashes();
  for (const { user, hash } of legacy) {
    const list = byHash.get(hash);
    if (list) list.push(user);
    else byHash.set(hash, [user]);
    if (nameGuesses(user.name).some((g) => legacyHash(g) === hash)) guessed.set(user, "name");
    else {
      const as = guesses.get(hash);
      if (as) guessed.set(user, as);
    }
  }
  return [...byHash.values()].filter((users) => users.length > 1);
}

/** bcrypt hashes are salted: each guess costs ~70 ms per user, so only the name and the most common ones. */
async function guessBcrypt(bcrypt: readonly Hashed[], guessed: Map<UserInfo, Guessed>, options: AuditOptions): Promise<number> {
  const common = commonPasswords().slice(0, options.commonTries ?? BCRYPT_COMMON_TRIES);
  let done = 0;
  options.onProgress?.(0, bcrypt.length);
  for (const { user, hash } of bcrypt) {
    if (options.signal?.aborted) break;
    const tries: [string, Guessed][] = [...nameGuesses(user.name).map((g): [string, Guessed] => [g, "name"]), ["", "empty"], ...common.map((g): [string, Guessed] => [g, "common"])];
    for (const [guess, as] of tries) {
      if (options.signal?.aborted) break;
      if (await compare(guess, hash).catch(() => false)) {
        guessed.set(user, as);
        break;
      }
    }
    if (options.signal?.aborted) break;
    done++;
    options.onProgress?.(done, bcrypt.length);
  }
  return done;
}

/** The git working tree holding `file`, if any (a `.git` folder or file in it or a parent folder). */
export function gitWorkingTree(file: string): string | undefined {
  let dir = dirname(file);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function guessFindings(guessed: ReadonlyMap<UserInfo, Guessed>, shared: readonly UserInfo[][]): Finding[] {
  const found: Finding[] = [];
  const ordered = [...guessed].sort(([a], [b]) => a.index - b.index);
  const who = (as: Guessed) => ordered.filter(([, g]) => g === as).map(([u]) => u.name);
  const named = who("name");
  if (named.length > 0) {
    found.push(
      finding(
        "password-is-name",
        `${count(named.length, "user")} ${named.length === 1 ? "has" : "have"} their own name as password (${quoteNames(named)}): anyone who knows the name logs in; set new passwords.`,
        { users: named },
        { count: named.length },
      ),
    );
  }
  const common = who("common");
  if (common.length > 0) {
    found.push(
      finding(
        "common-password",
        `${count(common.length, "user")} ${common.length === 1 ? "has" : "have"} a password among the first anyone tries (${quoteNames(common)}: a well-known common password, or one of one or two characters): set new passwords.`,
        { users: common },
        { count: common.length },
      ),
    );
  }
  const empty = who("empty");
  if (empty.length > 0) {
    found.push(
      finding(
        "no-password",
        `${count(empty.length, "user")} ${empty.length === 1 ? "has" : "have"} an empty password stored as a hash (${quoteNames(empty)}): they log in without typing one; give each a password.`,
        { users: empty },
        { count: empty.length, empty: 1 },
      ),
    );
  }
  for (const users of shared) {
    const names = users.map((u) => u.name);
    found.push(
      finding(
        "shared-password",
        `Users ${quoteNames(names, 5)} have the same password (identical legacy hashes): whoever learns one knows them all; give each their own password.`,
        { users: names },
        { count: names.length },
      ),
    );
  }
  return found;
}

/**
 * Audits a directory (with its real hashes): every finding worst first, and how many bcrypt
 * hashes were not tried (all of them unless `deep`). Never throws on odd values.
 */
export async function auditDirectory(doc: DirectoryDocument, options: AuditOptions = {}): Promise<AuditReport> {
  const guessed = new Map<UserInfo, Guessed>();
  const shared = guessLegacy(hashesOf(doc, "legacy"), guessed);
  const bcrypt = hashesOf(doc, "bcrypt");
  const tried = options.deep ? await guessBcrypt(bcrypt, guessed, options) : 0;
  const found = [...(options.structural === false ? [] : auditStructure(doc)), ...guessFindings(guessed, shared)];
  if (options.file) {
    const tree = gitWorkingTree(options.file);
    const hashes = modelOf(doc).users.filter((u) => u.password !== "none").length;
    if (tree && hashes > 0) {
      found.push(
        finding(
          "committed-hashes",
          `directory.json is inside a git working tree (${tree}) and holds ${hashes} password ${hashes === 1 ? "hash" : "hashes"}: once pushed, anyone with the repository can try to guess them (legacy ones in seconds); keep the file out of git (.gitignore) or make sure the repository stays private.`,
          {},
          { count: hashes, tree },
        ),
      );
    }
  }
  return { findings: bySeverity(found), bcryptTried: tried, bcryptNotTried: bcrypt.length - tried, cancelled: options.signal?.aborted === true };
}

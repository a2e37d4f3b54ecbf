/**
 * The two copies of a project's directory.json side by side: loading both for a comparison,
 * telling which side changed a password last, and creating one copy from the other.
 * Plain Node, shared by the CLI and the app's main process.
 */
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Difference, NewerHint } from "../../shared/compare";

export type { NewerHint } from "../../shared/compare";
import { getString, isJsonObject } from "../../shared/json";
import type { OpenFailure } from "../../shared/ipc-contract";
import { usersObject } from "../../shared/model";
import { parseDirectory } from "../../shared/parse";
import { fail, ok, type Failure, type Result } from "../../shared/result";
import { listBackups } from "./backups";
import { loadDirectory, saveDirectory, type LoadedDirectory } from "./directory-file";
import { readDirectoryFile } from "./file-store";
import { locateDirectory } from "./locator";

/** Loads an existing directory.json for a comparison; a missing file is a failure, not a new file. */
export async function loadExisting(target: string): Promise<Result<LoadedDirectory, OpenFailure>> {
  const loaded = await loadDirectory(target);
  if (!loaded.ok) return loaded;
  if (loaded.value.revision === null) {
    const path = loaded.value.location.inForce.path;
    return fail("not-found", `"${path}" does not exist yet, so there is nothing to compare with.`, { path });
  }
  return loaded;
}

/** Both copies of a project (data, user), or a failure naming the one that is missing. */
export async function loadBothCopies(target: string): Promise<Result<{ data: LoadedDirectory; user: LoadedDirectory }, OpenFailure>> {
  const located = await locateDirectory(target);
  if (!located.ok) return located;
  const { dataPath, userPath, projectRoot } = located.value;
  if (!projectRoot || !dataPath || !userPath) {
    const path = located.value.inForce.path;
    return fail("not-a-project", `"${path}" is not inside a 4D project, so it has no data copy and user copy to compare; give two files instead.`, { path });
  }
  const data = await loadExisting(dataPath);
  if (!data.ok) return data;
  const user = await loadExisting(userPath);
  if (!user.ok) return user;
  return ok({ data: data.value, user: user.value });
}

function passwordOf(doc: LoadedDirectory["parsed"]["doc"], key: string): string | undefined {
  const entry = usersObject(doc).entries.find(([k]) => k === key)?.[1];
  return isJsonObject(entry) ? getString(entry, "password") : undefined;
}

/** The password values a file's backups held for `keys` (each backup read once; unreadable ones skipped). */
async function pastPasswords(path: string, keys: readonly string[], backupDir: string): Promise<Map<string, Set<string | undefined>>> {
  const past = new Map<string, Set<string | undefined>>(keys.map((k) => [k, new Set()]));
  const backups = await listBackups(path, backupDir).catch(() => []);
  for (const backup of backups) {
    const read = await readDirectoryFile(backup.path);
    if (!read.ok) continue;
    const parsed = parseDirectory(read.value.text);
    if (!parsed.ok) continue;
    for (const key of keys) past.get(key)?.add(passwordOf(parsed.value.doc, key));
  }
  return past;
}

async function mtime(path: string): Promise<number | undefined> {
  return stat(path).then((s) => s.mtimeMs, () => undefined);
}

/**
 * For each password difference, which side is newer when something tells: a side whose backups
 * hold the other side's value changed it since (the backups say); otherwise the file written
 * last (only the files' times say, which is a hint: the change may be older than the file).
 */
export async function passwordHints(
  a: LoadedDirectory,
  b: LoadedDirectory,
  differences: readonly Difference[],
  backupDir: string,
): Promise<Readonly<Record<string, NewerHint>>> {
  const keys = differences.flatMap((d) => (d.kind === "password" ? [d.key] : []));
  if (keys.length === 0) return {};
  const pathA = a.location.inForce.path;
  const pathB = b.location.inForce.path;
  const [pastA, pastB, timeA, timeB] = await Promise.all([
    pastPasswords(pathA, keys, backupDir),
    pastPasswords(pathB, keys, backupDir),
    mtime(pathA),
    mtime(pathB),
  ]);
  const hints: Record<string, NewerHint> = {};
  for (const key of keys) {
    const valueA = passwordOf(a.parsed.doc, key);
    const valueB = passwordOf(b.parsed.doc, key);
    const id = `password:${key}`;
    if (pastB.get(key)?.has(valueA)) hints[id] = { newer: "b", by: "backups" };
    else if (pastA.get(key)?.has(valueB)) hints[id] = { newer: "a", by: "backups" };
    else if (timeA !== undefined && timeB !== undefined && timeA !== timeB) hints[id] = { newer: timeA > timeB ? "a" : "b", by: "file-time" };
  }
  return hints;
}

/** Options of `copyDirectory`. */
export interface CopyOptions {
  /** Replace the target when it exists. */
  readonly force?: boolean;
  /** Where the replaced version goes (see saveDirectory). */
  readonly backupDir?: string | null;
}

/**
 * Writes the directory.json in force for `from` as the file `to` (a directory.json path or a
 * Settings folder), byte for byte, through the atomic save. Refuses to replace an existing file
 * without `force`, and a project folder as `to` (say which copy).
 */
export async function copyDirectory(from: string, to: string, options: CopyOptions = {}): Promise<Result<{ from: string; to: string }, Failure>> {
  const source = await loadExisting(from);
  if (!source.ok) return source;
  const target = await locateDirectory(to);
  if (!target.ok) return target;
  const kind = await stat(resolve(to)).then((s) => (s.isDirectory() ? "folder" : "file"), () => "missing");
  const toPath = target.value.inForce.path;
  if (kind === "folder" && resolve(to) !== dirname(toPath)) {
    return fail(
      "copy.target-ambiguous",
      `"${resolve(to)}" is a project: name the copy to write, ${target.value.dataPath ?? "Data/Settings/directory.json"} (data copy) or ${target.value.userPath ?? "Settings/directory.json"} (user copy).`,
      { path: resolve(to) },
    );
  }
  const fromPath = source.value.location.inForce.path;
  if (resolve(fromPath) === resolve(toPath)) {
    return fail("copy.same-file", `"${fromPath}" is both the source and the target of the copy; name another file.`, { path: fromPath });
  }
  const existing = await loadDirectory(toPath);
  if (!existing.ok && !options.force) return existing;
  if (existing.ok && existing.value.revision !== null && !options.force) {
    return fail("copy.exists", `"${toPath}" already exists; add --force to replace it (its current version goes to the backups).`, { path: toPath });
  }
  const base: LoadedDirectory = existing.ok
    ? existing.value
    : { location: target.value, text: "", revision: null, parsed: source.value.parsed };
  const saved = await saveDirectory({ ...base, text: "" }, source.value.parsed.doc, {
    force: options.force === true,
    backupDir: options.backupDir,
  });
  if (!saved.ok) return saved;
  return ok({ from: fromPath, to: saved.value.location.inForce.path });
}

/**
 * Finding a project's directory.json and which copy is in force (docs/directory-json.md §1).
 */
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { DirectoryCopy, DirectoryLocation } from "../../shared/location";
import { fail, ok, type Result } from "../../shared/result";
import { codeOf } from "./fs-like";
import { ioFailure } from "./io-errors";

export type { DirectoryCopy, DirectoryLocation } from "../../shared/location";

const FILE_NAME = "directory.json";

type Kind = "file" | "folder" | "missing";

async function kindOf(path: string): Promise<Kind> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? "folder" : "file";
  } catch (error) {
    const code = codeOf(error);
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    throw error;
  }
}

const named = (path: string, name: string) => basename(path).toLowerCase() === name.toLowerCase();

async function projectFileIn(root: string): Promise<string | undefined> {
  const names = await readdir(join(root, "Project")).catch(() => [] as string[]);
  return names.filter((n) => extname(n).toLowerCase() === ".4dproject").sort()[0];
}

async function isProjectFolder(folder: string): Promise<boolean> {
  if (await projectFileIn(folder)) return true;
  return (await kindOf(join(folder, "Settings"))) === "folder" || (await kindOf(join(folder, "Data"))) === "folder";
}

async function projectNameOf(root: string): Promise<string> {
  const file = await projectFileIn(root);
  return file ? basename(file, extname(file)) : basename(root);
}

/** The project a directory.json path belongs to, deduced from where it sits. */
function copyOfPath(file: string): { copy: DirectoryCopy; root: string | undefined } {
  const settings = dirname(file);
  if (!named(file, FILE_NAME) || !named(settings, "Settings")) return { copy: "file", root: undefined };
  const above = dirname(settings);
  if (named(above, "Data")) return { copy: "data", root: dirname(above) };
  return { copy: "user", root: above };
}

async function fileExists(path: string): Promise<boolean> {
  return (await kindOf(path)) === "file";
}

/** Builds the location of a project root; `chosen` is a copy the person named directly. */
async function locateInProject(
  root: string,
  chosen?: { path: string; copy: "data" | "user" },
  name?: string,
): Promise<DirectoryLocation> {
  const userPath = join(root, "Settings", FILE_NAME);
  const dataPath = join(root, "Data", "Settings", FILE_NAME);
  const userExists = await fileExists(userPath);
  const dataExists = await fileExists(dataPath);
  const projectName = name ?? (await projectNameOf(root));
  const base = { projectRoot: root, projectName, userPath, dataPath };
  if (chosen) {
    const other = chosen.copy === "data" ? { path: userPath, copy: "user" as const, exists: userExists } : { path: dataPath, copy: "data" as const, exists: dataExists };
    return {
      ...base,
      inForce: { path: chosen.path, copy: chosen.copy, exists: chosen.copy === "data" ? dataExists : userExists },
      shadowed: other.exists ? { path: other.path, copy: other.copy } : undefined,
    };
  }
  if (dataExists) {
    return {
      ...base,
      inForce: { path: dataPath, copy: "data", exists: true },
      shadowed: userExists ? { path: userPath, copy: "user" } : undefined,
    };
  }
  return { ...base, inForce: { path: userPath, copy: "user", exists: userExists }, shadowed: undefined };
}

async function locateFile(file: string): Promise<Result<DirectoryLocation>> {
  const { copy, root } = copyOfPath(file);
  if (copy !== "file" && root !== undefined) return ok(await locateInProject(root, { path: file, copy }));
  const exists = await fileExists(file);
  if (!exists && (!named(file, FILE_NAME) || (await kindOf(dirname(file))) !== "folder")) return missing(file);
  return ok({
    projectRoot: undefined,
    projectName: basename(dirname(file)),
    userPath: undefined,
    dataPath: undefined,
    inForce: { path: file, copy: "file", exists },
    shadowed: undefined,
  });
}

function missing(path: string) {
  return fail(
    "not-found",
    `"${path}" does not exist. Check the path, or give the project folder (the one that contains Project/), its .4DProject file or a directory.json file.`,
    { path },
  );
}

/**
 * Finds the directory.json to edit from what the person gave: a project folder, a `.4DProject`
 * file, a `Settings` folder (user or data), or a directory.json path (existing or not).
 *
 * For a project, the data copy is in force when it exists (the user copy, if any, is then
 * `shadowed`); when neither exists the user copy is, with `exists: false`. A Settings folder or a
 * directory.json path is in force as given, and the project's other copy, when it exists, is
 * reported in `shadowed` — see `otherCopyWins` for when that other copy is the one 4D uses.
 */
export async function locateDirectory(target: string): Promise<Result<DirectoryLocation>> {
  const path = resolve(target);
  let kind: Kind;
  try {
    kind = await kindOf(path);
  } catch (error) {
    return ioFailure(error, path, "read");
  }
  try {
    if (kind === "file") {
      if (extname(path).toLowerCase() === ".4dproject") {
        return ok(await locateInProject(dirname(dirname(path)), undefined, basename(path, extname(path))));
      }
      return locateFile(path);
    }
    if (kind === "missing") {
      // A directory.json that does not exist yet is fine ("create directory.json") when the project
      // it belongs to exists (its Settings folder is created on save), or, for a lone file, its folder.
      if (!named(path, FILE_NAME)) return missing(path);
      const { copy, root } = copyOfPath(path);
      if (copy !== "file" && (root === undefined || (await kindOf(root)) !== "folder")) return missing(path);
      return locateFile(path);
    }
    if (named(path, "Settings")) return locateFile(join(path, FILE_NAME));
    if (await projectFileIn(path)) return ok(await locateInProject(path));
    // A Data folder chosen by mistake: its project is the folder above.
    if (named(path, "Data") && (await projectFileIn(dirname(path)))) {
      return ok(await locateInProject(dirname(path)));
    }
    if (await isProjectFolder(path)) return ok(await locateInProject(path));
    return fail(
      "not-a-project",
      `"${path}" is not a 4D project folder: it has no Project/ folder with a .4DProject file, and no Settings or Data folder. Choose the folder that contains Project/, or a directory.json file.`,
      { path },
    );
  } catch (error) {
    return ioFailure(error, path, "read");
  }
}

/**
 * True when the copy being edited is the user copy while the data copy exists: 4D uses the data
 * copy, so edits to this one have no effect until the data copy is removed.
 */
export function otherCopyWins(location: DirectoryLocation): boolean {
  return location.inForce.copy === "user" && location.shadowed?.copy === "data";
}

import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** The project's method names (Project/Sources/Methods/*.4dm), or null when it has no such folder. */
export async function listMethods(projectRoot: string | undefined): Promise<readonly string[] | null> {
  if (!projectRoot) return null;
  try {
    const files = await readdir(join(projectRoot, "Project", "Sources", "Methods"));
    return files.filter((f) => f.endsWith(".4dm")).map((f) => f.slice(0, -4));
  } catch {
    return null;
  }
}

/**
 * The project's `Project/Sources/settings.4DSettings` (as a relative path) when it exists: it may
 * refer to users by number, 1, 2, 3… in directory.json's order (docs/directory-json.md §5.11, inferred), so deleting
 * a user renumbers the ones after it.
 */
export async function userIdsFile(projectRoot: string | undefined): Promise<string | null> {
  if (!projectRoot) return null;
  const relative = join("Project", "Sources", "settings.4DSettings");
  return (await stat(join(projectRoot, relative)).then((s) => s.isFile(), () => false)) ? relative : null;
}

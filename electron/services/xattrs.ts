/**
 * Extended attributes across a replace-by-rename: a save writes a new file, so the attributes of
 * the one it replaces (ACLs in `system.posix_acl_*`, labels, `user.*` notes, macOS tags) would be
 * lost. They are copied onto the temp file before the rename where the platform's own tools can
 * read and write them; those that cannot be copied are named, so the save can say they were
 * dropped.
 *
 * Through the system tools rather than a library: Node has no API for extended attributes, and
 * the maintained addons are native modules the packaged app and the plain-Node command line would
 * have to ship per platform. Linux: `getfattr`/`setfattr` (Debian/Ubuntu package `attr`; when
 * absent, attributes are neither read nor kept, and nothing can be said about them). macOS:
 * `xattr`, always installed. Windows has no such attributes on a file's main stream.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const OPTIONS = { timeout: 5_000, maxBuffer: 16 * 1024 * 1024, encoding: "utf8" as const };

/** One attribute: its name and value as hex. */
export interface Xattr {
  readonly name: string;
  readonly hex: string;
}

/** The extended attributes of `path`, or undefined when this platform's tool is missing or fails. */
export async function readXattrs(path: string, platform = process.platform): Promise<readonly Xattr[] | undefined> {
  try {
    if (platform === "linux") {
      const { stdout } = await run("getfattr", ["--absolute-names", "--dump", "--match=-", "--encoding=hex", "--", path], OPTIONS);
      return stdout
        .split("\n")
        .map((line) => /^([^#=][^=]*)=0x([0-9a-f]*)$/.exec(line))
        .flatMap((m) => (m ? [{ name: m[1] as string, hex: m[2] as string }] : []));
    }
    if (platform === "darwin") {
      const { stdout } = await run("xattr", [path], OPTIONS);
      const names = stdout.split("\n").filter((n) => n !== "");
      const found: Xattr[] = [];
      for (const name of names) {
        const value = await run("xattr", ["-px", name, path], OPTIONS);
        found.push({ name, hex: value.stdout.replace(/\s+/g, "").toLowerCase() });
      }
      return found;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Writes `attributes` on `path`; answers the names that could not be written. */
export async function writeXattrs(path: string, attributes: readonly Xattr[], platform = process.platform): Promise<readonly string[]> {
  const failed: string[] = [];
  for (const { name, hex } of attributes) {
    try {
      if (platform === "linux") await run("setfattr", ["--name", name, "--value", `0x${hex}`, "--", path], OPTIONS);
      else if (platform === "darwin") await run("xattr", ["-wx", name, hex, path], OPTIONS);
      else failed.push(name);
    } catch {
      failed.push(name);
    }
  }
  return failed;
}

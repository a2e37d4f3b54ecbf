import { relative } from "node:path";
import { checkDirectory, type Problem } from "../../../shared/check";
import type { DirectoryLocation } from "../../../shared/location";
import type { LeftoverTemp } from "../../services/file-store";
import { serializeDirectory } from "../../../shared/serialize";
import { CliExit, EXIT } from "../exit";
import type { Io } from "../io";
import { load, save, type SaveFlags } from "../session";

const COPY_NAME = { data: "data Settings", user: "user Settings", file: "file" } as const;

/** "In force: …" and "Shadowed: …" lines for a location. */
export function describeLocation(location: DirectoryLocation): string[] {
  const { inForce, shadowed } = location;
  const lines = [`In force: ${inForce.path} (${COPY_NAME[inForce.copy]}${inForce.exists ? "" : ", does not exist yet"})`];
  if (shadowed) lines.push(`Shadowed: ${shadowed.path} (${COPY_NAME[shadowed.copy]}, not used while the copy above exists)`);
  return lines;
}

/** A sentence for each temp file of an interrupted save found when the file was loaded. */
export function leftoverLines(leftovers: readonly LeftoverTemp[]): string[] {
  return leftovers.map((l) =>
    l.removed
      ? `Removed ${l.path}: a temp copy left by a save that did not finish (process ${l.pid} is gone); it held every password hash of the file.`
      : l.live
        ? `Left ${l.path} alone: process ${l.pid} is saving the file now.`
        : `Could not remove ${l.path}, a temp copy left by a save that did not finish: delete it by hand, it holds every password hash of the file.`,
  );
}

function count(problems: readonly Problem[], severity: Problem["severity"], noun: string): string {
  const n = problems.filter((p) => p.severity === severity).length;
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** `check <target> [--json]`: the copy in force, then every problem; exit 1 if any error. */
export async function check(io: Io, target: string, json: boolean): Promise<number> {
  const loaded = await load(target);
  const path = loaded.location.inForce.path;
  const problems = checkDirectory(loaded.parsed.doc).map((p) => ({ ...p, position: loaded.parsed.locate(p.where.path) }));
  const errors = problems.some((p) => p.severity === "error");
  if (json) {
    const shown = problems.map((p) => ({
      severity: p.severity,
      code: p.code,
      message: p.message,
      line: p.position?.line ?? null,
      column: p.position?.column ?? null,
      path: p.where.path,
    }));
    const leftovers = (loaded.leftovers ?? []).map(({ path: temp, pid, removed, live }) => ({ path: temp, pid, removed, live }));
    io.out(JSON.stringify({ inForce: loaded.location.inForce, shadowed: loaded.location.shadowed ?? null, problems: shown, leftovers }, null, 2));
    return errors ? EXIT.refused : EXIT.ok;
  }
  for (const line of describeLocation(loaded.location)) io.out(line);
  for (const line of leftoverLines(loaded.leftovers ?? [])) io.out(line);
  const place = relative(process.cwd(), path) || path;
  for (const p of problems) {
    const at = p.position ? `${place}:${p.position.line}:${p.position.column}` : place;
    io.out(`${at}: ${p.severity}: ${p.message} [${p.code}]`);
  }
  io.out(problems.length ? `${count(problems, "error", "error")}, ${count(problems, "warning", "warning")}, ${count(problems, "info", "note")}` : "No problems.");
  return errors ? EXIT.refused : EXIT.ok;
}

/** `format <target> [--check]`: rewrites the file in 4D's layout; `--check` only tells (exit 1 if it differs). */
export async function format(io: Io, target: string, checkOnly: boolean, flags: SaveFlags = {}): Promise<number> {
  const loaded = await load(target);
  const path = loaded.location.inForce.path;
  if (!loaded.location.inForce.exists) throw new CliExit(EXIT.unreadable, `${path}: no such file: nothing to format.`);
  const text = serializeDirectory(loaded.parsed.doc);
  if (text === loaded.text) {
    io.out(`${path} is in 4D's layout.`);
    return EXIT.ok;
  }
  if (checkOnly) {
    io.out(`${path} is not in 4D's layout: run \`4d-directory format\` on it.`);
    return EXIT.refused;
  }
  await save(loaded, loaded.parsed.doc, flags);
  io.out(`Formatted ${path}`);
  return EXIT.ok;
}

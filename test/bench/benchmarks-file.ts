// BENCHMARKS.md holds one section per benchmark, between markers, each rewritten by the command
// that measures it (so `npm run bench` and `npm run bench:ui` can run apart). Text outside the
// markers (the reading of the figures) is kept as written.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem, type } from "node:os";
import { join } from "node:path";

// npm scripts run in the repository's folder.
const FILE = join(process.cwd(), "BENCHMARKS.md");

/** The machine, in one line: CPU, cores, memory, load, OS, Node (and Chromium when given). */
export function machine(chromium?: string): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  let browser = "";
  if (chromium) {
    try {
      browser = `, ${execFileSync(chromium, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()} (headless)`;
    } catch {
      browser = `, ${chromium}`;
    }
  }
  const load = loadavg().map((l) => l.toFixed(1)).join(" / ");
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()}, Node ${process.version}${browser}; load average ${load} when the run ended (a shared machine)`;
}

/** Replaces (or appends) the section `name` of BENCHMARKS.md. */
export function writeSection(name: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  let text = existsSync(FILE) ? readFileSync(FILE, "utf8") : "# Benchmarks\n";
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, text);
}

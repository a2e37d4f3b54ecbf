// The UI at 4D's limits: the built renderer against the real main handlers (the e2e harness),
// driven by Playwright in the system Chromium, next to a bare page that shows the same names in
// a plain virtualized list (test/bench/bare-page.ts), in the same browser and run.
//
// Each action is timed in the page: from the timestamp of the input event that starts it
// (pointerdown or keydown) to the first animation frame at which its result is on screen. Between
// actions the page is left to go idle, so work put off until later (checks) is not billed to the
// next action. Heap figures are CDP's used JS heap after a forced garbage collection.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { INVOKE_CHANNELS } from "../../shared/ipc-contract";
import { serializeDirectory } from "../../shared/serialize";
import { CHROMIUM, FLAGS, VIEWPORT } from "../e2e/support/browser";
import { REPO, startHarnessProcess, type HarnessClient } from "../e2e/support/harness-process";
import { buildLargeDirectory } from "../helpers/large-directory";
import { BARE_HTML } from "./bare-page";
import { readFileSync } from "node:fs";

/** What is timed, in the order of a run; the same names for the app and the bare page. */
export const ACTIONS = [
  "open → first list",
  "first keystroke in search",
  "later keystroke in search",
  "clear the search (Esc)",
  "select a user",
  "tick a membership",
  "undo",
  "switch Users → Groups",
  "rename a group",
  "switch Groups → Users",
  "open review",
  "show text diff",
  "save",
  "scroll (mean frame time)",
] as const;
export type Action = (typeof ACTIONS)[number];

/** Heap figures, in MB. */
export const HEAPS = ["heap after open", "heap after 20 edits", "heap after 100 edits"] as const;
export type Heap = (typeof HEAPS)[number];

export interface UiBenchOptions {
  /** Users and groups of each size measured (users include the Designer and the Administrator). */
  readonly sizes: readonly number[];
  /** Runs per size (the median is reported). */
  readonly runs: number;
  /** Edit counts at which the heap is read (in the last run of each size). */
  readonly edits: readonly number[];
  readonly log?: (line: string) => void;
  /**
   * A folder: the first app run of each size records a CPU profile (CDP Profiler) of each action
   * and writes it there as <size>-<action>.cpuprofile, with a summary of the hottest functions.
   */
  readonly profile?: string;
}

/** Medians per size: ms for actions, MB for heaps. */
export interface SizeFigures {
  readonly size: number;
  readonly app: Partial<Record<Action | Heap, number>>;
  readonly bare: Partial<Record<Action | Heap, number>>;
}

const TIMEOUT = 120_000;

// Installed in every page: remembers when the first input event after `arm` happened, and from
// then on checks the armed condition at every animation frame, so the end is the first frame that
// shows the result (not the moment a poll from Playwright, a round trip away, gets to look).
// While a profile is recorded, each end is also marked by a named function busy for 1 ms, which
// the profile's samples show: the summary counts only what ran from the action's input to it.
const PROBE = `(() => {
  const b = (window.__bench = { start: 0, end: 0, armed: false, until: null, arg: null, profiling: false });
  const mark = (e) => { if (b.armed && !b.start) b.start = e.timeStamp; };
  for (const type of ["pointerdown", "keydown", "mousedown"]) window.addEventListener(type, mark, true);
  const benchEndMarker = () => { const t = performance.now(); while (performance.now() - t < 1); };
  const frame = () => {
    if (b.armed && b.start && !b.end && b.until && b.until(b.arg)) {
      b.end = performance.now();
      if (b.profiling) benchEndMarker();
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Probe {
  profiling: boolean;
  start: number;
  end: number;
  armed: boolean;
  until: ((arg: unknown) => boolean) | null;
  arg: unknown;
}

async function arm(page: Page, until: string, arg: unknown): Promise<void> {
  await page.evaluate(
    ({ src, arg }) => {
      const b = (window as unknown as { __bench: Probe }).__bench;
      b.start = 0;
      b.end = 0;
      b.until = (0, eval)(src) as (arg: unknown) => boolean;
      b.arg = arg;
      b.armed = true;
    },
    { src: until, arg },
  );
}

/**
 * Times one action: `act` performs the input (through Playwright, as a person would), `until`
 * (page-side source of a function of `arg`) says when its result shows. Returns ms.
 */
async function timed(page: Page, act: () => Promise<void>, until: string, arg: unknown = null): Promise<number> {
  const profiler = profilers.get(page);
  await profiler?.start();
  await arm(page, until, arg);
  await act();
  await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.end > 0, null, { polling: 50, timeout: TIMEOUT });
  const ms = await page.evaluate(() => {
    const b = (window as unknown as { __bench: Probe }).__bench;
    b.armed = false;
    return b.end - b.start;
  });
  await profiler?.stop(ms);
  await idle(page);
  return ms;
}

/** A CPU profiler of one page, recording the action being timed (see `UiBenchOptions.profile`). */
interface ActionProfiler {
  start(): Promise<void>;
  stop(ms: number): Promise<void>;
}
const profilers = new WeakMap<Page, ActionProfiler>();

/** The functions with the most self time in a CDP profile (idle, program and GC kept apart). */
export function hottest(
  profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] },
  ms?: number,
  top = 12,
): { what: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let t = 0;
  for (const d of deltas) times.push((t += d / 1000));
  // The action's window: the `ms` before the end marker (the whole profile without one).
  const end = samples.findIndex((id) => byId.get(id)?.callFrame.functionName === "benchEndMarker");
  const to = end >= 0 ? times[end]! : Infinity;
  const from = end >= 0 && ms !== undefined ? to - ms : -Infinity;
  const self = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node || times[i]! < from || times[i]! >= to) continue;
    const f = node.callFrame;
    const file = f.url.split("/").pop() ?? "";
    const what = f.url ? `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}` : f.functionName;
    // A sample's time is the delta to the next one.
    self.set(what, (self.get(what) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...self.entries()].map(([what, ms]) => ({ what, ms })).sort((a, b) => b.ms - a.ms).slice(0, top);
}

/** Installs a profiler on `page` that writes one profile per timed action into `folder`. */
async function profileActions(page: Page, folder: string, size: number, log: (line: string) => void): Promise<() => Promise<void>> {
  mkdirSync(folder, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  let n = 0;
  const summary: string[] = [];
  profilers.set(page, {
    async start() {
      await page.evaluate(() => ((window as unknown as { __bench: Probe }).__bench.profiling = true));
      await cdp.send("Profiler.start");
    },
    async stop(ms) {
      const { profile } = (await cdp.send("Profiler.stop")) as { profile: Parameters<typeof hottest>[0] };
      const name = `${size}-${String(++n).padStart(2, "0")} ${ACTIONS[n - 1] ?? "action"}`.replace(/[^\w.-]+/g, "-");
      writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
      summary.push(`## ${ACTIONS[n - 1] ?? name} at ${size}/${size}: ${ms.toFixed(0)} ms (${name}.cpuprofile)`, ...hottest(profile, ms).map((h) => `- ${h.ms.toFixed(1)} ms  ${h.what}`), "");
    },
  });
  return async () => {
    profilers.delete(page);
    await cdp.detach().catch(() => {});
    writeFileSync(join(folder, `${size}-summary.md`), summary.join("\n"));
    log(`bench:ui profiles written to ${folder}`);
  };
}

/** Resolves once the page draws three frames in a row without a long task between them (deferred work done), 5 s at most. */
async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const until = performance.now() + 5000;
        let last = performance.now();
        let calm = 0;
        const frame = (ts: number) => {
          calm = ts - last < 50 ? calm + 1 : 0;
          last = ts;
          if (calm >= 3 || ts > until) done();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Used JS heap after a full garbage collection, in MB. */
async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return usage.usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}

/** Mean interval between frames while the list scrolls 7 rows per frame for 120 frames. */
async function scrollFrames(page: Page, listSelector: string): Promise<number> {
  return page.evaluate(
    (selector) =>
      new Promise<number>((done) => {
        const list = document.querySelector(selector) as HTMLElement;
        let el: HTMLElement | null = list;
        while (el && el.scrollHeight <= el.clientHeight + 1) el = el.parentElement;
        const scroller = el ?? list;
        const stamps: number[] = [];
        const frame = (ts: number) => {
          stamps.push(ts);
          scroller.scrollTop += 7 * 28;
          if (stamps.length < 121) requestAnimationFrame(frame);
          else done((stamps[stamps.length - 1]! - stamps[0]!) / (stamps.length - 1));
        };
        requestAnimationFrame(frame);
      }),
    listSelector,
  );
}

// Page-side conditions (plain JavaScript source, evaluated in the page).
const FIRST_OPTION_STARTS = `(a) => { const o = document.querySelector(a.list + ' [role="option"]'); return o && o.checkVisibility() && o.textContent.trim().startsWith(a.text); }`;
const FIRST_OPTION_IS = `(a) => { const o = document.querySelector(a.list + ' [role="option"]'); return o && o.checkVisibility() && o.textContent.trim() === a.text; }`;
// Only what is drawn counts: a page kept hidden while another shows still holds its list.
const EXISTS = `(s) => [...document.querySelectorAll(s)].some((e) => e.checkVisibility())`;
const GONE = `(s) => document.querySelector(s) === null`;
const CHECKED = `(a) => { const c = document.querySelectorAll(a.sel)[a.i]; return c && c.checked === a.on; }`;

const USERS = '[role="listbox"][aria-label="Users"]';
const GROUPS = '[role="listbox"][aria-label="Groups"]';
const MEMBER_BOXES = '[role="group"][aria-label="Member of groups"] input[type="checkbox"]';

function apiScript(): string {
  const source = readFileSync(join(REPO, "test", "e2e", "http-api.js"), "utf8");
  return `${source}\ninstallHttpApi(${JSON.stringify(Object.keys(INVOKE_CHANNELS))});`;
}

/**
 * The group of the first member box that is neither ticked nor greyed, scrolled into view first
 * (untimed) when the list holds it below the fold: a box of a windowed list clicked out of view
 * would scroll the list during the timed click.
 */
async function firstFreeBox(page: Page, selector: string): Promise<string> {
  for (let tries = 0; tries < 50; tries++) {
    const name = await page.evaluate((sel) => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>(sel)];
      const free = boxes.find((c) => !c.checked && !c.disabled);
      const label = free?.closest("label");
      if (label) {
        label.scrollIntoView({ block: "nearest" });
        return label.querySelector(".member-name")?.textContent ?? null;
      }
      // Every box drawn is ticked (a user in many groups): a screenful further down.
      const list = boxes[0]?.closest<HTMLElement>('[role="group"]');
      if (list) list.scrollTop += list.clientHeight;
      return null;
    }, selector);
    await idle(page);
    if (name !== null) return name;
  }
  throw new Error("no free membership box");
}

async function clickBox(page: Page, selector: string, group: string): Promise<void> {
  await page.locator(selector).and(page.getByRole("checkbox", { name: group, exact: true })).locator("xpath=ancestor::label[1]").click();
}

/** Page-side: the member box of group `a.name` is drawn and ticked (`a.on`) or not. */
const BOX_IS = `(a) => { const c = [...document.querySelectorAll(a.sel)].find((c) => c.closest("label")?.querySelector(".member-name")?.textContent === a.name); return c !== undefined && c.checked === a.on; }`;

/** One run of the app: opens `folder`, does every action once, returns ms (and MB). */
async function appRun(
  context: BrowserContext,
  harness: HarnessClient,
  folder: string,
  edits: readonly number[],
  profile?: { folder: string; size: number; log: (line: string) => void },
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const page = await context.newPage();
  const endProfile = profile ? await profileActions(page, profile.folder, profile.size, profile.log) : undefined;
  page.setDefaultTimeout(TIMEOUT);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript({ content: apiScript() + PROBE });
  await page.goto(harness.url);
  await harness.waitForListeners();
  await harness.choose(folder);
  try {
    await page.getByRole("button", { name: "Open Project…", exact: true }).waitFor();
    out["open → first list"] = await timed(page, () => page.getByRole("button", { name: "Open Project…", exact: true }).click(), EXISTS, `${USERS} [role="option"]`);
    out["heap after open"] = await heap(page);

    const search = page.getByRole("searchbox", { name: "Search — Users" });
    await search.click();
    out["first keystroke in search"] = await timed(page, () => page.keyboard.press("7"), FIRST_OPTION_STARTS, { list: USERS, text: "user-7" });
    out["later keystroke in search"] = await timed(page, () => page.keyboard.press("7"), FIRST_OPTION_STARTS, { list: USERS, text: "user-77" });
    out["clear the search (Esc)"] = await timed(page, () => page.keyboard.press("Escape"), FIRST_OPTION_STARTS, { list: USERS, text: "Designer" });

    const user = "user-5";
    await page.locator(`${USERS} [role="option"]`, { hasText: new RegExp(`^${user}(?![0-9])`) }).waitFor({ state: "attached", timeout: 3000 }).catch(async () => {
      // A list that kept its scroll position while filtered: back to the top, untimed.
      await page.evaluate((sel) => {
        let el = document.querySelector(sel) as HTMLElement | null;
        while (el && el.scrollHeight <= el.clientHeight + 1) el = el.parentElement;
        if (el) el.scrollTop = 0;
      }, USERS);
    });
    out["select a user"] = await timed(
      page,
      () => page.locator(`${USERS} [role="option"]`, { hasText: new RegExp(`^${user}(?![0-9])`) }).click(),
      EXISTS,
      `[aria-label="Properties of ${user}"]`,
    );
    const box = await firstFreeBox(page, MEMBER_BOXES);
    out["tick a membership"] = await timed(page, () => clickBox(page, MEMBER_BOXES, box), BOX_IS, { sel: MEMBER_BOXES, name: box, on: true });
    out["undo"] = await timed(page, () => page.getByRole("button", { name: "Undo", exact: true }).click(), BOX_IS, { sel: MEMBER_BOXES, name: box, on: false });
    await clickBox(page, MEMBER_BOXES, box);
    await page.waitForFunction(`(${BOX_IS})(${JSON.stringify({ sel: MEMBER_BOXES, name: box, on: true })})`);
    await idle(page);

    out["switch Users → Groups"] = await timed(page, () => page.getByRole("tab", { name: "Groups", exact: true }).click(), EXISTS, `${GROUPS} [role="option"]`);
    const nameField = page.getByRole("textbox", { name: "Group name", exact: true });
    const first = await nameField.inputValue();
    await nameField.fill(`${first}x`);
    await idle(page);
    out["rename a group"] = await timed(page, () => nameField.press("Enter"), FIRST_OPTION_STARTS, { list: GROUPS, text: `${first}x` });
    out["switch Groups → Users"] = await timed(page, () => page.getByRole("tab", { name: "Users", exact: true }).click(), EXISTS, `${USERS} [role="option"]`);

    out["open review"] = await timed(page, () => page.getByRole("button", { name: "Review & Save", exact: true }).click(), EXISTS, '[role="dialog"] .change-log li');
    out["show text diff"] = await timed(page, () => page.getByRole("button", { name: "Show text diff" }).click(), EXISTS, '[role="region"][aria-label="Text diff of directory.json"]');
    out["save"] = await timed(page, () => page.getByRole("dialog").getByRole("button", { name: "Save", exact: true }).click(), GONE, '[role="dialog"]');
    out["scroll (mean frame time)"] = await scrollFrames(page, USERS);
    await endProfile?.();

    if (edits.length > 0) {
      await page.locator(`${USERS} [role="option"]`).first().waitFor();
      await page.evaluate((sel) => ((document.querySelector(sel) as HTMLElement).scrollTop = 0), USERS);
      await page.getByRole("searchbox", { name: "Search — Users" }).fill(user);
      await page.locator(`${USERS} [role="option"]`, { hasText: new RegExp(`^${user}(?![0-9])`) }).click();
      await page.getByRole("searchbox", { name: "Search — Users" }).fill("");
      const i = await firstFreeBox(page, MEMBER_BOXES);
      for (let n = 1; n <= Math.max(...edits); n++) {
        await clickBox(page, MEMBER_BOXES, i);
        await page.waitForFunction(`(${BOX_IS})(${JSON.stringify({ sel: MEMBER_BOXES, name: i, on: n % 2 === 1 })})`);
        if (edits.includes(n)) {
          await idle(page);
          out[`heap after ${n} edits`] = await heap(page);
        }
      }
    }
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join("; ")}`);
    return out;
  } finally {
    await page.close();
  }
}

/** One run of the bare page on the same file text. */
async function bareRun(context: BrowserContext, text: string, edits: readonly number[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.route("http://bare.test/**", (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/directory.json") return route.fulfill({ contentType: "application/json", body: text });
    if (url.pathname === "/save") return route.fulfill({ contentType: "text/plain", body: String(route.request().postData()?.length ?? 0) });
    return route.fulfill({ contentType: "text/html", body: BARE_HTML });
  });
  await page.addInitScript({ content: PROBE });
  await page.goto("http://bare.test/");
  try {
    const LIST = '[role="listbox"]';
    out["open → first list"] = await timed(page, () => page.click("#open"), EXISTS, `${LIST} [role="option"]`);
    out["heap after open"] = await heap(page);
    await page.click("#q");
    out["first keystroke in search"] = await timed(page, () => page.keyboard.press("7"), FIRST_OPTION_STARTS, { list: LIST, text: "user-7" });
    out["later keystroke in search"] = await timed(page, () => page.keyboard.press("7"), FIRST_OPTION_STARTS, { list: LIST, text: "user-77" });
    out["clear the search (Esc)"] = await timed(page, () => page.keyboard.press("Escape"), FIRST_OPTION_IS, { list: LIST, text: "designer" });
    out["select a user"] = await timed(page, () => page.locator(`${LIST} [role="option"]`, { hasText: /^user-5$/ }).click(), EXISTS, "#detail h2");
    const BOXES = "#detail input[type=checkbox]";
    out["tick a membership"] = await timed(page, () => page.locator(BOXES).first().click(), CHECKED, { sel: BOXES, i: 0, on: true });
    out["undo"] = await timed(page, () => page.locator(BOXES).first().click(), CHECKED, { sel: BOXES, i: 0, on: false });
    out["switch Users → Groups"] = await timed(page, () => page.click("#switch"), FIRST_OPTION_STARTS, { list: LIST, text: "Division" });
    await page.locator(`${LIST} [role="option"]`).first().click();
    const first = await page.locator("#name").inputValue();
    await page.locator("#name").fill(`${first}x`);
    out["rename a group"] = await timed(page, () => page.locator("#name").press("Enter"), FIRST_OPTION_IS, { list: LIST, text: `${first}x` });
    out["switch Groups → Users"] = await timed(page, () => page.click("#switch"), FIRST_OPTION_IS, { list: LIST, text: "designer" });
    out["open review"] = await timed(page, () => page.click("#review"), EXISTS, "dialog[open] li");
    out["show text diff"] = await timed(page, () => page.click("#diff"), `() => document.getElementById("diffText").textContent !== ""`);
    out["save"] = await timed(page, () => page.click("#save"), `() => document.getElementById("save").dataset.saved && !document.getElementById("dlg").open`);
    out["scroll (mean frame time)"] = await scrollFrames(page, LIST);
    if (edits.length > 0) {
      await page.locator(`${LIST} [role="option"]`).first().click();
      for (let n = 1; n <= Math.max(...edits); n++) {
        await page.locator(BOXES).first().click();
        if (edits.includes(n)) out[`heap after ${n} edits`] = await heap(page);
      }
    }
    return out;
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function medians(runs: Record<string, number>[]): Record<string, number> {
  const keys = new Set(runs.flatMap((r) => Object.keys(r)));
  return Object.fromEntries([...keys].map((k) => [k, median(runs.flatMap((r) => (r[k] === undefined ? [] : [r[k]!])))]));
}

/** Runs the benchmark: for each size, `runs` app runs and `runs` bare runs, interleaved. */
export async function runUiBench(options: UiBenchOptions): Promise<SizeFigures[]> {
  const log = options.log ?? (() => {});
  const profile = mkdtempSync(join(tmpdir(), "4dde-bench-chromium-"));
  const work = mkdtempSync(join(tmpdir(), "4dde-bench-ui-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: VIEWPORT,
    locale: "en-US",
    deviceScaleFactor: 1,
    bypassCSP: true,
  });
  const harness = await startHarnessProcess();
  const figures: SizeFigures[] = [];
  try {
    for (const size of options.sizes) {
      const text = serializeDirectory(buildLargeDirectory({ users: size - 2, groups: size }));
      const app: Record<string, number>[] = [];
      const bare: Record<string, number>[] = [];
      for (let run = 0; run < options.runs; run++) {
        const last = run === options.runs - 1;
        const folder = join(work, `${size}-${run}`);
        mkdirSync(join(folder, "Settings"), { recursive: true });
        writeFileSync(join(folder, "Settings", "directory.json"), text);
        bare.push(await bareRun(context, text, last ? options.edits : []));
        const profile = options.profile && run === 0 ? { folder: options.profile, size, log } : undefined;
        app.push(await appRun(context, harness, folder, last ? options.edits : [], profile));
        log(`bench:ui ${size}/${size} run ${run + 1}/${options.runs}: open ${app[run]!["open → first list"]!.toFixed(0)} ms (bare ${bare[run]!["open → first list"]!.toFixed(0)} ms)`);
      }
      figures.push({ size, app: medians(app), bare: medians(bare) });
      log(`bench:ui ${size}/${size} medians ${JSON.stringify(figures[figures.length - 1])}`);
    }
  } finally {
    await harness.stop();
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
  return figures;
}

const k = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
const num = (n: number | undefined, digits = 0) => (n === undefined ? "—" : n.toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ","));

/** The table as Markdown: one row per action, median ms per size, bare page and ratio at the largest, growth. */
export function uiTable(figures: readonly SizeFigures[]): string {
  const largest = figures[figures.length - 1]!;
  const smallest = figures[0]!;
  const head = `| action | ${figures.map((f) => `${k(f.size)}/${k(f.size)}`).join(" | ")} | bare page ${k(largest.size)} | ratio | growth ${k(smallest.size)}→${k(largest.size)} |`;
  const rule = `|---|${figures.map(() => "---:").join("|")}|---:|---:|---:|`;
  const lines = [head, rule];
  for (const what of [...ACTIONS, ...HEAPS]) {
    const unit = what.startsWith("heap") ? " MB" : " ms";
    const digits = what.startsWith("scroll") || what.startsWith("heap") ? 1 : 0;
    const a = largest.app[what];
    const b = largest.bare[what];
    const s = smallest.app[what];
    lines.push(
      `| ${what} | ${figures.map((f) => num(f.app[what], digits) + unit).join(" | ")} | ${num(b, digits)}${unit} | ${a !== undefined && b ? (a / b).toFixed(1) + "×" : "—"} | ${a !== undefined && s ? (a / s).toFixed(1) + "×" : "—"} |`,
    );
  }
  return lines.join("\n");
}

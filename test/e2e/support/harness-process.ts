import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { EventContract } from "../../../shared/ipc-contract";
import type { HarnessState } from "../harness/server";

/** The repository's root folder. */
export const REPO = resolve(__dirname, "../../..");

/** Built files the e2e run needs (scripts/e2e.mjs builds them). */
export const BUILT = {
  harness: join(REPO, "out", "e2e", "harness.js"),
  renderer: join(REPO, "out", "renderer"),
  main: join(REPO, "out", "main", "index.js"),
};

/** The bundled sample project. */
export const SAMPLE = join(REPO, "build", "sample-project");

/** The harness as a test sees it: its URL and folders, and the /test/* controls. */
export interface HarnessClient {
  readonly url: string;
  readonly root: string;
  readonly sampleTarget: string;
  /** What the next "Open…" dialog answers (null: cancelled). */
  choose(path: string | null): Promise<void>;
  /** Pushes a main → renderer event to the page. */
  emit<E extends keyof EventContract>(event: E, payload: EventContract[E]): Promise<void>;
  /** The window state the page reported, and the requests it made. */
  state(): Promise<HarnessState>;
  /** Waits until the page listens to events (they would be lost before). */
  waitForListeners(): Promise<void>;
  stop(): Promise<void>;
}

async function post(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
}

/** Starts out/e2e/harness.js in its own process (as Electron's main is) with fresh temp folders. */
export async function startHarnessProcess(): Promise<HarnessClient> {
  for (const path of [BUILT.harness, join(BUILT.renderer, "index.html")]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run the e2e suite with \`npm run test:e2e\` (it builds first).`);
  }
  const child: ChildProcess = spawn(process.execPath, [BUILT.harness, "--renderer", BUILT.renderer, "--sample", SAMPLE], {
    cwd: REPO,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const first = await new Promise<string>((done, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", (line) => done(line));
    child.once("exit", (code) => reject(new Error(`the harness exited (code ${code}) before listening`)));
  });
  const { url, root, sampleTarget } = JSON.parse(first) as { url: string; root: string; sampleTarget: string };
  const client: HarnessClient = {
    url,
    root,
    sampleTarget,
    choose: (path) => post(`${url}test/choose`, { path }),
    emit: (event, payload) => post(`${url}test/emit`, { event, payload }),
    state: async () => (await (await fetch(`${url}test/state`)).json()) as HarnessState,
    waitForListeners: async () => {
      for (let i = 0; i < 100; i++) {
        if ((await client.state()).clients > 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error("the page never subscribed to /events");
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.stdin?.end();
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
  return client;
}

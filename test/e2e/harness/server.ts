/**
 * The end-to-end harness: the built renderer and the REAL main-process handlers, served over HTTP
 * on 127.0.0.1 so a real Chromium drives the app as Electron would.
 *
 * - GET /…            → files of the built renderer (out/renderer)
 * - POST /api/<method> → the handler of that contract method (argument validated like main/ipc.ts)
 * - GET /events        → Server-Sent Events: fileChanged (real chokidar watcher), menuCommand and
 *                        openRequested (pushed by tests through POST /test/emit)
 * - /test/*            → what the tests steer or read: the open dialog's answer, the window state.
 *
 * Page and API share one origin, so the renderer's CSP (connect-src 'self') holds unchanged.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventContract, type InvokeContract } from "../../../shared/ipc-contract";
import { dispatch } from "../../../electron/services/dispatch";
import { rendererFile } from "../../../electron/services/app-url";
import { fail } from "../../../shared/result";
import { DirectoryService } from "../../../electron/services/directory-service";
import { createHandlers } from "../../../electron/services/handlers";
import { AppStateStore } from "../../../electron/services/settings-store";
import { watchFile } from "../../../electron/services/watcher";

/** Where the harness finds the app, and where it keeps its scratch files. */
export interface HarnessOptions {
  /** The built renderer (index.html and assets). */
  readonly rendererDir: string;
  /** The bundled sample project (build/sample-project). */
  readonly sampleSource: string;
  /** A folder for backups, the sample copy and the app state; a fresh temp folder by default. */
  readonly root?: string;
}

/** What the window host recorded: the tests read it through GET /test/state. */
export interface HarnessState {
  readonly title: string | null;
  readonly dirty: boolean;
  readonly closed: boolean;
  /** The language the page told the host (setLanguage), or null before it did. */
  readonly language: string | null;
  /** Connected event streams (a page subscribes once it is up). */
  readonly clients: number;
  /** Every request the page made, in order (method names only: never a password). */
  readonly calls: readonly string[];
}

/** A running harness. */
export interface Harness {
  readonly url: string;
  readonly root: string;
  /** Where openSample copies the sample project. */
  readonly sampleTarget: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const MAX_BODY = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("request body too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolveBody(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}

function isMethod(name: string): name is keyof InvokeContract {
  return Object.hasOwn(INVOKE_CHANNELS, name);
}

function isEvent(name: unknown): name is keyof EventContract {
  return typeof name === "string" && Object.hasOwn(EVENT_CHANNELS, name);
}

/** Starts the harness on 127.0.0.1 and a free port. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const root = options.root ?? (await mkdtemp(join(tmpdir(), "4dde-e2e-")));
  const ownsRoot = options.root === undefined;
  const rendererDir = resolve(options.rendererDir);
  const sampleTarget = join(root, "Sample Project");
  const clients = new Set<ServerResponse>();
  const calls: string[] = [];
  let chosen: string | null = null;
  let host = { title: null as string | null, dirty: false, closed: false, language: null as string | null };

  const broadcast = <E extends keyof EventContract>(event: E, payload: EventContract[E]) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of clients) client.write(frame);
  };

  const state = new AppStateStore(join(root, "state.json"));
  await state.load();
  const service = new DirectoryService({
    backupDir: join(root, "backups"),
    sample: { source: resolve(options.sampleSource), target: sampleTarget },
    watch: watchFile,
    onFileChanged: (revision) => broadcast("fileChanged", { revision }),
    onAuditProgress: (done, total) => broadcast("auditProgress", { done, total }),
  });
  const handlers = createHandlers(service, state, {
    chooseProject: async () => chosen,
    chooseCompareFile: async () => chosen,
    chooseCsv: async () => chosen,
    setDocumentState: (title, dirty) => {
      host = { ...host, title, dirty };
    },
    closeWindow: () => {
      host = { ...host, closed: true };
    },
    setLanguage: (language) => {
      host = { ...host, language };
    },
  });

  // The same dispatch as main/ipc.ts: validated argument, errors as Result values.
  async function invoke(method: keyof InvokeContract, body: string): Promise<unknown> {
    calls.push(method);
    let arg: unknown;
    try {
      arg = body === "" ? null : JSON.parse(body);
    } catch {
      return fail("bad-request", `Request ${method} refused: its body is not JSON.`);
    }
    return dispatch(handlers, method, arg);
  }

  async function serveFile(pathname: string, res: ServerResponse): Promise<void> {
    // The same path decision as the app:// protocol in Electron.
    const wanted = rendererFile(rendererDir, pathname);
    if (wanted === undefined) {
      res.writeHead(403).end();
      return;
    }
    try {
      const bytes = await readFile(wanted);
      res.writeHead(200, { "content-type": TYPES[extname(wanted)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(bytes);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${pathname}`);
    }
  }

  function openEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    res.write(": connected\n\n");
    clients.add(res);
    req.on("close", () => clients.delete(res));
  }

  async function control(route: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (route === "state" && req.method === "GET") {
      const snapshot: HarnessState = { ...host, clients: clients.size, calls: [...calls] };
      sendJson(res, 200, snapshot);
      return;
    }
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    const body = JSON.parse((await readBody(req)) || "null") as Record<string, unknown> | null;
    if (route === "choose") {
      chosen = typeof body?.path === "string" ? body.path : null;
      sendJson(res, 200, { ok: true });
    } else if (route === "emit" && isEvent(body?.event)) {
      broadcast(body.event, body.payload as never);
      sendJson(res, 200, { ok: true, clients: clients.size });
    } else {
      res.writeHead(404).end();
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const origin = req.headers.origin;
    // Only the harness's own page may call the API (a browser tab on another site cannot).
    if (origin !== undefined && origin !== `http://${req.headers.host}`) {
      res.writeHead(403).end();
      return;
    }
    const route = url.pathname.split("/").filter(Boolean);
    const handle = async () => {
      if (route[0] === "api" && route.length === 2 && req.method === "POST") {
        const method = route[1]!;
        if (!isMethod(method)) return sendJson(res, 404, fail("bad-request", `No request is called ${method}.`));
        return sendJson(res, 200, await invoke(method, await readBody(req)));
      }
      if (url.pathname === "/events" && req.method === "GET") return openEvents(req, res);
      // Chromium asks every site for one; Electron does not. No icon, and no 404 in the console.
      if (url.pathname === "/favicon.ico") return void res.writeHead(204).end();
      if (route[0] === "test" && route.length === 2) return control(route[1]!, req, res);
      if (req.method === "GET") return serveFile(url.pathname, res);
      res.writeHead(405).end();
    };
    handle().catch((error: unknown) => {
      console.error("[harness]", error instanceof Error ? error.message : error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    root,
    sampleTarget,
    close: async () => {
      service.close();
      for (const client of clients) client.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      if (ownsRoot) await rm(root, { recursive: true, force: true });
    },
  };
}

import { EVENT_CHANNELS, INVOKE_CHANNELS, type InvokeHandlers } from "../../shared/ipc-contract";
import { ok } from "../../shared/result";

// Electron cannot run here: its two modules that talk IPC are tested against a stand-in of the
// `electron` module that records what they register and expose.
const registered = new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>();
const exposed: Record<string, unknown> = {};
const invoked: [string, unknown][] = [];
type Listener = (event: unknown, payload: unknown) => void;
// Like Electron's ipcRenderer (an EventEmitter): several listeners per channel, removed one by one.
const listeners = new Map<string, Set<Listener>>();
const emit = (channel: string, payload: unknown) => [...(listeners.get(channel) ?? [])].forEach((fn) => fn({ sender: "main" }, payload));
vi.mock("electron", () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, arg: unknown) => Promise<unknown>) => registered.set(channel, fn) },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: async (channel: string, arg: unknown) => (invoked.push([channel, arg]), ok(channel)),
    on: (channel: string, fn: Listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(fn)),
    removeListener: (channel: string, fn: Listener) => listeners.get(channel)?.delete(fn),
  },
}));

describe("main/ipc.ts", () => {
  it("registers one handler per contract method, checks the sender, then validates the argument", async () => {
    const { registerIpc } = await import("../../electron/main/ipc");
    const calls: unknown[] = [];
    const handlers = Object.fromEntries(Object.keys(INVOKE_CHANNELS).map((m) => [m, async (arg: unknown) => (calls.push(arg), ok(m))])) as unknown as InvokeHandlers;
    registerIpc(handlers, (event) => (event as unknown as { trusted: boolean }).trusted);
    expect([...registered.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());

    const open = registered.get(INVOKE_CHANNELS.openProject)!;
    expect(await open({ trusted: false }, { target: "/p" })).toMatchObject({ ok: false, error: { code: "untrusted-sender" } });
    expect(await open({ trusted: true }, { target: 7 })).toMatchObject({ ok: false, error: { code: "bad-request" } });
    expect(calls).toEqual([]);
    expect(await open({ trusted: true }, { target: "/p" })).toEqual(ok("openProject"));
    expect(calls).toEqual([{ target: "/p" }]);
  });
});

describe("preload", () => {
  it("exposes one function per contract method and `on`, nothing else; the event is never passed on", async () => {
    await import("../../electron/preload/index");
    const api = exposed.api as Record<string, (arg?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), "on"].sort());
    await api.reload!();
    await api.openProject!({ target: "/p" });
    expect(invoked).toEqual([
      [INVOKE_CHANNELS.reload, null],
      [INVOKE_CHANNELS.openProject, { target: "/p" }],
    ]);

    const on = api.on as unknown as (e: string, cb: (p: unknown) => void) => () => void;
    const heard: unknown[] = [];
    const alsoHeard: unknown[] = [];
    const off = on("fileChanged", (p) => heard.push(p));
    const offOther = on("fileChanged", (p) => alsoHeard.push(p));
    emit(EVENT_CHANNELS.fileChanged, { revision: null });
    expect(heard).toEqual([{ revision: null }]);
    // Unsubscribing removes that listener, and only it: the other keeps hearing.
    off();
    emit(EVENT_CHANNELS.fileChanged, { revision: "r2" });
    expect(heard).toEqual([{ revision: null }]);
    expect(alsoHeard).toEqual([{ revision: null }, { revision: "r2" }]);
    offOther();
    expect(listeners.get(EVENT_CHANNELS.fileChanged)?.size).toBe(0);
  });
});

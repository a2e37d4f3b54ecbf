import type { DirectoryDocument } from "../../shared/document";
import type { Api, EventContract, InvokeContract, Snapshot } from "../../shared/ipc-contract";
import { parseDirectory } from "../../shared/parse";
import { fail, ok } from "../../shared/result";
import { realFixture } from "./fixtures";

/** A snapshot of a document as main would send it (paths are made up; no hashes are hidden here). */
export function snapshotOf(document: DirectoryDocument, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    location: {
      projectRoot: "/projects/Demo",
      projectName: "Demo",
      userPath: "/projects/Demo/Settings/directory.json",
      dataPath: "/projects/Demo/Data/Settings/directory.json",
      inForce: { path: "/projects/Demo/Settings/directory.json", copy: "user", exists: true },
      shadowed: undefined,
    },
    document,
    revision: "a".repeat(64),
    methods: null,
    userIdsFile: null,
    savedAt: null,
    ...overrides,
  };
}

/** The snapshot of a real fixture, by a unique part of its name. */
export function fixtureSnapshot(part: string, overrides: Partial<Snapshot> = {}): Snapshot {
  const parsed = parseDirectory(realFixture(part).text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return snapshotOf(parsed.value.doc, overrides);
}

type Calls = { [M in keyof InvokeContract]?: Parameters<InvokeContract[M]>[0][] };

/**
 * An in-memory API for store and component tests: opening answers `snapshot`, saving answers
 * the saved draft, and every call is recorded in `calls`. `emit` plays a main → renderer event.
 */
export function fakeApi(snapshot: Snapshot, overrides: Partial<Api> = {}) {
  const calls: Calls = {};
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const record = <M extends keyof InvokeContract>(method: M, arg: Parameters<InvokeContract[M]>[0]) => {
    ((calls[method] ??= []) as unknown[]).push(arg);
  };
  let tokens = 0;
  const hidden = new Map<string, readonly string[]>();
  const api: Api = {
    chooseProject: async (arg) => (record("chooseProject", arg), ok("/projects/Demo")),
    openProject: async (arg) => (record("openProject", arg), ok(snapshot)),
    openSample: async (arg) => (record("openSample", arg), ok(snapshot)),
    reload: async (arg) => (record("reload", arg), ok(snapshot)),
    readDisk: async (arg) => (record("readDisk", arg), ok(snapshot)),
    save: async (arg) => (record("save", arg), ok({ revision: "b".repeat(64), location: snapshot.location, savedAt: Date.now(), passwords: [] })),
    preparePassword: async (arg) => (record("preparePassword", { ...arg, password: "(hidden)" }), ok({ token: `‹new ${arg.form} t${++tokens}›`, notes: [] })),
    // The structural findings are the renderer's own; the guessed ones need main: none here.
    audit: async (arg) => (record("audit", { ...arg, draft: "(draft)" as never }), ok({ findings: [], bcryptTried: 0, bcryptNotTried: 0, cancelled: false })),
    cancelAudit: async (arg) => (record("cancelAudit", arg), ok(null)),
    hiddenProblemKinds: async (arg) => (record("hiddenProblemKinds", arg), ok(hidden.get(arg.project) ?? [])),
    setHiddenProblemKinds: async (arg) => (record("setHiddenProblemKinds", arg), hidden.set(arg.project, arg.kinds), ok(null)),
    compareWith: async (arg) => (record("compareWith", arg), fail("no-other-copy", "This project has no other copy of directory.json to compare with.")),
    chooseCompareFile: async (arg) => (record("chooseCompareFile", arg), ok(null)),
    createOtherCopy: async (arg) => (record("createOtherCopy", arg), ok(snapshot)),
    chooseCsv: async (arg) => (record("chooseCsv", arg), ok(arg.mode === "open" ? "/projects/staff.csv" : "/projects/export.csv")),
    readImport: async (arg) => (record("readImport", arg), ok({ path: arg.path, layout: "users", rows: [], passwords: 0 })),
    exportCsv: async (arg) => (record("exportCsv", arg), ok({ lines: 1 })),
    listBackups: async (arg) => (record("listBackups", arg), ok([])),
    restoreBackup: async (arg) => (record("restoreBackup", arg), fail("backup-missing", "No backup.")),
    recentProjects: async (arg) => (record("recentProjects", arg), ok([])),
    closeProject: async (arg) => (record("closeProject", arg), ok(null)),
    setDocumentState: async (arg) => (record("setDocumentState", arg), ok(null)),
    closeWindow: async (arg) => (record("closeWindow", arg), ok(null)),
    setLanguage: async (arg) => (record("setLanguage", arg), ok(null)),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => void set.delete(listener as (payload: unknown) => void);
    },
    ...overrides,
  };
  const emit = <E extends keyof EventContract>(event: E, payload: EventContract[E]) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  return { api, calls, emit };
}

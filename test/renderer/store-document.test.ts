import { addGroup, addMember, addUser, setPasswordValue } from "../../shared/edits";
import { getObject, getString } from "../../shared/json";
import type { Api, Snapshot } from "../../shared/ipc-contract";
import { modelOf } from "../../shared/model";
import { fail, ok } from "../../shared/result";
import { selectCanRedo, selectCanUndo, selectChanges, selectDirty, selectDraft } from "../../renderer/state/selectors";
import { savedOf } from "../../renderer/state/document-slice";
import { createAppStore, type AppStore } from "../../renderer/state/store";
import { fakeApi, fixtureSnapshot } from "../helpers/fake-api";

async function openStore(snapshot: Snapshot = fixtureSnapshot("miyako"), overrides: Parameters<typeof fakeApi>[1] = {}) {
  const fake = fakeApi(snapshot, overrides);
  const store = createAppStore(fake.api);
  await store.getState().open("/projects/Demo");
  return { store, ...fake };
}

const draft = (store: AppStore) => selectDraft(store.getState())!;
const userNames = (store: AppStore) => modelOf(draft(store)).users.map((u) => u.name);

describe("store — opening", () => {
  it("opens on the snapshot: the draft is the loaded document, nothing to undo", async () => {
    const snapshot = fixtureSnapshot("miyako");
    const { store, calls } = await openStore(snapshot);
    expect(calls.openProject).toEqual([{ target: "/projects/Demo" }]);
    expect(store.getState().snapshot).toBe(snapshot);
    expect(draft(store)).toBe(snapshot.document);
    expect(selectDirty(store.getState())).toBe(false);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it("asks main for the other copy when told which", async () => {
    const { store, calls } = await openStore();
    await store.getState().open("/projects/Demo", "user");
    expect(calls.openProject?.[1]).toEqual({ target: "/projects/Demo", copy: "user" });
  });

  it("keeps the open project and records why when opening another one fails", async () => {
    const snapshot = fixtureSnapshot("miyako");
    const failure = { code: "not-found", message: '"/nowhere" does not exist.', params: { path: "/nowhere" } } as const;
    let answer: Awaited<ReturnType<Api["openProject"]>> = ok(snapshot);
    const { store } = await openStore(snapshot, { openProject: async () => answer });
    answer = { ok: false, error: failure };
    expect(await store.getState().open("/nowhere")).toBe(false);
    expect(store.getState().openError).toEqual(failure);
    expect(store.getState().snapshot).toBe(snapshot);
    expect(store.getState().busy).toBeNull();
  });
});

describe("store — editing and history", () => {
  it("applies an edit: the draft changes, the change is logged, the snapshot stays", async () => {
    const { store } = await openStore();
    const applied = store.getState().apply((doc) => addUser(doc, "Ada"));
    expect(applied).toMatchObject({ ok: true, value: { code: "user.added", params: { name: "Ada" } } });
    expect(store.getState().notice).toEqual({ kind: "change", change: applied.ok && applied.value });
    expect(userNames(store)).toContain("Ada");
    expect(selectChanges(store.getState()).map((c) => c.code)).toEqual(["user.added"]);
    expect(modelOf(store.getState().snapshot!.document).userByName.has("Ada")).toBe(false);
    expect(selectDirty(store.getState())).toBe(true);
  });

  it("with no project open, an edit answers no-project and leaves no history", () => {
    const store = createAppStore(fakeApi(fixtureSnapshot("miyako")).api);
    expect(store.getState().apply((doc) => addUser(doc, "Ada"))).toMatchObject({ ok: false, error: { code: "no-project" } });
    expect(store.getState().history).toEqual([]);
  });

  it("a refused edit leaves the draft and the history as they were and raises the refusal", async () => {
    const { store } = await openStore();
    store.getState().apply((doc) => addUser(doc, "Ada"));
    const before = { history: store.getState().history, cursor: store.getState().cursor, draft: draft(store) };
    const refused = store.getState().apply((doc) => addMember(doc, "Engineers", { group: "Secret" }));
    const refusal = refused.ok ? null : refused.error;
    expect(refusal?.code).toBe("member.cycle");
    expect(store.getState().history).toBe(before.history);
    expect(store.getState().cursor).toBe(before.cursor);
    expect(draft(store)).toBe(before.draft);
    expect(store.getState().notice).toEqual({ kind: "refusal", failure: refusal });
  });

  it("undoes and redoes edit by edit, and a new edit drops the redo branch", async () => {
    const { store } = await openStore();
    const loaded = draft(store);
    store.getState().apply((doc) => addUser(doc, "Ada"));
    store.getState().apply((doc) => addUser(doc, "Grace"));
    store.getState().undo();
    expect(userNames(store)).toContain("Ada");
    expect(userNames(store)).not.toContain("Grace");
    expect(selectCanRedo(store.getState())).toBe(true);
    store.getState().undo();
    expect(draft(store)).toBe(loaded);
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().undo();
    expect(store.getState().cursor).toBe(0);
    store.getState().redo();
    store.getState().redo();
    store.getState().redo();
    expect(userNames(store)).toContain("Grace");
    store.getState().undo();
    store.getState().apply((doc) => addGroup(doc, "Ops"));
    expect(selectCanRedo(store.getState())).toBe(false);
    expect(selectChanges(store.getState()).map((c) => c.code)).toEqual(["user.added", "group.added"]);
  });

  it("revert drops every unsaved edit", async () => {
    const { store } = await openStore();
    const loaded = draft(store);
    store.getState().apply((doc) => addUser(doc, "Ada"));
    store.getState().revert();
    expect(draft(store)).toBe(loaded);
    expect(store.getState().history).toEqual([]);
  });

  it("closing the project puts every slice back to its initial state, a save under way (busy) included", async () => {
    const { store, api } = await openStore();
    const initial = createAppStore(api).getState();
    const data = (state: object) => Object.fromEntries(Object.entries(state).filter(([, v]) => typeof v !== "function"));
    store.getState().apply((doc) => addUser(doc, "Ada"));
    store.setState({ busy: "saving", saveError: { code: "disk-full", message: "Full." }, conflict: { revision: null } });
    store.getState().goTo("groups");
    store.getState().selectUsers(["Louis", "Ada"], "Ada");
    store.getState().selectGroup("Secret");
    store.getState().openDialog("problems");
    store.getState().requestFind();
    store.getState().ask({ kind: "close" });
    store.getState().showImport("/tmp/users.csv");
    store.setState({ otherCopy: { path: "/p", copy: "user", document: draft(store), hints: {} }, auditError: { code: "internal", message: "x" } });
    store.setState({ prefsProject: "/projects/Demo", hiddenKinds: ["cycle"] });
    expect(data(store.getState())).not.toEqual(data(initial));

    await store.getState().closeProject();
    expect(data(store.getState())).toEqual(data(initial));
  });
});

describe("store — saving", () => {
  it("sends the draft with the revision it was read at, then is clean on the saved file", async () => {
    const { store, calls } = await openStore();
    store.getState().apply((doc) => addUser(doc, "Ada"));
    const edited = draft(store);
    expect(await store.getState().save()).toBeNull();
    expect(calls.save).toEqual([{ draft: edited, revision: "a".repeat(64), force: false }]);
    expect(store.getState().snapshot?.revision).toBe("b".repeat(64));
    expect(draft(store)).toBe(edited);
    expect(selectDirty(store.getState())).toBe(false);
    expect(selectChanges(store.getState())).toEqual([]);
  });

  // Issue 8 §6: a save cleared the undo history.
  it("Undo steps back past a save, marking the draft edited again; Redo comes back to the saved draft", async () => {
    const { store } = await openStore();
    const loaded = draft(store);
    store.getState().apply((doc) => addUser(doc, "Ada"));
    await store.getState().save();
    expect(selectCanUndo(store.getState())).toBe(true);
    store.getState().undo();
    expect(draft(store)).toBe(loaded);
    expect(selectDirty(store.getState())).toBe(true);
    expect(selectChanges(store.getState()).map((c) => c.message)).toEqual(["undone: added user Ada"]);
    store.getState().redo();
    expect(selectDirty(store.getState())).toBe(false);

    // An edit made after undoing past the save keeps the undone step in the change log.
    store.getState().undo();
    store.getState().apply((doc) => addUser(doc, "Grace"));
    expect(selectDirty(store.getState())).toBe(true);
    expect(selectChanges(store.getState()).map((c) => c.message)).toEqual(["undone: added user Ada", "added user Grace"]);
    // Revert goes back to the draft last saved.
    store.getState().revert();
    expect(userNames(store)).toContain("Ada");
    expect(userNames(store)).not.toContain("Grace");
    expect(selectDirty(store.getState())).toBe(false);
  });

  it("a save refused as changed on disk keeps the edits and raises the conflict", async () => {
    const refusal = fail("changed-on-disk", "The file changed since it was opened: reload it, compare, or overwrite it.");
    const { store } = await openStore(fixtureSnapshot("miyako"), { save: async () => refusal });
    store.getState().apply((doc) => addUser(doc, "Ada"));
    expect((await store.getState().save())?.code).toBe("changed-on-disk");
    expect(store.getState().conflict).not.toBeNull();
    expect(store.getState().saveError?.code).toBe("changed-on-disk");
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().dismissErrors();
    expect(store.getState().saveError).toBeNull();
  });

  it("keeps its draft as the saved draft, with the tokens main gives the new passwords", async () => {
    const stored = "‹hash bcrypt storedid›";
    const { store } = await openStore(fixtureSnapshot("miyako"), {
      save: async () => ok({ revision: "b".repeat(64), location: fixtureSnapshot("miyako").location, savedAt: 1, passwords: [["designer", stored]] }),
    });
    store.getState().apply((doc) => setPasswordValue(doc, "Designer", "‹new bcrypt abc›"));
    store.getState().apply((doc) => addUser(doc, "Ada"));
    expect(await store.getState().save()).toBeNull();
    const saved = draft(store);
    expect(savedOf(store.getState())).toBe(saved);
    expect(modelOf(saved).userByName.get("Ada")).toBeDefined();
    expect(getString(getObject(getObject(saved.root, "users")!, "designer")!, "password")).toBe(stored);
    expect(store.getState().snapshot?.savedAt).toBe(1);
    expect(selectDirty(store.getState())).toBe(false);
  });

  it("overwriting sends force", async () => {
    const { store, calls } = await openStore();
    store.getState().apply((doc) => addUser(doc, "Ada"));
    await store.getState().save(true);
    expect(calls.save?.[0]?.force).toBe(true);
  });
});

describe("store — the file changes on disk", () => {
  it("reloads at once when there are no unsaved edits", async () => {
    const { store, calls } = await openStore();
    await store.getState().diskChanged("c".repeat(64));
    expect(calls.reload).toHaveLength(1);
    expect(store.getState().conflict).toBeNull();
  });

  it("raises the conflict, and reloads nothing, when there are unsaved edits", async () => {
    const { store, calls } = await openStore();
    store.getState().apply((doc) => addUser(doc, "Ada"));
    await store.getState().diskChanged("c".repeat(64));
    expect(calls.reload).toBeUndefined();
    expect(store.getState().conflict).toEqual({ revision: "c".repeat(64) });
    expect(userNames(store)).toContain("Ada");
  });

  it("ignores a change event for the revision already loaded (our own save)", async () => {
    const { store, calls } = await openStore();
    store.getState().apply((doc) => addUser(doc, "Ada"));
    await store.getState().diskChanged("a".repeat(64));
    expect(calls.reload).toBeUndefined();
    expect(store.getState().conflict).toBeNull();
  });

  it("compares: reads the disk copy and opens the review on it; closing forgets it", async () => {
    const disk = fixtureSnapshot("WebClerk19");
    const { store } = await openStore(fixtureSnapshot("miyako"), { readDisk: async () => ({ ok: true, value: disk }) });
    store.getState().apply((doc) => addUser(doc, "Ada"));
    expect(await store.getState().compareWithDisk()).toBeNull();
    expect(store.getState().comparison).toBe(disk.document);
    expect(store.getState().dialog).toBe("review");
    store.getState().endComparison();
    expect(store.getState().comparison).toBeNull();
  });

  it("a failed comparison says why and opens nothing", async () => {
    const failure = { code: "permission-denied", message: "Could not read it.", params: { path: "/p" } } as const;
    const { store } = await openStore(fixtureSnapshot("miyako"), { readDisk: async () => ({ ok: false, error: failure }) });
    expect(await store.getState().compareWithDisk()).toEqual(failure);
    expect(store.getState().notice).toEqual({ kind: "refusal", failure });
    expect(store.getState().dialog).toBeNull();
  });
});

describe("store — passwords", () => {
  it("setPassword puts only the token from main in the draft; the password is nowhere in the state", async () => {
    const { store, calls } = await openStore();
    const secret = "correct horse battery staple";
    expect(await store.getState().setPassword("Louis", secret, "bcrypt")).toMatchObject({ ok: true, value: { code: "user.password-changed" } });
    const louis = modelOf(draft(store)).userByName.get("Louis");
    expect(louis?.password).toBe("bcrypt");
    expect(JSON.stringify(store.getState())).not.toContain(secret);
    expect(JSON.stringify(calls)).not.toContain(secret);
    expect(selectChanges(store.getState()).map((c) => c.code)).toEqual(["user.password-changed"]);
  });
});

describe("store — questions and dialogs", () => {
  it("ask holds one pending question until answered", async () => {
    const { store } = await openStore();
    store.getState().ask({ kind: "open", target: "/projects/Other" });
    expect(store.getState().confirmation).toEqual({ kind: "open", target: "/projects/Other" });
    store.getState().ask(null);
    expect(store.getState().confirmation).toBeNull();
  });

  it("closing the project forgets the document and its history", async () => {
    const { store, calls } = await openStore();
    store.getState().apply((doc) => addUser(doc, "Ada"));
    await store.getState().closeProject();
    expect(calls.closeProject).toHaveLength(1);
    expect(store.getState().snapshot).toBeNull();
    expect(selectDraft(store.getState())).toBeNull();
    expect(store.getState().history).toEqual([]);
  });
});

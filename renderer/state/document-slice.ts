import type { StateCreator } from "zustand";
import type { DirectoryDocument } from "../../shared/document";
import { absorbRename, type Change, type Edit } from "../../shared/edits/edit";
import type { Api, BackupInfo, OpenFailure, Saved, Snapshot } from "../../shared/ipc-contract";
import { modelOf } from "../../shared/model";
import { setPasswordValue } from "../../shared/edits/users";
import type { Failure, Result } from "../../shared/result";
import type { AppState } from "./store";

/** One step of the undo history: the draft after an edit, and what the edit did. */
export interface HistoryEntry {
  readonly doc: DirectoryDocument;
  readonly change: Change;
}

/**
 * The open project, its undo history, and the requests that load and save it. Only this slice's
 * own fields are set here: what also moves the page, the selection, a dialog or the notice bar
 * (opening, closing, applying an edit…) is in app-slice.ts.
 */
export interface DocumentSlice {
  readonly snapshot: Snapshot | null;
  /** Drafts after each edit since the project was loaded; `cursor` entries are applied. */
  readonly history: readonly HistoryEntry[];
  readonly cursor: number;
  /**
   * The cursor of the draft last saved (0 when loaded): Undo goes on past a save, and the draft is
   * unsaved whenever the cursor is elsewhere. -1 once an edit made after undoing past the save has
   * dropped that draft from the history.
   */
  readonly savedCursor: number;
  /** The draft last saved (null: the loaded one), what Revert goes back to and the review compares with. */
  readonly savedDoc: DirectoryDocument | null;
  /** The saved steps undone before a new edit dropped them, for the change log ("undone: …"). */
  readonly savedUndone: readonly Change[];
  readonly busy: "opening" | "saving" | null;
  readonly openError: OpenFailure | null;
  /** The file changed on disk while there were unsaved edits. */
  readonly conflict: { readonly revision: string | null } | null;
  readonly saveError: Failure | null;
  /** The file as it is on disk now, while the review dialog compares it with the draft (conflict "Compare"). */
  readonly comparison: DirectoryDocument | null;

  /** Loads what main answers (a project, the sample): true when it opened, else `openError` says why. */
  load(request: Promise<Result<Snapshot, OpenFailure>>): Promise<boolean>;
  /**
   * Records an edit as the next undo step (dropping the steps undone before it). An edit that
   * names what the previous step just added joins that step: one change-log line, one undo. An
   * edit made after undoing past the save drops the saved steps: the change log keeps them as undone.
   */
  record(edit: Edit): void;
  undo(): void;
  redo(): void;
  /** Writes the draft; a failure is kept in `saveError` (its one owner) and answered. */
  save(force?: boolean): Promise<Failure | null>;
  /** Drops every unsaved edit: back to the draft last saved (or loaded). */
  revert(): void;
  /** The backups the app kept of the open file, newest first. */
  listBackups(): Promise<Result<readonly BackupInfo[]>>;
  reload(): Promise<void>;
  /** Main says the file changed on disk: reload when clean, otherwise raise the conflict banner. */
  diskChanged(revision: string | null): Promise<void>;
  dismissConflict(): void;
  /** Forgets the disk copy read for a comparison. */
  endComparison(): void;
  /** Hides the last open or save failure. */
  dismissErrors(): void;
}

/** The document with each user's (by key) password token replaced; the same document when none is. */
function withStoredTokens(doc: DirectoryDocument, passwords: Saved["passwords"]): DirectoryDocument {
  if (passwords.length === 0) return doc;
  const nameOf = new Map(modelOf(doc).users.map((u) => [u.key, u.name]));
  let next = doc;
  for (const [key, token] of passwords) {
    const name = nameOf.get(key);
    const result = name === undefined ? undefined : setPasswordValue(next, name, token);
    if (result?.ok) next = result.value.doc;
  }
  return next;
}

/** A saved step taken back by Undo, as a change-log line ("undone: renamed user Bob → Robert"). */
export function undoneChange(change: Change): Change {
  return { code: "history.undone", message: `undone: ${change.message}`, params: { ...change.params, undoneCode: change.code } };
}

/** The draft last saved, or loaded. */
export function savedOf(state: Pick<DocumentSlice, "snapshot" | "savedDoc">): DirectoryDocument | null {
  return state.savedDoc ?? state.snapshot?.document ?? null;
}

/** The draft being edited: the last applied history entry, or the loaded document. */
export function draftOf(state: Pick<DocumentSlice, "snapshot" | "history" | "cursor">): DirectoryDocument | null {
  if (!state.snapshot) return null;
  return state.cursor > 0 ? state.history[state.cursor - 1]!.doc : state.snapshot.document;
}

export function createDocumentSlice(api: Api): StateCreator<AppState, [], [], DocumentSlice> {
  // The state of a freshly loaded (or, with null, closed) project: no history, nothing pending.
  const loaded = (snapshot: Snapshot | null) => ({
    snapshot,
    history: [],
    cursor: 0,
    savedCursor: 0,
    savedDoc: null,
    savedUndone: [],
    busy: null,
    openError: null,
    conflict: null,
    saveError: null,
    comparison: null,
  });
  return (set, get) => ({
    ...loaded(null),

    load: async (request) => {
      set({ busy: "opening" });
      const result = await request;
      if (!result.ok) {
        set({ busy: null, openError: result.error });
        return false;
      }
      set(loaded(result.value));
      return true;
    },
    record: (edit) =>
      set((s) => {
        const done = s.history.slice(0, s.cursor);
        const diverged = s.cursor < s.savedCursor;
        const last = done.at(-1);
        // A step already saved is never joined: the rename is a line of its own.
        const joined = last && done.length > Math.max(s.savedCursor, 0) ? absorbRename(last.change, edit.change) : null;
        const history = joined ? [...done.slice(0, -1), { doc: edit.doc, change: joined }] : [...done, edit];
        return {
          history,
          cursor: history.length,
          ...(diverged && { savedCursor: -1, savedUndone: [...s.savedUndone, ...s.history.slice(s.cursor, s.savedCursor).reverse().map((e) => undoneChange(e.change))] }),
        };
      }),
    undo: () => set((s) => ({ cursor: Math.max(0, s.cursor - 1) })),
    redo: () => set((s) => ({ cursor: Math.min(s.history.length, s.cursor + 1) })),
    save: async (force = false) => {
      const { snapshot } = get();
      const draft = draftOf(get());
      if (!snapshot || !draft) return null;
      set({ busy: "saving", saveError: null });
      const result = await api.save({ draft, revision: snapshot.revision, force });
      if (!result.ok) {
        set({ busy: null, saveError: result.error, conflict: result.error.code === "changed-on-disk" ? { revision: null } : get().conflict });
        return result.error;
      }
      // Main answers the new revision, not the document: the new passwords' tokens are swapped
      // for those of their stored hashes. The history stays: Undo goes on past the save, and
      // makes the draft unsaved again.
      const { revision, location, savedAt, passwords } = result.value;
      const stored = withStoredTokens(draft, passwords);
      const { cursor, history } = get();
      set({
        snapshot: { ...snapshot, ...(cursor === 0 && { document: stored }), revision, location, savedAt },
        history: cursor > 0 && stored !== draft ? history.map((e, i) => (i === cursor - 1 ? { doc: stored, change: e.change } : e)) : history,
        savedCursor: cursor,
        savedDoc: cursor > 0 ? stored : null,
        savedUndone: [],
        busy: null,
        saveError: null,
        conflict: null,
        comparison: null,
      });
      return null;
    },
    revert: () => {
      const { snapshot } = get();
      const saved = savedOf(get());
      if (!snapshot || !saved) return;
      set({ snapshot: { ...snapshot, document: saved }, history: [], cursor: 0, savedCursor: 0, savedDoc: null, savedUndone: [], conflict: null });
    },
    listBackups: () => api.listBackups(null),
    reload: async () => {
      const result = await api.reload(null);
      if (result.ok) set(loaded(result.value));
      else set({ openError: result.error });
    },
    diskChanged: async (revision) => {
      const { snapshot, cursor, savedCursor, savedUndone } = get();
      if (!snapshot || revision === snapshot.revision) return;
      if (cursor === savedCursor && savedUndone.length === 0) await get().reload();
      else set({ conflict: { revision } });
    },
    dismissConflict: () => set({ conflict: null }),
    endComparison: () => set({ comparison: null }),
    dismissErrors: () => set({ openError: null, saveError: null }),
  });
}

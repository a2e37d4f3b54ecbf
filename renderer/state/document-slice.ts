import type { StateCreator } from "zustand";
import type { DirectoryDocument } from "../../shared/document";
import { absorbRename, type Change, type Edit } from "../../shared/edits/edit";
import type { Api, OpenFailure, Saved, Snapshot } from "../../shared/ipc-contract";
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
  /** Drafts after each edit since the last load or save; `cursor` entries are applied. */
  readonly history: readonly HistoryEntry[];
  readonly cursor: number;
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
   * names what the previous step just added joins that step: one change-log line, one undo.
   */
  record(edit: Edit): void;
  undo(): void;
  redo(): void;
  /** Writes the draft; a failure is kept in `saveError` (its one owner) and answered. */
  save(force?: boolean): Promise<Failure | null>;
  /** Drops every unsaved edit. */
  revert(): void;
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
        const last = done.at(-1);
        const joined = last ? absorbRename(last.change, edit.change) : null;
        const history = joined ? [...done.slice(0, -1), { doc: edit.doc, change: joined }] : [...done, edit];
        return { history, cursor: history.length };
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
      // Main answers the new revision, not the document: the draft becomes what was loaded, with
      // the new passwords' tokens swapped for those of their stored hashes.
      const { revision, location, savedAt, passwords } = result.value;
      set(loaded({ ...snapshot, document: withStoredTokens(draft, passwords), revision, location, savedAt }));
      return null;
    },
    revert: () => set({ history: [], cursor: 0, conflict: null }),
    reload: async () => {
      const result = await api.reload(null);
      if (result.ok) set(loaded(result.value));
      else set({ openError: result.error });
    },
    diskChanged: async (revision) => {
      const { snapshot, cursor } = get();
      if (!snapshot || revision === snapshot.revision) return;
      if (cursor === 0) await get().reload();
      else set({ conflict: { revision } });
    },
    dismissConflict: () => set({ conflict: null }),
    endComparison: () => set({ comparison: null }),
    dismissErrors: () => set({ openError: null, saveError: null }),
  });
}

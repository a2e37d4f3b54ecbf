import type { StateCreator } from "zustand";
import { takeDifferences } from "../../shared/compare";
import type { DirectoryDocument } from "../../shared/document";
import { setPasswords } from "../../shared/edits/bulk";
import type { Change, Edit } from "../../shared/edits/edit";
import { setPasswordValue } from "../../shared/edits/users";
import type { Api, Snapshot } from "../../shared/ipc-contract";
import type { HashForm } from "../../shared/password-shape";
import { fail, ok, type Failure, type Result } from "../../shared/result";
import { draftOf } from "./document-slice";
import type { AppState } from "./store";

/**
 * The actions that span slices, in one place (zustand's slices guide: a slice of shared actions):
 * opening and closing a project, applying an edit with its notice, comparing, importing. The
 * other slices set only their own fields.
 */
export interface AppSlice {
  /** Opens a project: on the Users page when none was open, with nothing selected. */
  open(target: string, copy?: "data" | "user"): Promise<boolean>;
  openSample(): Promise<boolean>;
  /** Closes the project: every slice back to its initial state. */
  closeProject(): Promise<void>;
  /**
   * Applies a pure edit to the draft as one undo step and answers what it did; the change-log
   * line, or the refusal (the draft unchanged), is shown in the notice bar — the refusal not when
   * `inline` (the caller says it where the person is looking). An edit that names what the
   * previous one just added joins it: one line, one undo step.
   */
  apply(edit: (doc: DirectoryDocument) => Result<Edit>, inline?: boolean): Result<Change>;
  /**
   * Hashes the password in main and puts its token in the draft, for one user or the same
   * (temporary) password for several, as one edit; the password is not kept.
   */
  setPassword(users: string | readonly string[], password: string, form: HashForm): Promise<Result<Change>>;
  /** Puts a backup of the file in the draft, as one edit to review and save (the dialog says a refusal). */
  restoreBackup(id: string, label: string): Promise<Failure | null>;
  /** Reads the file on disk and opens the review dialog comparing it with the draft. */
  compareWithDisk(): Promise<Failure | null>;
  /** Reads `target` (or the project's other copy) and opens the comparison view. */
  compareWith(target?: string): Promise<Failure | null>;
  /**
   * Makes the draft match the other copy on the differences with these ids (all when omitted):
   * one ordinary edit each, in the history and the change log, reviewed before save.
   */
  takeFromOther(ids?: readonly string[]): Failure | null;
  /** Creates the project's missing copy from the open one as saved, then reloads the project. */
  createOtherCopy(): Promise<Result<Snapshot>>;
  /** Asks for a CSV (native dialog), then opens the import preview; nothing when cancelled. */
  startImport(): Promise<void>;
}

export function createAppSlice(api: Api): StateCreator<AppState, [], [], AppSlice> {
  return (set, get, store) => {
    const opened = async (loading: Promise<boolean>): Promise<boolean> => {
      const hadProject = get().snapshot !== null;
      if (!(await loading)) return false;
      set({ page: hadProject ? get().page : "users", selectedUser: null, selectedGroup: null, userSelection: [], groupSelection: [] });
      return true;
    };
    const refuse = (failure: Failure): Failure => {
      get().notify({ kind: "refusal", failure });
      return failure;
    };
    return {
      open: (target, copy) => opened(get().load(api.openProject(copy ? { target, copy } : { target }))),
      openSample: () => opened(get().load(api.openSample(null))),
      closeProject: async () => {
        await api.closeProject(null);
        // Built from the slices' own initial values, so a field added to a slice is reset too.
        // The store holds nothing that outlives a project: the language and the theme follow the
        // system, outside it.
        set(store.getInitialState(), true);
      },
      apply: (edit, inline = false) => {
        const draft = draftOf(get());
        if (!draft) return fail("no-project", "No project is open.");
        const result = edit(draft);
        if (!result.ok) {
          if (!inline) refuse(result.error);
          return result;
        }
        get().record(result.value);
        // The line recorded: an add then its naming are said as one ("added group Vendeurs").
        const { history, cursor } = get();
        get().notify({ kind: "change", change: history[cursor - 1]!.change });
        return ok(result.value.change);
      },
      setPassword: async (users, password, form) => {
        const prepared = await api.preparePassword({ password, form });
        if (!prepared.ok) return prepared;
        const { token } = prepared.value;
        // The password dialog says a refusal itself.
        return get().apply((doc) => (typeof users === "string" ? setPasswordValue(doc, users, token) : setPasswords(doc, users, token)), true);
      },
      restoreBackup: async (id, label) => {
        const result = await api.restoreBackup({ id });
        if (!result.ok) return result.error;
        const { document } = result.value;
        const change: Change = { code: "backup.restored", message: `restored the version saved before ${label}`, params: { date: label } };
        const restored = get().apply(() => ok({ doc: { ...document }, change }), true);
        return restored.ok ? null : restored.error;
      },
      compareWithDisk: async () => {
        const result = await api.readDisk(null);
        if (!result.ok) return refuse(result.error);
        set({ comparison: result.value.document, dialog: "review" });
        return null;
      },
      compareWith: async (target) => {
        const result = await api.compareWith(target === undefined ? {} : { target });
        if (!result.ok) return refuse(result.error);
        get().showCompare(result.value);
        return null;
      },
      takeFromOther: (ids) => {
        const draft = draftOf(get());
        const other = get().otherCopy;
        if (!draft || !other) return null;
        const taken = takeDifferences(draft, other.document, ids);
        if (!taken.ok) return refuse(taken.error);
        // Each taken difference is one history entry: undo goes back one at a time.
        for (const edit of taken.value.edits) get().apply(() => ok(edit));
        const refused = taken.value.refused[0];
        return refused ? refuse({ code: refused.code, message: refused.message }) : null;
      },
      createOtherCopy: async () => {
        const result = await api.createOtherCopy(null);
        if (result.ok) await get().reload();
        return result;
      },
      startImport: async () => {
        if (!get().snapshot) return;
        const chosen = await api.chooseCsv({ mode: "open" });
        if (!chosen.ok) refuse(chosen.error);
        else if (chosen.value !== null) get().showImport(chosen.value);
      },
    };
  };
}

import type { StateCreator } from "zustand";
import { takeDifferences } from "../../shared/compare";
import type { Api, Comparison, Snapshot } from "../../shared/ipc-contract";
import { ok, type Failure, type Result } from "../../shared/result";
import { draftOf } from "./document-slice";
import type { AppState } from "./store";

/**
 * Comparing the open copy with another directory.json (the project's other copy, or any file)
 * and taking differences from it. Main reads and redacts the other file with the open project's
 * vault, so a password taken from it travels as a token and becomes its hash only on save.
 */
export interface CompareSlice {
  /** The directory.json the open copy is compared with, while the comparison view is open. */
  readonly otherCopy: Comparison | null;
  /** Reads `target` (or the project's other copy) and opens the comparison view. */
  compareWith(target?: string): Promise<Failure | null>;
  /**
   * Makes the draft match the other copy on the differences with these ids (all when omitted):
   * one ordinary edit each, in the history and the change log, reviewed before save.
   */
  takeFromOther(ids?: readonly string[]): Failure | null;
  /** Closes the comparison view. */
  endCompare(): void;
  /** Creates the project's missing copy from the open one as saved, then reloads the project. */
  createOtherCopy(): Promise<Result<Snapshot>>;
}

export function createCompareSlice(api: Api): StateCreator<AppState, [], [], CompareSlice> {
  return (set, get) => ({
    otherCopy: null,
    compareWith: async (target) => {
      const result = await api.compareWith(target === undefined ? {} : { target });
      if (!result.ok) {
        get().notify({ kind: "refusal", failure: result.error });
        return result.error;
      }
      set({ otherCopy: result.value });
      return null;
    },
    takeFromOther: (ids) => {
      const draft = draftOf(get());
      const other = get().otherCopy;
      if (!draft || !other) return null;
      const taken = takeDifferences(draft, other.document, ids);
      if (!taken.ok) {
        get().notify({ kind: "refusal", failure: taken.error });
        return taken.error;
      }
      // Each taken difference is one history entry: undo goes back one at a time.
      for (const edit of taken.value.edits) get().apply(() => ok(edit));
      const refused = taken.value.refused[0];
      if (refused) {
        const failure = { code: refused.code, message: refused.message };
        get().notify({ kind: "refusal", failure });
        return failure;
      }
      return null;
    },
    endCompare: () => set({ otherCopy: null }),
    createOtherCopy: async () => {
      const result = await api.createOtherCopy(null);
      if (result.ok) await get().reload();
      return result;
    },
  });
}

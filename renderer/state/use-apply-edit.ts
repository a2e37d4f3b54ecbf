import { useCallback } from "react";
import type { DirectoryDocument } from "../../shared/document";
import type { Change, Edit } from "../../shared/edits/edit";
import type { Result } from "../../shared/result";
import { useAppStoreApi } from "./context";

/**
 * How every page applies an edit: one undo step, and one notice — the change-log line, the
 * refusal, or (with `describe`) the page's own sentence for what was done. Answers what the edit
 * did, so the page can select, focus or close what follows.
 */
export function useApplyEdit(): (edit: (doc: DirectoryDocument) => Result<Edit>, describe?: (change: Change) => string) => Result<Change> {
  const store = useAppStoreApi();
  return useCallback(
    (edit, describe) => {
      const result = store.getState().apply(edit);
      if (result.ok && describe) store.getState().notify({ kind: "info", text: describe(result.value) });
      return result;
    },
    [store],
  );
}

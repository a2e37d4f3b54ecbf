import { useCallback } from "react";
import type { DirectoryDocument } from "../../shared/document";
import type { Change, Edit } from "../../shared/edits/edit";
import type { Result } from "../../shared/result";
import { useAppStoreApi } from "./context";

/**
 * How an edit's outcome is said besides the default (the change-log line or the refusal in the
 * notice bar): `"inline"` — the caller says a refusal where it happened, so the notice bar does
 * not say it again; a function — the page's own sentence for what was done.
 */
export type Say = "inline" | ((change: Change) => string);

/**
 * How every page applies an edit: one undo step, and one notice — the change-log line, the
 * refusal, or (with a `say` function) the page's own sentence for what was done. Answers what the
 * edit did, so the page can select, focus or close what follows.
 */
export function useApplyEdit(): (edit: (doc: DirectoryDocument) => Result<Edit>, say?: Say) => Result<Change> {
  const store = useAppStoreApi();
  return useCallback(
    (edit, say) => {
      const result = store.getState().apply(edit, say === "inline");
      if (result.ok && typeof say === "function") store.getState().notify({ kind: "info", text: say(result.value) });
      return result;
    },
    [store],
  );
}

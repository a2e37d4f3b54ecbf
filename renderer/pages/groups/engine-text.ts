import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import type { Change, Edit } from "../../../shared/edits/edit";
import { ok, type Failure, type Result } from "../../../shared/result";
import { engineText, failureText } from "../../shell/engine-text";
import { useAppStoreApi } from "../../state/context";

/**
 * The engine's sentences in the app's language (the shell's `engine` catalog, with the engine's
 * English sentence when it has no entry).
 */
export function useEngineText() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      refusal: (failure: Failure) => failureText(t, failure),
      change: (change: Change) => engineText(t, "change", change),
    }),
    [t],
  );
}

/**
 * Applies a pure edit to the draft and answers what it did: the change, or the refusal (which
 * the store also shows in the notice bar).
 */
export function useApplyEdit(): (edit: (doc: DirectoryDocument) => Result<Edit>) => Result<Change> {
  const store = useAppStoreApi();
  return useCallback(
    (edit) => {
      let change: Change | undefined;
      const refused = store.getState().apply((doc) => {
        const result = edit(doc);
        if (result.ok) change = result.value.change;
        return result;
      });
      if (refused) return { ok: false, error: refused };
      // No project open: nothing was applied, which callers treat like a silent refusal.
      return change ? ok(change) : { ok: false, error: { code: "edit.no-document", message: "No project is open." } };
    },
    [store],
  );
}

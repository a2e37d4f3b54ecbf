import type { StateCreator } from "zustand";
import type { AuditReport } from "../../shared/audit";
import type { JsonObject } from "../../shared/json";
import type { Api } from "../../shared/ipc-contract";
import type { Failure } from "../../shared/result";
import { draftOf } from "./document-slice";
import type { AppState } from "./store";

/**
 * What main found with the hashes, for one draft: the renderer never holds a hash, so guessed
 * and shared passwords come from main (`api.audit`); the structural findings are computed here,
 * live, from the draft (see selectAuditFindings).
 */
export interface AuditRun {
  /** The draft's root the report is about (a later edit makes it stale until re-run). */
  readonly root: JsonObject;
  readonly report: AuditReport;
  readonly deep: boolean;
}

/** The security audit's state: the last report from main, and the run under way. */
export interface AuditSlice {
  readonly auditRun: AuditRun | null;
  /** A run under way: the quick one after an edit, or the deep one (bcrypt) with its progress. */
  readonly auditing: { readonly deep: boolean; readonly done: number; readonly total: number } | null;
  readonly auditError: Failure | null;

  /** Asks main for the findings that need the hashes; `deep` also tries bcrypt (with progress). */
  runAudit(deep: boolean): Promise<void>;
  /** Stops a deep run; what was tried so far is reported. */
  cancelAudit(): Promise<void>;
}

export function createAuditSlice(api: Api): StateCreator<AppState, [], [], AuditSlice> {
  return (set, get) => ({
    auditRun: null,
    auditing: null,
    auditError: null,

    runAudit: async (deep) => {
      const draft = draftOf(get());
      if (!draft) return;
      set({ auditing: { deep, done: 0, total: 0 }, auditError: null });
      const off = deep ? api.on("auditProgress", ({ done, total }) => set({ auditing: { deep, done, total } })) : undefined;
      try {
        const result = await api.audit({ draft, deep });
        // A project closed or another one opened meanwhile: the answer is about nothing shown.
        if (draftOf(get()) === null) return;
        if (result.ok) set({ auditRun: { root: draft.root, report: result.value, deep } });
        else set({ auditError: result.error });
      } finally {
        off?.();
        // Only the run that set `auditing` clears it (a quick run may start while a deep one ends).
        if (get().auditing?.deep === deep) set({ auditing: null });
      }
    },

    cancelAudit: async () => {
      await api.cancelAudit(null);
    },
  });
}

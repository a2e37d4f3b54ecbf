import type { StateCreator } from "zustand";
import type { Api, ImportFile } from "../../shared/ipc-contract";
import type { ExportLayout } from "../../shared/queries/export";
import type { HashForm } from "../../shared/password-shape";
import type { Failure, Result } from "../../shared/result";
import { selectDraft } from "./selectors";
import type { AppState } from "./store";

/** The import or export dialog: which one is open, and for an import the file chosen. */
export type CsvDialog = { readonly kind: "import"; readonly path: string } | { readonly kind: "export" } | null;

/** Importing users from a CSV and exporting memberships to one (File → Import Users…, Export…). */
export interface CsvSlice {
  readonly csvDialog: CsvDialog;
  /** Opens the import preview of a chosen CSV (app-slice.ts's startImport asks for it). */
  showImport(path: string): void;
  /** Opens the export dialog. */
  startExport(): void;
  closeCsvDialog(): void;
  /** Reads the chosen CSV: for the preview, or with the passwords hashed in main (tokens) for the import. */
  readImport(path: string, form: HashForm, hash: boolean): Promise<Result<ImportFile>>;
  /** Asks where to write (native dialog), then writes the draft's memberships; null when cancelled. */
  exportCsv(layout: ExportLayout, suggestedName: string): Promise<Result<{ lines: number; path: string } | null>>;
}

/** The slice, with the main-process API injected. */
export function createCsvSlice(api: Api): StateCreator<AppState, [], [], CsvSlice> {
  return (set, get) => ({
    csvDialog: null,
    showImport: (path) => set({ csvDialog: { kind: "import", path } }),
    startExport: () => {
      if (get().snapshot) set({ csvDialog: { kind: "export" } });
    },
    closeCsvDialog: () => set({ csvDialog: null }),
    readImport: (path, form, hash) => api.readImport({ path, form, hash }),
    exportCsv: async (layout, suggestedName) => {
      const draft = selectDraft(get());
      if (!draft) return { ok: false, error: { code: "no-project", message: "No project is open." } satisfies Failure };
      const chosen = await api.chooseCsv({ mode: "save", suggestedName });
      if (!chosen.ok || chosen.value === null) return chosen.ok ? { ok: true, value: null } : chosen;
      const written = await api.exportCsv({ path: chosen.value, draft, layout });
      return written.ok ? { ok: true, value: { lines: written.value.lines, path: chosen.value } } : written;
    },
  });
}

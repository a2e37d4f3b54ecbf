import type { InvokeHandlers, Language } from "../../shared/ipc-contract";
import { ok } from "../../shared/result";
import { writeExport } from "./csv-export";
import type { DirectoryService } from "./directory-service";
import type { AppStateStore } from "./settings-store";

/** What the handlers need from the window host (Electron, or the e2e harness). */
export interface HostFunctions {
  /** Shows an open dialog; the chosen path or null. */
  readonly chooseProject: () => Promise<string | null>;
  /** Shows an open dialog for a directory.json to compare with; the chosen path or null. */
  readonly chooseCompareFile: () => Promise<string | null>;
  /** Shows an open or save dialog for a CSV file; the chosen path or null. */
  readonly chooseCsv: (mode: "open" | "save", suggestedName?: string) => Promise<string | null>;
  /** Applies the title and the unsaved-changes state to the window. */
  readonly setDocumentState: (title: string, dirty: boolean) => void;
  /** Closes the window (the renderer has dealt with unsaved changes). */
  readonly closeWindow: () => void;
  /** Speaks the app's language in the native parts (menu, dialogs, close prompt). */
  readonly setLanguage: (language: Language) => void;
}

/**
 * The request handlers, one per contract method. Plain Node: Electron's IPC (main/ipc.ts) and
 * the e2e harness's HTTP server serve this same object, so tests exercise the real file code.
 */
export function createHandlers(service: DirectoryService, state: AppStateStore, host: HostFunctions): InvokeHandlers {
  return {
    chooseProject: async () => ok(await host.chooseProject()),
    openProject: async ({ target, copy }) => {
      const result = await service.open(target, copy);
      if (result.ok) await state.addRecent(target, result.value.location.projectName);
      return result;
    },
    openSample: () => service.openSample(),
    reload: () => service.reload(),
    readDisk: () => service.readDisk(),
    save: ({ draft, revision, force }) => service.save(draft, revision, force),
    preparePassword: ({ password, form }) => service.preparePassword(password, form),
    audit: ({ draft, deep }) => service.audit(draft, deep),
    cancelAudit: async () => {
      service.cancelAudit();
      return ok(null);
    },
    hiddenProblemKinds: async ({ project }) => ok(state.hiddenProblemKinds(project)),
    setHiddenProblemKinds: async ({ project, kinds }) => {
      await state.setHiddenProblemKinds(project, kinds);
      return ok(null);
    },
    compareWith: ({ target }) => service.compareWith(target),
    chooseCompareFile: async () => ok(await host.chooseCompareFile()),
    createOtherCopy: () => service.createOtherCopy(),
    chooseCsv: async ({ mode, suggestedName }) => ok(await host.chooseCsv(mode, suggestedName)),
    readImport: ({ path, form, hash }) => service.readImport(path, form, hash),
    exportCsv: async ({ path, draft, layout }) => {
      const written = await writeExport(path, draft, layout);
      return written.ok ? ok({ lines: written.value }) : written;
    },
    listBackups: () => service.listBackups(),
    restoreBackup: ({ id }) => service.restoreBackup(id),
    recentProjects: async () => ok(state.recent()),
    closeProject: async () => {
      service.close();
      return ok(null);
    },
    setDocumentState: async ({ title, dirty }) => {
      host.setDocumentState(title, dirty);
      return ok(null);
    },
    closeWindow: async () => {
      host.closeWindow();
      return ok(null);
    },
    setLanguage: async ({ language }) => {
      host.setLanguage(language);
      return ok(null);
    },
  };
}

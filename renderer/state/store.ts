import { createStore, type StoreApi } from "zustand/vanilla";
import type { Api } from "../../shared/ipc-contract";
import { createAppSlice, type AppSlice } from "./app-slice";
import { createAuditSlice, type AuditSlice } from "./audit-slice";
import { createCompareSlice, type CompareSlice } from "./compare-slice";
import { createCsvSlice, type CsvSlice } from "./csv-slice";
import { createDocumentSlice, type DocumentSlice } from "./document-slice";
import { createPrefsSlice, type PrefsSlice } from "./prefs-slice";
import { createUiSlice, noticeIsCurrent, type UiSlice } from "./ui-slice";

/**
 * The whole renderer state: the open document with its history, the UI, the security audit, the
 * person's choices for the project, a comparison with another copy, CSV import and export, and
 * the actions that span them (app-slice.ts).
 */
export type AppState = DocumentSlice & UiSlice & AuditSlice & PrefsSlice & CompareSlice & CsvSlice & AppSlice;

/** The store type components and tests use. */
export type AppStore = StoreApi<AppState>;

/**
 * Builds the app's store with the main-process API injected (tests pass a fake one).
 * Derived values live in selectors.ts, never in the state.
 */
export function createAppStore(api: Api): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createDocumentSlice(api)(...a),
    ...createUiSlice(...a),
    ...createAuditSlice(api)(...a),
    ...createPrefsSlice(api)(...a),
    ...createCompareSlice(...a),
    ...createCsvSlice(api)(...a),
    ...createAppSlice(api)(...a),
  }));
  // A notice belongs to the action that raised it: it goes when the context changes.
  store.subscribe((state) => {
    if (state.notice && !noticeIsCurrent(state)) state.notify(null);
  });
  return store;
}

import type { StateCreator } from "zustand";
import type { Change } from "../../shared/edits/edit";
import type { Failure } from "../../shared/result";
import type { AppState } from "./store";

/** The app's pages. */
export type Page = "users" | "groups" | "access" | "why" | "audit";

/**
 * A passing message: a refusal (what and why), an edit's change-log line (every applied edit
 * gives one), or another quiet confirmation.
 */
export type Notice =
  | { readonly kind: "refusal"; readonly failure: Failure }
  | { readonly kind: "change"; readonly change: Change }
  | { readonly kind: "info"; readonly text: string };

/** A question the shell asks before an action that drops unsaved edits (`open` names what to open). */
export type Confirmation =
  | { readonly kind: "revert" }
  | { readonly kind: "reload" }
  | { readonly kind: "close" }
  | { readonly kind: "open"; readonly target: string };

/** Navigation, selection and passing notices. */
export interface UiSlice {
  readonly page: Page;
  readonly selectedUser: string | null;
  readonly selectedGroup: string | null;
  /** The users selected together (Shift/Ctrl-click, Ctrl+A) when more than one is; else empty. */
  readonly userSelection: readonly string[];
  /** The groups selected together, likewise. */
  readonly groupSelection: readonly string[];
  readonly notice: Notice | null;
  /** Open dialogs that other parts of the UI can raise (review before save, problems list). */
  readonly dialog: "review" | "problems" | null;
  /** Bumped by Find (Cmd/Ctrl+F) so the page's search field takes focus. */
  readonly findRequest: number;
  /** The pending "discard unsaved changes?" question, or null. */
  readonly confirmation: Confirmation | null;

  goTo(page: Page): void;
  selectUser(name: string | null): void;
  selectGroup(name: string | null): void;
  /** Selects several users (`focus` stays the one the keyboard is on); one name is a plain selection. */
  selectUsers(names: readonly string[], focus: string): void;
  /** Selects several groups, likewise. */
  selectGroups(names: readonly string[], focus: string): void;
  notify(notice: Notice | null): void;
  openDialog(dialog: UiSlice["dialog"]): void;
  requestFind(): void;
  ask(confirmation: Confirmation | null): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  page: "users",
  selectedUser: null,
  selectedGroup: null,
  userSelection: [],
  groupSelection: [],
  notice: null,
  dialog: null,
  findRequest: 0,
  confirmation: null,

  goTo: (page) => set({ page }),
  selectUser: (name) => set({ selectedUser: name, userSelection: [] }),
  selectGroup: (name) => set({ selectedGroup: name, groupSelection: [] }),
  selectUsers: (names, focus) => set({ selectedUser: focus, userSelection: names.length > 1 ? names : [] }),
  selectGroups: (names, focus) => set({ selectedGroup: focus, groupSelection: names.length > 1 ? names : [] }),
  notify: (notice) => set({ notice }),
  openDialog: (dialog) => set({ dialog }),
  requestFind: () => set((s) => ({ findRequest: s.findRequest + 1 })),
  ask: (confirmation) => set({ confirmation }),
});

import type { StateCreator } from "zustand";
import type { Change } from "../../shared/edits/edit";
import type { Failure } from "../../shared/result";
import { draftOf } from "./document-slice";
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

/**
 * Where a notice was raised: the draft (after the action that raised it) and the page. It belongs
 * to that action, so it goes as soon as either changes (another edit, an undo, a save, another
 * project opened, another page).
 */
export interface NoticeContext {
  readonly draft: object | null;
  readonly page: Page;
}

/** The context a notice raised now belongs to. */
export function noticeContextOf(state: Pick<AppState, "snapshot" | "history" | "cursor" | "page">): NoticeContext {
  return { draft: draftOf(state)?.root ?? null, page: state.page };
}

/** A question the shell asks before an action that drops unsaved edits (`open` names what to open). */
export type Confirmation =
  | { readonly kind: "revert" }
  | { readonly kind: "reload" }
  | { readonly kind: "close" }
  | { readonly kind: "open"; readonly target: string };

/** True while the notice was raised in the context the app is in now. */
export function noticeIsCurrent(state: AppState): boolean {
  const context = state.noticeContext;
  if (!context) return true;
  const now = noticeContextOf(state);
  return context.draft === now.draft && context.page === now.page;
}

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
  /** Where `notice` was raised (see NoticeContext). */
  readonly noticeContext: NoticeContext | null;
  /** Open dialogs that other parts of the UI can raise (review before save, problems list). */
  readonly dialog: "review" | "problems" | "restore" | null;
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

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  page: "users",
  selectedUser: null,
  selectedGroup: null,
  userSelection: [],
  groupSelection: [],
  notice: null,
  noticeContext: null,
  dialog: null,
  findRequest: 0,
  confirmation: null,

  goTo: (page) => set({ page }),
  selectUser: (name) => set({ selectedUser: name, userSelection: [] }),
  selectGroup: (name) => set({ selectedGroup: name, groupSelection: [] }),
  selectUsers: (names, focus) => set({ selectedUser: focus, userSelection: names.length > 1 ? names : [] }),
  selectGroups: (names, focus) => set({ selectedGroup: focus, groupSelection: names.length > 1 ? names : [] }),
  notify: (notice) => set({ notice, noticeContext: notice ? noticeContextOf(get()) : null }),
  openDialog: (dialog) => set({ dialog }),
  requestFind: () => set((s) => ({ findRequest: s.findRequest + 1 })),
  ask: (confirmation) => set({ confirmation }),
});

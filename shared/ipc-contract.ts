import type { AuditReport } from "./audit/findings";
import type { DifferenceCounts, NewerHint } from "./compare/compare";
import type { DirectoryDocument } from "./document";
import type { DirectoryCopy, DirectoryLocation } from "./location";
import type { ImportRow } from "./edits/import";
import type { ExportLayout } from "./queries/export";
import type { HashForm } from "./password-shape";
import type { Failure, Result } from "./result";

/**
 * What the renderer holds of an open project: the document with every password hash replaced
 * by a token (see password-shape.ts), where it lives, and the revision it was read at.
 */
export interface Snapshot {
  readonly location: DirectoryLocation;
  readonly document: DirectoryDocument;
  /** sha256 of the bytes on disk, or null when the file does not exist yet. */
  readonly revision: string | null;
  /** The project's method names (Project/Sources/Methods/*.4dm), or null when it has none. */
  readonly methods: readonly string[] | null;
  /**
   * `Project/Sources/settings.4DSettings` when the project has one: it may refer to users by
   * number (1, 2, 3… in file order), so deleting a user renumbers the ones after it (docs/directory-json.md §5.11).
   */
  readonly userIdsFile: string | null;
  /** When the file was last written by this app (ms since epoch), for the status line. */
  readonly savedAt: number | null;
}

/**
 * What a save answers: not the document (the renderer has it: it sent it), but the new revision,
 * where the file is now (it exists once saved), and for each user whose new password was written
 * (by storage key) the token that now stands for its stored hash.
 */
export interface Saved {
  readonly revision: string | null;
  readonly location: DirectoryLocation;
  readonly savedAt: number | null;
  readonly passwords: readonly (readonly [user: string, token: string])[];
}

/**
 * Another directory.json to compare the open one with: where it is, its document redacted by the
 * open project's vault (a password it shares with the open copy has the same token, and a token
 * taken from it is restored to its hash on save), and which side changed each differing password
 * last when backups or file times tell (by difference id, the open copy's disk version being `a`).
 */
export interface Comparison {
  readonly path: string;
  readonly copy: DirectoryCopy;
  readonly document: DirectoryDocument;
  readonly hints: Readonly<Record<string, NewerHint>>;
}

/** The languages the app speaks; the renderer tells main its own (setLanguage). */
export type Language = "en" | "fr";

/** A backup the app kept of the open file (before one of its saves), newest first in a list. */
export interface BackupInfo {
  /** Its file name in the backup folder, which `restoreBackup` takes. */
  readonly id: string;
  /** When it was taken (ms since epoch): the save that replaced it. */
  readonly createdAt: number;
  readonly size: number;
  /** How it differs from the file on disk now, or null when it cannot be read. */
  readonly differs: DifferenceCounts | null;
}

/** A project the app opened before. */
export interface RecentProject {
  readonly target: string;
  readonly name: string;
  readonly openedAt: number;
}

/** A failure to open a file: the one-line message plus each problem with its line and column. */
export interface OpenFailure extends Failure {
  readonly file?: string;
  readonly issues?: readonly { readonly message: string; readonly line: number; readonly column: number }[];
}

/** A CSV read for an import: its layout and rows (passwords as tokens of main's vault, or marked to come). */
export interface ImportFile {
  readonly path: string;
  readonly layout: "users" | "rows";
  readonly rows: readonly ImportRow[];
  /** How many rows hold a password: the file should be deleted once imported. */
  readonly passwords: number;
}

/** Commands the native menu (or the e2e harness) sends to the renderer. */
export type MenuCommand =
  | "open"
  | "save-and-close"
  | "revert"
  | "close"
  | "undo"
  | "redo"
  | "find"
  | "review"
  | "compare-with"
  | "import"
  | "export"
  | "restore"
  | "page:users"
  | "page:groups"
  | "page:access"
  | "page:why"
  | "page:audit";

/**
 * Renderer → main requests. Each method takes one plain-data argument and answers a Result.
 * main/ipc.ts validates every argument at run time (ipc-schemas.ts) before a handler sees it.
 */
export interface InvokeContract {
  /** Shows the native open dialog; the chosen path, or null when cancelled. */
  chooseProject(arg: null): Result<string | null>;
  /** Opens a project folder, `.4DProject`, Settings folder or directory.json; `copy` picks the other copy. */
  openProject(arg: { target: string; copy?: "data" | "user" }): Result<Snapshot, OpenFailure>;
  /** Opens the bundled sample project (copied to the app's data folder on first use). */
  openSample(arg: null): Result<Snapshot, OpenFailure>;
  /** Re-reads the open file from disk. */
  reload(arg: null): Result<Snapshot, OpenFailure>;
  /** The file as it is on disk now (redacted), to compare with unsaved edits. */
  readDisk(arg: null): Result<Snapshot, OpenFailure>;
  /** Writes the draft atomically; refuses with `changed-on-disk` unless `force`. */
  save(arg: { draft: DirectoryDocument; revision: string | null; force?: boolean }): Result<Saved>;
  /** Hashes a new password in main; answers the token that stands for it in the draft. */
  preparePassword(arg: { password: string; form: HashForm }): Result<{ token: string; notes: readonly string[] }>;
  /**
   * The security audit's findings that need the hashes (guessed passwords, shared ones, hashes in
   * a git working tree) for the draft, whose tokens main resolves; the structural findings the
   * renderer computes itself (shared/audit). `deep` also tries bcrypt hashes, reporting
   * `auditProgress` events until done or `cancelAudit`.
   */
  audit(arg: { draft: DirectoryDocument; deep: boolean }): Result<AuditReport>;
  /** Stops a deep audit under way (its report then says `cancelled`). */
  cancelAudit(arg: null): Result<null>;
  /** The kinds of problem notes (codes) hidden for a project (its folder, or its file when alone). */
  hiddenProblemKinds(arg: { project: string }): Result<readonly string[]>;
  /** Remembers the kinds of problem notes hidden for a project. */
  setHiddenProblemKinds(arg: { project: string; kinds: readonly string[] }): Result<null>;
  /**
   * Reads another directory.json to compare the open one with: `target` (anything open accepts),
   * or, without it, the project's other copy (the shadowed one).
   */
  compareWith(arg: { target?: string }): Result<Comparison, OpenFailure>;
  /** Shows the native open dialog for a directory.json to compare with; the path, or null. */
  chooseCompareFile(arg: null): Result<string | null>;
  /** Creates the project's missing copy (data or user) from the open one, byte for byte, then reopens the project. */
  createOtherCopy(arg: null): Result<Snapshot, OpenFailure>;
  /** Shows the native dialog to pick a CSV to import (`open`) or where to write an export (`save`). */
  chooseCsv(arg: { mode: "open" | "save"; suggestedName?: string }): Result<string | null>;
  /**
   * Reads a CSV for an import. Without `hash`, rows that set a password carry a placeholder (for
   * the preview); with it, main hashes each password and the rows carry its vault token.
   */
  readImport(arg: { path: string; form: HashForm; hash: boolean }): Result<ImportFile>;
  /** Writes the draft's memberships as CSV (users × groups, or one row per membership). */
  exportCsv(arg: { path: string; draft: DirectoryDocument; layout: ExportLayout }): Result<{ lines: number }>;
  /** The backups kept of the open file, newest first, with how each differs from the file now. */
  listBackups(arg: null): Result<readonly BackupInfo[]>;
  /** A backup of the open file, redacted by the open project's vault, to apply as an edit. */
  restoreBackup(arg: { id: string }): Result<{ document: DirectoryDocument; createdAt: number }, OpenFailure>;
  /** The recent projects, newest first. */
  recentProjects(arg: null): Result<readonly RecentProject[]>;
  /** Closes the open project (stops watching it). */
  closeProject(arg: null): Result<null>;
  /** Tells main the window's state, for the title, the close guard and the macOS edited dot. */
  setDocumentState(arg: { title: string; dirty: boolean }): Result<null>;
  /** Closes the window once the renderer has dealt with unsaved changes. */
  closeWindow(arg: null): Result<null>;
  /** Tells main the app's language, for the menu, the native dialogs and the close prompt. */
  setLanguage(arg: { language: Language }): Result<null>;
}

/** Main → renderer events. */
export interface EventContract {
  /** The open file changed on disk (written by 4D, git or another editor). */
  fileChanged: { readonly revision: string | null };
  /** A native menu item was chosen. */
  menuCommand: MenuCommand;
  /** A path was given on the command line, by the OS or by a second instance. */
  openRequested: { readonly target: string };
  /** A deep audit's progress: bcrypt hashes tried, out of total. */
  auditProgress: { readonly done: number; readonly total: number };
}

/** IPC channel of each request; a method without a channel fails to compile. */
export const INVOKE_CHANNELS = {
  chooseProject: "directory:choose-project",
  openProject: "directory:open-project",
  openSample: "directory:open-sample",
  reload: "directory:reload",
  readDisk: "directory:read-disk",
  save: "directory:save",
  preparePassword: "directory:prepare-password",
  audit: "directory:audit",
  cancelAudit: "directory:cancel-audit",
  hiddenProblemKinds: "app:hidden-problem-kinds",
  setHiddenProblemKinds: "app:set-hidden-problem-kinds",
  compareWith: "directory:compare-with",
  chooseCompareFile: "directory:choose-compare-file",
  createOtherCopy: "directory:create-other-copy",
  chooseCsv: "app:choose-csv",
  readImport: "directory:read-import",
  exportCsv: "directory:export-csv",
  listBackups: "directory:list-backups",
  restoreBackup: "directory:restore-backup",
  recentProjects: "app:recent-projects",
  closeProject: "directory:close-project",
  setDocumentState: "app:set-document-state",
  closeWindow: "app:close-window",
  setLanguage: "app:set-language",
} as const satisfies Record<keyof InvokeContract, string>;

/** IPC channel of each event. */
export const EVENT_CHANNELS = {
  fileChanged: "event:file-changed",
  menuCommand: "event:menu-command",
  openRequested: "event:open-requested",
  auditProgress: "event:audit-progress",
} as const satisfies Record<keyof EventContract, string>;

/** One request as an async function: its argument in, its Result out (a promise, as IPC answers). */
export type Invoker<M extends keyof InvokeContract> = (arg: Parameters<InvokeContract[M]>[0]) => Promise<ReturnType<InvokeContract[M]>>;

/** The renderer's view of main: one async function per request, plus event subscription. */
export type Api = {
  readonly [M in keyof InvokeContract]: Invoker<M>;
} & {
  /** Subscribes to an event; returns the unsubscribe function. */
  readonly on: <E extends keyof EventContract>(event: E, listener: (payload: EventContract[E]) => void) => () => void;
};

/** The handlers main implements: the same methods, without the IPC event. */
export type InvokeHandlers = {
  readonly [M in keyof InvokeContract]: Invoker<M>;
};

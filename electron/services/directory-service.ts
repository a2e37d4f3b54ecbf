import { cp, stat } from "node:fs/promises";
import type { DirectoryDocument } from "../../shared/document";
import { compareDirectories, differenceCounts } from "../../shared/compare";
import type { BackupInfo, Comparison, ImportFile, OpenFailure, Saved, Snapshot } from "../../shared/ipc-contract";
import type { HashForm } from "../../shared/password-shape";
import { fail, ok, type Result } from "../../shared/result";
import type { AuditReport } from "../../shared/audit";
import { auditDirectory } from "./audit";
import { copyDirectory, loadExisting, passwordHints } from "./copies";
import { listBackups } from "./backups";
import { loadDirectory, parseOrFail, saveDirectory, type LoadedDirectory } from "./directory-file";
import { readDirectoryFile } from "./file-store";
import { hashPassword, passwordNotes } from "./passwords";
import { listMethods, userIdsFile } from "./project-files";
import { HashVault } from "./redaction";
import { hashImportRows, readImportCsv } from "./csv-import";

/** What a preview row holds for a password it will set (never saved: the vault refuses it). */
const PASSWORD_TO_COME = "‹password to come›";

/** What the service needs from its host (the Electron app, or the e2e harness). */
export interface ServiceOptions {
  /** The app's own backup folder (never next to the file: backups hold password hashes). */
  readonly backupDir: string;
  /** The bundled sample project, and where a writable copy of it goes. */
  readonly sample: { readonly source: string; readonly target: string };
  /** Starts watching a file; returns the function that stops. */
  readonly watch: (path: string, onChange: () => void) => () => void;
  /** Called when the open file changed on disk and the change is not ours. */
  readonly onFileChanged: (revision: string | null) => void;
  /** Called as a deep audit tries bcrypt hashes (done out of total). */
  readonly onAuditProgress?: (done: number, total: number) => void;
}

/**
 * The open project, held by main: the loaded file, the hashes the renderer never sees, and the
 * watcher. Every IPC request about the directory goes through here.
 */
export class DirectoryService {
  private loaded: LoadedDirectory | undefined;
  private vault = new HashVault();
  private stopWatching: (() => void) | undefined;
  private savedAt: number | null = null;
  private auditing: AbortController | undefined;

  constructor(private readonly options: ServiceOptions) {}

  /** Opens a project (folder, .4DProject, Settings folder or directory.json); `copy` picks the other copy. */
  async open(target: string, copy?: "data" | "user"): Promise<Result<Snapshot, OpenFailure>> {
    const first = await loadDirectory(target);
    if (!first.ok) return first;
    let loaded = first.value;
    const wanted = copy === "data" ? loaded.location.dataPath : copy === "user" ? loaded.location.userPath : undefined;
    if (wanted && wanted !== loaded.location.inForce.path) {
      const other = await loadDirectory(wanted);
      if (!other.ok) return other;
      loaded = other.value;
    }
    this.close();
    this.vault = new HashVault();
    this.loaded = loaded;
    this.savedAt = null;
    const path = loaded.location.inForce.path;
    this.stopWatching = this.options.watch(path, () => void this.checkDisk());
    return ok(await this.snapshot(loaded));
  }

  /** Opens the bundled sample, copying it to the app's data folder the first time. */
  async openSample(): Promise<Result<Snapshot, OpenFailure>> {
    const { source, target } = this.options.sample;
    const present = await stat(target).then(() => true, () => false);
    if (!present) await cp(source, target, { recursive: true });
    return this.open(target);
  }

  /** Re-reads the open file. */
  async reload(): Promise<Result<Snapshot, OpenFailure>> {
    if (!this.loaded) return fail("no-project", "No project is open.");
    const copy = this.loaded.location.inForce.copy;
    return this.open(this.loaded.location.inForce.path, copy === "file" ? undefined : copy);
  }

  /** The file as it is on disk now, redacted, without replacing what is open. */
  async readDisk(): Promise<Result<Snapshot, OpenFailure>> {
    if (!this.loaded) return fail("no-project", "No project is open.");
    const current = await loadDirectory(this.loaded.location.inForce.path);
    if (!current.ok) return current;
    return ok(await this.snapshot({ ...current.value, location: this.loaded.location }));
  }

  /** Saves a draft: hashes restored, revision checked, written atomically. */
  async save(draft: DirectoryDocument, revision: string | null, force = false): Promise<Result<Saved>> {
    const loaded = this.loaded;
    if (!loaded) return fail("no-project", "No project is open.");
    if (!force && revision !== loaded.revision) {
      return fail("changed-on-disk", "The file changed since it was opened: reload it, compare, or overwrite it.");
    }
    const restored = this.vault.restore(draft);
    if (!restored.ok) return restored;
    const saved = await saveDirectory(loaded, restored.value, { force, backupDir: this.options.backupDir });
    if (!saved.ok) return saved;
    this.loaded = saved.value;
    this.savedAt = Date.now();
    return ok({ revision: saved.value.revision, location: saved.value.location, savedAt: this.savedAt, passwords: this.vault.storedTokens(draft) });
  }

  /**
   * The backups kept of the open file (backups.ts), newest first: when, how big, and how each
   * differs from the file as it is now (users, groups, other settings).
   */
  async listBackups(): Promise<Result<readonly BackupInfo[]>> {
    const loaded = this.loaded;
    if (!loaded) return fail("no-project", "No project is open.");
    const entries = await listBackups(loaded.location.inForce.path, this.options.backupDir);
    const infos: BackupInfo[] = [];
    for (const entry of entries) {
      const read = await readDirectoryFile(entry.path);
      const parsed = read.ok ? parseOrFail(entry.path, read.value.text) : undefined;
      infos.push({
        id: entry.name,
        createdAt: entry.createdAt.getTime(),
        size: read.ok ? Buffer.byteLength(read.value.text, "utf8") : 0,
        differs: parsed?.ok ? differenceCounts(compareDirectories(parsed.value.doc, loaded.parsed.doc)) : null,
      });
    }
    return ok(infos);
  }

  /**
   * One backup of the open file, redacted by this project's vault (its hashes stay here and come
   * back on save), for the renderer to apply as an ordinary edit. Saved unchanged, it writes the
   * backup's bytes again (its layout is kept).
   */
  async restoreBackup(id: string): Promise<Result<{ document: DirectoryDocument; createdAt: number }, OpenFailure>> {
    const loaded = this.loaded;
    if (!loaded) return fail("no-project", "No project is open.");
    const entry = (await listBackups(loaded.location.inForce.path, this.options.backupDir)).find((e) => e.name === id);
    if (!entry) return fail("backup-missing", `No backup ${id} of this file: it may have been removed since the list was shown.`, { id });
    const read = await readDirectoryFile(entry.path);
    if (!read.ok) return { ok: false, error: { ...read.error, file: entry.path } };
    const parsed = parseOrFail(entry.path, read.value.text);
    if (!parsed.ok) return parsed;
    return ok({ document: this.vault.redact(parsed.value.doc), createdAt: entry.createdAt.getTime() });
  }

  /** Hashes a new password (never stored in the renderer); answers its token and notes. */
  async preparePassword(password: string, form: HashForm): Promise<Result<{ token: string; notes: readonly string[] }>> {
    const hash = await hashPassword(password, form);
    return ok({ token: this.vault.addNew(hash), notes: passwordNotes(password) });
  }

  /**
   * The audit findings that need the hashes, for a draft (its tokens resolved from the vault):
   * guessed and shared passwords, and hashes in a git working tree. A deep audit also tries the
   * bcrypt hashes; a new audit or `cancelAudit` stops the one under way.
   */
  async audit(draft: DirectoryDocument, deep: boolean): Promise<Result<AuditReport>> {
    const loaded = this.loaded;
    if (!loaded) return fail("no-project", "No project is open.");
    const restored = this.vault.restore(draft);
    if (!restored.ok) return restored;
    this.cancelAudit();
    const controller = new AbortController();
    this.auditing = controller;
    try {
      const report = await auditDirectory(restored.value, {
        deep,
        structural: false,
        file: loaded.location.inForce.path,
        signal: controller.signal,
        onProgress: this.options.onAuditProgress,
      });
      return ok(report);
    } finally {
      if (this.auditing === controller) this.auditing = undefined;
    }
  }

  /** Stops the audit under way, if any. */
  cancelAudit(): void {
    this.auditing?.abort();
    this.auditing = undefined;
  }

  /**
   * Reads another directory.json to compare with the open one: `target`, or the project's other
   * copy. Redacted by this project's vault, so a password both hold has the same token and a
   * password taken from it is written back as its hash on save — it never reaches the renderer.
   */
  async compareWith(target?: string): Promise<Result<Comparison, OpenFailure>> {
    const loaded = this.loaded;
    if (!loaded) return fail("no-project", "No project is open.");
    const path = target ?? loaded.location.shadowed?.path;
    if (path === undefined) return fail("no-other-copy", "This project has no other copy of directory.json to compare with.");
    const other = await loadExisting(path);
    if (!other.ok) return other;
    const current = (await loadExisting(loaded.location.inForce.path)) as Result<LoadedDirectory, OpenFailure>;
    const base = current.ok ? current.value : loaded;
    const hints = await passwordHints(base, other.value, compareDirectories(base.parsed.doc, other.value.parsed.doc), this.options.backupDir);
    return ok({
      path: other.value.location.inForce.path,
      copy: other.value.location.inForce.copy,
      document: this.vault.redact(other.value.parsed.doc),
      hints,
    });
  }

  /**
   * Creates the project's missing copy from the open one as saved (the data copy from the user
   * copy, or the reverse), then reopens the project: 4D then uses the data copy.
   */
  async createOtherCopy(): Promise<Result<Snapshot, OpenFailure>> {
    const loaded = this.loaded;
    if (!loaded) return fail("no-project", "No project is open.");
    const { inForce, dataPath, userPath, projectRoot } = loaded.location;
    const to = inForce.copy === "data" ? userPath : inForce.copy === "user" ? dataPath : undefined;
    if (!to || !projectRoot) return fail("not-a-project", "This file is not inside a 4D project, so it has no other copy to create.");
    if (!inForce.exists) return fail("copy.unsaved", "Save this copy first: there is no file yet to copy.");
    const copied = await copyDirectory(inForce.path, to, { backupDir: this.options.backupDir });
    if (!copied.ok) return copied;
    return this.open(projectRoot);
  }

  /**
   * Reads a CSV for an import. For the preview (`hash` false) a password is only marked as
   * coming; for the import itself each is hashed here and kept in the vault, and the rows carry
   * its token. The plain passwords never leave main.
   */
  async readImport(path: string, form: HashForm, hash: boolean): Promise<Result<ImportFile>> {
    const csv = await readImportCsv(path);
    if (!csv.ok) return csv;
    const { layout, rows, passwords } = csv.value;
    const prepared = hash
      ? (await hashImportRows(rows, form)).map((row) => (row.password === undefined ? row : { ...row, password: this.vault.addNew(row.password) }))
      : rows.map(({ plainPassword, ...row }) => (plainPassword === undefined ? row : { ...row, password: PASSWORD_TO_COME }));
    return ok({ path, layout, rows: prepared, passwords });
  }

  /** Closes the open project and stops watching it. */
  close(): void {
    this.cancelAudit();
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.loaded = undefined;
  }

  /** The path of the open file, if any. */
  openPath(): string | undefined {
    return this.loaded?.location.inForce.path;
  }

  private async checkDisk(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded) return;
    const revision = await this.diskRevision(loaded);
    if (revision !== loaded.revision) this.options.onFileChanged(revision);
  }

  private async diskRevision(loaded: LoadedDirectory): Promise<string | null> {
    const current = await readDirectoryFile(loaded.location.inForce.path);
    return current.ok ? current.value.revision : null;
  }

  private async snapshot(loaded: LoadedDirectory): Promise<Snapshot> {
    return {
      location: loaded.location,
      document: this.vault.redact(loaded.parsed.doc),
      revision: loaded.revision,
      methods: await listMethods(loaded.location.projectRoot),
      userIdsFile: await userIdsFile(loaded.location.projectRoot),
      savedAt: this.savedAt,
    };
  }
}

import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { RecentProject } from "../../shared/ipc-contract";

const MAX_RECENT = 10;

/** Window bounds remembered between runs. */
export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized?: boolean;
}

interface AppState {
  readonly recent: readonly RecentProject[];
  readonly window?: WindowBounds;
  /** Per project (its folder or file), the kinds of problem notes a person chose to hide. */
  readonly hiddenProblems?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The app's own small state (recent projects, window size) in a JSON file of its data folder.
 * A missing or unreadable file is an empty state: losing the recent list is never worth an error.
 */
export class AppStateStore {
  private state: AppState = { recent: [] };

  constructor(private readonly file: string) {}

  /** Reads the state file once at start-up. */
  async load(): Promise<void> {
    try {
      const parsed = JSON.parse(await readFile(this.file, "utf8")) as Partial<AppState>;
      const hidden = parsed.hiddenProblems && typeof parsed.hiddenProblems === "object" ? parsed.hiddenProblems : undefined;
      this.state = { recent: Array.isArray(parsed.recent) ? parsed.recent : [], window: parsed.window, hiddenProblems: hidden };
    } catch {
      this.state = { recent: [] };
    }
  }

  /** Recent projects, newest first. */
  recent(): readonly RecentProject[] {
    return this.state.recent;
  }

  /** Remembers a project as the most recent one. */
  async addRecent(target: string, name: string): Promise<void> {
    const others = this.state.recent.filter((r) => r.target !== target);
    this.state = { ...this.state, recent: [{ target, name, openedAt: Date.now() }, ...others].slice(0, MAX_RECENT) };
    await this.persist();
  }

  /** The remembered window bounds, if any. */
  windowBounds(): WindowBounds | undefined {
    return this.state.window;
  }

  /** Remembers the window bounds. */
  async setWindowBounds(bounds: WindowBounds): Promise<void> {
    this.state = { ...this.state, window: bounds };
    await this.persist();
  }

  /** The kinds of problem notes hidden for a project (problem codes). */
  hiddenProblemKinds(project: string): readonly string[] {
    const kinds = this.state.hiddenProblems?.[project];
    return Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === "string") : [];
  }

  /** Remembers the kinds of problem notes hidden for a project. */
  async setHiddenProblemKinds(project: string, kinds: readonly string[]): Promise<void> {
    const others = Object.fromEntries(Object.entries(this.state.hiddenProblems ?? {}).filter(([p]) => p !== project));
    const hiddenProblems = kinds.length > 0 ? { ...others, [project]: [...new Set(kinds)] } : others;
    this.state = { ...this.state, hiddenProblems };
    await this.persist();
  }

  private async persist(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    await writeFile(temp, JSON.stringify(this.state, null, 2));
    await rename(temp, this.file);
  }
}

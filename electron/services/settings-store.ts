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
      this.state = { recent: Array.isArray(parsed.recent) ? parsed.recent : [], window: parsed.window };
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

  private async persist(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    await writeFile(temp, JSON.stringify(this.state, null, 2));
    await rename(temp, this.file);
  }
}

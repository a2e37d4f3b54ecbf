import type { Page } from "playwright-core";

/** What a flow needs: the window, the project folder it has open, and a screenshot hook. */
export interface Driver {
  readonly page: Page;
  /** The folder of the fresh copy of the sample project that is open. */
  readonly project: string;
  /** Saves a full-window screenshot of the current state (browser: test-results/screenshots). */
  readonly shot: (name: string) => Promise<void>;
}

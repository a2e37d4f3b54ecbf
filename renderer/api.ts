import type { Api } from "../shared/ipc-contract";

declare global {
  interface Window {
    /** Bridged by electron/preload (or by the e2e harness over HTTP). */
    readonly api?: Api;
  }
}

/**
 * The one place the renderer reaches main. Everything else gets the API injected
 * (the store factory takes it), so tests pass a fake.
 */
export function getApi(): Api {
  if (!window.api) throw new Error("window.api is missing: the preload script did not run");
  return window.api;
}

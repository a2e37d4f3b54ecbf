// The e2e stand-in for electron/preload: defines `window.api` with the preload's shape, over HTTP.
// Injected with page.addInitScript before the renderer loads (test/e2e/support/browser.ts appends the
// call with the contract's method names, taken from INVOKE_CHANNELS):
//   one async function per request → POST /api/<method> with the JSON argument, answers the Result;
//   on(event, listener) → one shared EventSource on /events; returns the unsubscribe function.
/* global window, fetch, EventSource, console */

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the line support/browser.ts appends
function installHttpApi(methods) {
  if (window.api) return;
  const listeners = new Map();
  let source;

  function connect() {
    if (source) return;
    source = new EventSource("/events");
    for (const event of ["fileChanged", "menuCommand", "openRequested"]) {
      source.addEventListener(event, (message) => {
        const payload = JSON.parse(message.data);
        for (const listener of listeners.get(event) ?? []) listener(payload);
      });
    }
  }

  async function invoke(method, arg) {
    const response = await fetch(`/api/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(arg ?? null),
    });
    if (!response.ok) {
      console.error(`[http-api] ${method}: HTTP ${response.status}`);
      return { ok: false, error: { code: "transport", message: `The request ${method} failed (HTTP ${response.status}).`, params: {} } };
    }
    return response.json();
  }

  const api = {};
  for (const method of methods) api[method] = (arg) => invoke(method, arg);
  api.on = (event, listener) => {
    connect();
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => void set.delete(listener);
  };
  Object.defineProperty(window, "api", { value: Object.freeze(api), writable: false, configurable: false });
}

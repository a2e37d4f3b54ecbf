import { ipcMain, type IpcMainInvokeEvent, type WebContents } from "electron";
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventContract, type InvokeContract, type InvokeHandlers } from "../../shared/ipc-contract";
import { INVOKE_SCHEMAS } from "../../shared/ipc-schemas";
import { fail } from "../../shared/result";

/**
 * Registers one ipcMain handler per contract method. Each checks the sender, validates the
 * argument against its schema, and only then calls the handler, which never sees the event.
 * Errors cross as Result values: Electron forwards only `message` from a thrown error.
 */
export function registerIpc(handlers: InvokeHandlers, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  for (const method of Object.keys(INVOKE_CHANNELS) as (keyof InvokeContract)[]) {
    ipcMain.handle(INVOKE_CHANNELS[method], async (event, arg: unknown) => {
      // https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
      if (!isTrusted(event)) return fail("untrusted-sender", "Request refused: it did not come from the app's window.");
      const parsed = INVOKE_SCHEMAS[method].safeParse(arg);
      if (!parsed.success) return fail("bad-request", `Request ${method} refused: ${parsed.error.issues[0]?.message ?? "invalid argument"}.`);
      try {
        const handler = handlers[method] as (a: unknown) => Promise<unknown>;
        return await handler(parsed.data);
      } catch (error) {
        console.error(`[ipc] ${method} failed:`, error instanceof Error ? error.message : error);
        return fail("internal", `Something went wrong while handling ${method}; nothing was written.`);
      }
    });
  }
}

/** Sends a typed event to the renderer. */
export function sendEvent<E extends keyof EventContract>(target: WebContents, event: E, payload: EventContract[E]): void {
  if (!target.isDestroyed()) target.send(EVENT_CHANNELS[event], payload);
}

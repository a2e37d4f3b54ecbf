import { ipcMain, type IpcMainInvokeEvent, type WebContents } from "electron";
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventContract, type InvokeContract, type InvokeHandlers } from "../../shared/ipc-contract";
import { fail } from "../../shared/result";
import { dispatch } from "../services/dispatch";

/**
 * Registers one ipcMain handler per contract method. Each checks the sender, then dispatches:
 * the argument is validated against its schema before the handler, which never sees the event,
 * is called; errors cross as Result values.
 */
export function registerIpc(handlers: InvokeHandlers, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  for (const method of Object.keys(INVOKE_CHANNELS) as (keyof InvokeContract)[]) {
    ipcMain.handle(INVOKE_CHANNELS[method], async (event, arg: unknown) => {
      // https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
      if (!isTrusted(event)) return fail("untrusted-sender", "Request refused: it did not come from the app's window.");
      return dispatch(handlers, method, arg);
    });
  }
}

/** Sends a typed event to the renderer. */
export function sendEvent<E extends keyof EventContract>(target: WebContents, event: E, payload: EventContract[E]): void {
  if (!target.isDestroyed()) target.send(EVENT_CHANNELS[event], payload);
}

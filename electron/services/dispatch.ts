import type { InvokeContract, InvokeHandlers } from "../../shared/ipc-contract";
import { INVOKE_SCHEMAS } from "../../shared/ipc-schemas";
import { fail } from "../../shared/result";

/**
 * Runs one request against the handlers: the argument is checked against its schema first
 * (IPC arguments are untrusted at run time), and a handler that throws answers a Result, never
 * an exception (Electron would forward only its message). Used by main/ipc.ts and by the e2e
 * harness's HTTP transport, so both apply the same checks.
 */
export async function dispatch(handlers: InvokeHandlers, method: keyof InvokeContract, arg: unknown): Promise<unknown> {
  const parsed = INVOKE_SCHEMAS[method].safeParse(arg);
  if (!parsed.success) return fail("bad-request", `Request ${method} refused: ${parsed.error.issues[0]?.message ?? "invalid argument"}.`);
  try {
    const handler = handlers[method] as (a: unknown) => Promise<unknown>;
    return await handler(parsed.data);
  } catch (error) {
    console.error(`[ipc] ${method} failed:`, error instanceof Error ? error.message : error);
    return fail("internal", `Something went wrong while handling ${method}; nothing was written.`);
  }
}

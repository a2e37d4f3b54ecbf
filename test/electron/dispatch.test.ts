import type { InvokeHandlers } from "../../shared/ipc-contract";
import { ok } from "../../shared/result";
import { dispatch } from "../../electron/services/dispatch";

const handlers = {
  openProject: async ({ target }: { target: string }) => ok(`opened ${target}`),
  reload: async () => {
    throw new Error("disk on fire");
  },
} as unknown as InvokeHandlers;

describe("dispatch (the IPC and harness request path)", () => {
  it("calls the handler with a valid argument", async () => {
    expect(await dispatch(handlers, "openProject", { target: "/p" })).toEqual({ ok: true, value: "opened /p" });
  });

  it("refuses an invalid argument before any handler runs", async () => {
    const result = (await dispatch(handlers, "openProject", { target: 42 })) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe("bad-request");
  });

  it("answers a thrown error as a Result, without its stack", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await dispatch(handlers, "reload", null);
    expect(result).toEqual({ ok: false, error: { code: "internal", message: "Something went wrong while handling reload; nothing was written." } });
  });
});

import { z } from "zod";
import type { InvokeContract } from "./ipc-contract";
import type { Json } from "./json";

// IPC arguments are untrusted at run time (a compromised renderer can send anything), so main
// checks each one against these before a handler sees it.
// https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages

const json: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.array(json),
    z.strictObject({ entries: z.array(z.tuple([z.string(), json])) }),
  ]),
);

const documentSchema = z.strictObject({
  layout: z.strictObject({ bom: z.boolean(), eol: z.enum(["\n", "\r\n"]) }),
  root: z.strictObject({ entries: z.array(z.tuple([z.string(), json])) }),
});

const none = z.null();

/** The run-time schema of each request's argument. */
export const INVOKE_SCHEMAS = {
  chooseProject: none,
  openProject: z.strictObject({ target: z.string().min(1).max(4096), copy: z.enum(["data", "user"]).optional() }),
  openSample: none,
  reload: none,
  readDisk: none,
  save: z.strictObject({
    draft: documentSchema,
    revision: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    force: z.boolean().optional(),
  }),
  // bcrypt reads 72 bytes; 4096 only bounds what a bad renderer can make main hash.
  preparePassword: z.strictObject({ password: z.string().min(1).max(4096), form: z.enum(["bcrypt", "legacy"]) }),
  audit: z.strictObject({ draft: documentSchema, deep: z.boolean() }),
  cancelAudit: none,
  hiddenProblemKinds: z.strictObject({ project: z.string().min(1).max(4096) }),
  setHiddenProblemKinds: z.strictObject({ project: z.string().min(1).max(4096), kinds: z.array(z.string().max(100)).max(200) }),
  compareWith: z.strictObject({ target: z.string().min(1).max(4096).optional() }),
  chooseCompareFile: none,
  createOtherCopy: none,
  recentProjects: none,
  closeProject: none,
  setDocumentState: z.strictObject({ title: z.string().max(1000), dirty: z.boolean() }),
  closeWindow: none,
} satisfies Record<keyof InvokeContract, z.ZodType>;

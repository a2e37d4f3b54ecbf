import { z } from "zod";
import type { InvokeContract } from "./ipc-contract";
import type { Json } from "./json";
import { MAX_DEPTH } from "./parse";

// IPC arguments are untrusted at run time (a compromised renderer can send anything), so main
// checks each one against these before a handler sees it.
// https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages

/**
 * True when `value` is a document tree (shared/json.ts): strings, finite numbers, booleans, null,
 * arrays, and objects that are exactly `{ entries: [[key, value]…] }`. One iterative pass: zod's
 * recursive union over a 16,000-user draft cost more than writing the file.
 */
export function isJsonTree(value: unknown): value is Json {
  const stack: unknown[] = [value];
  // A structured clone can hold cycles: a bound on the values visited ends the walk anyway.
  let budget = 20_000_000;
  while (stack.length > 0) {
    if (--budget < 0) return false;
    const v = stack.pop();
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return false;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      const keys = Object.keys(v);
      const entries = (v as { entries?: unknown }).entries;
      if (keys.length !== 1 || keys[0] !== "entries" || !Array.isArray(entries)) return false;
      for (const entry of entries) {
        if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string") return false;
        stack.push(entry[1]);
      }
    } else return false;
  }
  return true;
}

const jsonObject = z.custom<{ entries: [string, Json][] }>((v) => isJsonTree(v) && typeof v === "object" && v !== null && !Array.isArray(v), {
  message: "must be a JSON object tree ({ entries: [[key, value]…] })",
});

const documentSchema = z.strictObject({
  layout: z.strictObject({
    bom: z.boolean(),
    eol: z.enum(["\n", "\r\n"]),
    // Spellings as read (document.ts); serialize.ts writes one only where it holds the value there.
    raw: z
      .array(
        z.strictObject({
          path: z.array(z.union([z.string(), z.number().int().nonnegative()])).max(MAX_DEPTH + 1),
          text: z.string().max(100_000).optional(),
          key: z.string().max(100_000).optional(),
        }),
      )
      .optional(),
  }),
  root: jsonObject,
});

const none = z.null();

/**
 * The run-time schema of each request's argument, typed against its method's parameter: a schema
 * whose output drifts from the contract (a field missing or of another type) fails to compile.
 */
export const INVOKE_SCHEMAS: { readonly [M in keyof InvokeContract]: z.ZodType<Parameters<InvokeContract[M]>[0]> } = {
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
  chooseCsv: z.strictObject({ mode: z.enum(["open", "save"]), suggestedName: z.string().max(255).optional() }),
  readImport: z.strictObject({ path: z.string().min(1).max(4096), form: z.enum(["bcrypt", "legacy"]), hash: z.boolean() }),
  exportCsv: z.strictObject({ path: z.string().min(1).max(4096), draft: documentSchema, layout: z.enum(["matrix", "rows"]) }),
  listBackups: none,
  // A backup's file name as backups.ts writes it: never a path.
  restoreBackup: z.strictObject({ id: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-\d{3}\.json$/) }),
  recentProjects: none,
  closeProject: none,
  setDocumentState: z.strictObject({ title: z.string().max(1000), dirty: z.boolean() }),
  closeWindow: none,
  setLanguage: z.strictObject({ language: z.enum(["en", "fr"]) }),
};

/**
 * What every editing operation returns: the edited document and one line of the change log.
 *
 * Edits are pure `(doc, ...args) => Result<Edit>`; a refusal is a `Failure` whose message says
 * what and why in one sentence, and the input document is never modified.
 */
import type { DirectoryDocument } from "../document";
import type { JsonObject } from "../json";
import type { ChangeCode } from "../messages";
import { fail, ok, type Failure, type Result } from "../result";

/** The parameters of a change or a refusal, for the UI to say the same thing in another language. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * One line of a human change log.
 *
 * `code` is stable (`user.renamed`, `licence.given`…) so the UI can translate it with `params`;
 * `message` is the English line, e.g. `renamed user Bob → Robert (3 references updated)`.
 */
export interface Change {
  readonly code: ChangeCode;
  readonly message: string;
  readonly params: Params;
}

/** A successful edit: the new document (untouched parts shared with the old one) and what changed. */
export interface Edit {
  readonly doc: DirectoryDocument;
  readonly change: Change;
}

/** What every edit answers: an `Edit`, or a `Failure` that leaves the document as it was. */
export type EditResult = Result<Edit, Failure>;

/** Code of the refusal for an edit that would change nothing (the UI may ignore it silently). */
export const UNCHANGED = "edit.unchanged" as const;

/** Builds a successful edit from a new root (layout kept) and its change-log line. */
export function edited(doc: DirectoryDocument, root: JsonObject, code: ChangeCode, message: string, params: Params): EditResult {
  return ok({ doc: { layout: doc.layout, root }, change: { code, message, params } });
}

/** Refuses an edit that would change nothing, code `edit.unchanged`. */
export function unchanged(message: string, params: Params): EditResult {
  return fail(UNCHANGED, message, params);
}

/**
 * One change-log line for two edits made as one intention: a user or group added (or duplicated)
 * then named at once is "added group Vendeurs", not two lines. Null when `next` is not the naming
 * of what `previous` created.
 */
export function absorbRename(previous: Change, next: Change): Change | null {
  const kind = previous.code.split(".")[0];
  if (next.code !== `${kind}.renamed` || (kind !== "user" && kind !== "group")) return null;
  const from = String(next.params.name);
  const to = String(next.params.newName);
  if (previous.code === `${kind}.added` && previous.params.name === from) {
    return { code: previous.code, message: previous.message.replace(from, to), params: { ...previous.params, name: to } };
  }
  if (previous.code === `${kind}.duplicated` && previous.params.newName === from) {
    return { code: previous.code, message: previous.message.replace(` as ${from}`, ` as ${to}`), params: { ...previous.params, newName: to } };
  }
  return null;
}

/** Joins names for a sentence: `A`, `A and B`, `A, B and C`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] as string}`;
}

/** `1 reference`, `3 references`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * Checking and naming the value of a single-valued access slot (licence holder, group setting,
 * SQL right): a group name, `"*"` (everybody) or `""` (nobody).
 */
import type { DirectoryDocument } from "../document";
import { EVERYBODY, NOBODY } from "../keys";
import { modelOf } from "../model";

/** A holder in words: `everybody`, `nobody`, or the group's name. */
export function holderLabel(value: string | undefined): string {
  if (value === undefined) return "not set";
  return value === EVERYBODY ? "everybody" : value === NOBODY ? "nobody" : value;
}

/** True for `"*"`, `""` or the name of a group of the document. */
export function isGroupHolder(doc: DirectoryDocument, value: string): boolean {
  return value === EVERYBODY || value === NOBODY || modelOf(doc).groupByName.has(value);
}

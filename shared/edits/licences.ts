/**
 * Giving a plug-in licence (`remoteGranters`) to a group, to everybody or to nobody.
 *
 * One group per licence is inherent to the format (one value per key, SET PLUGIN ACCESS): giving
 * a licence takes it from whoever had it, and the change says who that was.
 */
import type { DirectoryDocument } from "../document";
import { getString, setKey } from "../json";
import { LICENCES, licenceInfo } from "../keys";
import { fail } from "../result";
import { edited, unchanged, type EditResult } from "./edit";
import { holderLabel, isGroupHolder } from "./holders";
import { topObject, withTop } from "./tree";

const LICENCE_ORDER = LICENCES.map((l) => l.key);

/** A licence in words: `4D Write`, or `licence myPlugin` for a third-party key. */
export function licenceLabel(key: string): string {
  return licenceInfo(key)?.label ?? `licence ${key}`;
}

/**
 * Sets the holder of licence `key`: a group name, `"*"` (everybody) or `""` (nobody).
 *
 * `key` is one of the six known licences or any key already in the file (third-party plug-ins).
 * `remoteGranters` is created at its canonical place when missing, a new known key at its
 * canonical position. E.g. `gave 4D Write to Sales (was Accounting)`.
 */
export function giveLicence(doc: DirectoryDocument, key: string, holder: string): EditResult {
  const granters = topObject(doc.root, "remoteGranters");
  const inFile = granters.entries.some(([k]) => k === key);
  const label = licenceLabel(key);
  if (!inFile && !licenceInfo(key)) {
    return fail("licence.unknown", `There is no licence "${key}": it is neither a 4D licence nor a key in this file.`, { key });
  }
  if (!isGroupHolder(doc, holder)) {
    return fail("licence.unknown-group", `There is no group named ${holder}, so it cannot be given ${label}.`, { key, holder });
  }
  const previous = inFile ? getString(granters, key) : undefined;
  if (previous === holder) return unchanged(`${label} is already given to ${holderLabel(holder)}.`, { key, holder });
  const root = withTop(doc.root, "remoteGranters", setKey(granters, key, holder, LICENCE_ORDER));
  return edited(doc, root, "licence.given", `gave ${label} to ${holderLabel(holder)} (was ${holderLabel(previous)})`, {
    key,
    holder,
    previous: previous ?? "",
  });
}

import type { DirectoryDocument } from "../document";
import type { JsonObject } from "../json";
import { checkCycles } from "./check-cycles";
import { checkMembers } from "./check-members";
import { checkNames } from "./check-names";
import { checkPasswords } from "./check-passwords";
import { checkReferences } from "./check-references";
import { recentCache } from "../recent-cache";
import { bySeverity, type Problem } from "./problems";

const cache = recentCache<JsonObject, readonly Problem[]>();

/**
 * Everything wrong, doubtful or worth knowing in a directory.json, errors first, then warnings,
 * then info; within each, in the order of the file's sections. Computed once per document.
 *
 * Codes: errors `missing-builtin`, `too-many-users`, `too-many-groups`, `empty-name`, `star-name`,
 * `duplicate-name`, `dangling-member`, `dangling-reference`, `cycle`; warnings `long-group-name`,
 * `duplicate-member`, `unknown-password-hash`; info `access-control-off`, `bcrypt-needs-v19r3`.
 * The shape of the file (types of values) is not checked here.
 */
export function checkDirectory(doc: DirectoryDocument): readonly Problem[] {
  return cache.get(doc.root, () =>
    bySeverity([...checkNames(doc), ...checkMembers(doc), ...checkCycles(doc), ...checkReferences(doc), ...checkPasswords(doc)]),
  );
}

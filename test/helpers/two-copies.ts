// Two copies of the sample project's directory.json that drifted the way 4D Server makes them
// drift: the data copy has a changed password, an added user and a removed membership.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { addMember, deleteUser, removeMember, setPasswordValue } from "../../shared/edits";
import { serializeDirectory } from "../../shared/serialize";
import { applied, documentFromText } from "./documents";

/** The sample project's data copy (build/sample-project). */
export const SAMPLE_DATA = readFileSync(resolve(__dirname, "../../build/sample-project/Data/Settings/directory.json"), "utf8");

/** The legacy hash of the password `1` (docs/directory-json.md §4). */
export const HASH_OF_1 = "Kjg/94PRrUDafImXUuZYuw==";

/**
 * The text of both copies: in the data copy Marc Olivier's password changed, Lucía Fernández was
 * added (member of Support) and Zoé Dubois left Accounting.
 */
export function driftedCopies(): { data: string; user: string } {
  const sample = documentFromText(SAMPLE_DATA);
  const data = applied(removeMember(sample, "Accounting", { user: "Zoé Dubois" })).doc;
  let user = applied(addMember(data, "Accounting", { user: "Zoé Dubois" })).doc;
  user = applied(deleteUser(user, "Lucía Fernández")).doc;
  user = applied(setPasswordValue(user, "Marc Olivier", HASH_OF_1)).doc;
  return { data: serializeDirectory(data), user: serializeDirectory(user) };
}

/** A temp project holding the two drifted copies; answers its root and both paths. */
export function driftedProject(): { root: string; dataPath: string; userPath: string } {
  const root = mkdtempSync(join(tmpdir(), "4dde-copies-"));
  const { data, user } = driftedCopies();
  const dataPath = join(root, "Data", "Settings", "directory.json");
  const userPath = join(root, "Settings", "directory.json");
  mkdirSync(join(root, "Project"), { recursive: true });
  writeFileSync(join(root, "Project", "Drift.4DProject"), "{}");
  mkdirSync(join(root, "Data", "Settings"), { recursive: true });
  mkdirSync(join(root, "Settings"), { recursive: true });
  writeFileSync(dataPath, data);
  writeFileSync(userPath, user);
  return { root, dataPath, userPath };
}

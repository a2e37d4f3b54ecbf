import type { DirectoryDocument } from "../document";
import { EVERYBODY } from "../keys";
import { modelOf } from "../model";
import { hasEdgeSpaces } from "../name-shape";
import { rightEntries, userRights } from "../queries";
import { count, finding, quoteNames, type Finding } from "./findings";
import { lookalikeSets } from "./lookalikes";

const DESIGN_ACCESS = "designAccessGroup";
const DEFAULT_USER = "remoteDefaultUser";

/**
 * The audit's findings that need no hash: who has no password, who is the default user, who
 * may enter Design mode, which hashes are legacy, which names look alike or hide edge spaces.
 *
 * Pure, and true of a redacted document too (password kinds survive redaction), so the UI can
 * re-run these after every edit. Access control is on once the Designer has a password
 * (docs/directory-json.md §5.10): the findings about missing passwords apply only then.
 */
export function auditStructure(doc: DirectoryDocument): Finding[] {
  const model = modelOf(doc);
  const found: Finding[] = [];
  const designer = model.users.find((u) => u.kind === "designer");
  const administrator = model.users.find((u) => u.kind === "administrator");
  const accessControl = designer !== undefined && designer.password !== "none";
  const entries = rightEntries(model);

  if (accessControl && administrator && administrator.password === "none") {
    found.push(
      finding(
        "admin-no-password",
        `The Administrator ("${administrator.name}") has no password while the Designer has one: anyone can log in as the Administrator, who may create users and groups and enter Design mode; give the Administrator a password.`,
        { users: [administrator.name] },
      ),
    );
  }

  const defaultUser = entries.find((e) => e.key === DEFAULT_USER)?.value;
  const openDefault = defaultUser ? model.userByName.get(defaultUser) : undefined;
  if (accessControl && openDefault && openDefault.password === "none") {
    const design = userRights(doc, openDefault.name)?.access.some((g) => g.key === DESIGN_ACCESS) ?? false;
    const message = design
      ? `The default user "${openDefault.name}" has no password and may enter Design mode: every remote connection logs in as this user without a dialog and can change the application; give the user a password or choose another default user.`
      : `The default user "${openDefault.name}" has no password: every remote connection logs in as this user without a dialog; give the user a password or choose another default user.`;
    found.push(finding("default-user-open", message, { users: [openDefault.name] }, { design: design ? 1 : 0 }));
  }

  if (accessControl && entries.find((e) => e.key === DESIGN_ACCESS)?.value === EVERYBODY) {
    found.push(
      finding(
        "everybody-design",
        `Design access is given to everybody ("*") while access control is on: any user who logs in may enter Design mode and the Runtime Explorer; choose a group of developers instead.`,
      ),
    );
  }

  if (accessControl) {
    const open = model.users.filter((u) => u.kind === "user" && u.password === "none").map((u) => u.name);
    if (open.length > 0) {
      found.push(
        finding(
          "no-password",
          `${count(open.length, "user")} ${open.length === 1 ? "has" : "have"} no password (${quoteNames(open)}): anyone who knows the name logs in as them; give each a password.`,
          { users: open },
          { count: open.length },
        ),
      );
    }
  }

  const legacy = model.users.filter((u) => u.password === "legacy").map((u) => u.name);
  if (legacy.length > 0) {
    found.push(
      finding(
        "legacy-hash",
        `${count(legacy.length, "user")} ${legacy.length === 1 ? "has" : "have"} a legacy password hash (unsalted MD5, guessed in seconds once the file leaks): set their passwords again as bcrypt if the project runs on 4D v19 R3 or later.`,
        { users: legacy },
        { count: legacy.length },
      ),
    );
  }

  for (const names of lookalikeSets(doc, "user")) {
    found.push(
      finding(
        "lookalike-names",
        `Users ${quoteNames(names, names.length)} look alike (they differ only by case, spaces or invisible characters): a person picking one can get another; rename all but one.`,
        { users: names },
      ),
    );
  }
  for (const names of lookalikeSets(doc, "group")) {
    found.push(
      finding(
        "lookalike-names",
        `Groups ${quoteNames(names, names.length)} look alike (they differ only by case, spaces or invisible characters): rights given to one can be meant for another; rename all but one.`,
        { groups: names },
      ),
    );
  }

  const edgeUsers = model.users.map((u) => u.name).filter(hasEdgeSpaces);
  const edgeGroups = model.groups.map((g) => g.name).filter(hasEdgeSpaces);
  if (edgeUsers.length + edgeGroups.length > 0) {
    const n = edgeUsers.length + edgeGroups.length;
    found.push(
      finding(
        "edge-spaces",
        `${count(n, "name")} start${n === 1 ? "s" : ""} or end${n === 1 ? "s" : ""} with a space (${quoteNames([...edgeUsers, ...edgeGroups])}), which 4D's lists do not show: rename ${n === 1 ? "it" : "them"} without the space.`,
        { users: edgeUsers, groups: edgeGroups },
        { count: n },
      ),
    );
  }
  return found;
}

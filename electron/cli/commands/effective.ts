import type { DirectoryDocument } from "../../../shared/document";
import { modelOf } from "../../../shared/model";
import { effectiveGroups, userRights, type Grant, type Via } from "../../../shared/queries";
import { CliExit, EXIT } from "../exit";
import type { Io } from "../io";
import { load } from "../session";

function viaText(via: Via): string {
  switch (via.kind) {
    case "everybody":
      return "everybody";
    case "builtin":
      return "built in";
    case "user":
      return "names this user";
    case "group":
      return `via ${via.path.join(" ⊂ ")}`;
  }
}

function viaJson(via: Via): unknown {
  return via.kind === "group" ? { kind: "group", path: via.path } : { kind: via.kind };
}

/** `effective <target> <user> [--json]`: a user's groups (with paths), licences and access rights. */
export async function effective(io: Io, target: string, user: string, json: boolean): Promise<number> {
  const loaded = await load(target);
  const doc: DirectoryDocument = loaded.parsed.doc;
  const rights = userRights(doc, user);
  if (!rights) {
    const names = modelOf(doc).users.map((u) => u.name);
    throw new CliExit(EXIT.refused, `No user named "${user}" in ${loaded.location.inForce.path} (users: ${names.join(", ")}).`);
  }
  const groups = effectiveGroups(doc, user).map((m) => ({ name: m.group, path: m.path }));
  const grant = (g: Grant) => ({ key: g.key, label: g.label, via: viaJson(g.via) });
  if (json) {
    io.out(JSON.stringify({ user, groups, licences: rights.licences.map(grant), access: rights.access.map(grant) }, null, 2));
    return EXIT.ok;
  }
  io.out(`${user}`);
  io.out(`Groups:${groups.length ? "" : " none"}`);
  for (const g of groups) io.out(`  ${g.name}${g.path.length > 1 ? `  (via ${g.path.slice(0, -1).join(" ⊂ ")})` : ""}`);
  io.out(`Licences:${rights.licences.length ? "" : " none"}`);
  for (const l of rights.licences) io.out(`  ${l.label}  (${viaText(l.via)})`);
  io.out(`Access:${rights.access.length ? "" : " none"}`);
  for (const a of rights.access) io.out(`  ${a.label}  (${viaText(a.via)})`);
  return EXIT.ok;
}

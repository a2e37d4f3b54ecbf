import type { DirectoryDocument } from "../../../shared/document";
import { modelOf } from "../../../shared/model";
import { userRights, type Grant, type Via } from "../../../shared/queries";
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

/** JSON.stringify(value, null, 2) with every line after the first indented by `prefix`. */
const nested = (value: unknown, prefix: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${prefix}`);

/**
 * `effective <target> <user> [--json]`: a user's groups (with paths), licences and access rights.
 *
 * Each group's path is built, written and dropped in turn, at the reader's pace: the answer grows
 * with the square of the nesting depth (a path per group), the memory used does not. The JSON is
 * what JSON.stringify(answer, null, 2) writes.
 */
export async function effective(io: Io, target: string, user: string, json: boolean): Promise<number> {
  const loaded = await load(target);
  const doc: DirectoryDocument = loaded.parsed.doc;
  const rights = userRights(doc, user);
  if (!rights) {
    const names = modelOf(doc).users.map((u) => u.name);
    throw new CliExit(EXIT.refused, `No user named "${user}" in ${loaded.location.inForce.path} (users: ${names.join(", ")}).`);
  }
  const groups = rights.groups;
  const grant = (g: Grant) => ({ key: g.key, label: g.label, via: viaJson(g.via) });
  if (json) {
    await io.write(`{\n  "user": ${JSON.stringify(user)},\n  "groups": [`);
    for (const [i, m] of groups.entries()) await io.write(`${i > 0 ? "," : ""}\n    ${nested({ name: m.group, path: m.path }, "    ")}`);
    await io.write(groups.length > 0 ? "\n  ],\n" : "],\n");
    await io.write(`  "licences": ${nested(rights.licences.map(grant), "  ")},\n  "access": ${nested(rights.access.map(grant), "  ")}\n}\n`);
    return EXIT.ok;
  }
  io.out(`${user}`);
  io.out(`Groups:${groups.length ? "" : " none"}`);
  for (const m of groups) await io.write(`  ${m.group}${m.direct ? "" : `  (via ${m.path.slice(0, -1).join(" ⊂ ")})`}\n`);
  io.out(`Licences:${rights.licences.length ? "" : " none"}`);
  for (const l of rights.licences) io.out(`  ${l.label}  (${viaText(l.via)})`);
  io.out(`Access:${rights.access.length ? "" : " none"}`);
  for (const a of rights.access) io.out(`  ${a.label}  (${viaText(a.via)})`);
  return EXIT.ok;
}

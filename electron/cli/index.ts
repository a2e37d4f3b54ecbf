import { parseArgs } from "node:util";
import { version } from "../../package.json";
import { accessEdit, groupEdit, licenceEdit, userEdit } from "./commands/edit";
import { audit } from "./commands/audit";
import { check, format } from "./commands/check";
import { copy, diff, take } from "./commands/compare";
import { effective } from "./commands/effective";
import { exportCsv } from "./commands/export";
import { importCsv } from "./commands/import";
import { passwd, verify } from "./commands/passwords";
import { CliExit, EXIT, needs, usage } from "./exit";
import { processIo, type Io } from "./io";

/** The help text (also the README's command-line section). */
export const HELP = `4d-directory — read, check and edit a 4D project's directory.json (users, groups, access rights)

Usage: 4d-directory <command> <target> [arguments] [options]

<target> is a project folder, a .4DProject file, a Settings folder or a directory.json path.
The data copy (Data/Settings/directory.json) is used when it exists, else the user copy
(Settings/directory.json). Users are named as 4D shows them (the alias for the Designer
and the Administrator).

Inspect
  check <target> [--json]                 which copy is in force, then every problem (exit 1 if any error)
  format <target> [--check] [--force]     rewrite in 4D's layout; --check only tells (exit 1 if it differs)
  effective <target> <user> [--json]      a user's groups (with paths), licences and access rights
  export <target> --csv [--rows]          users × groups (direct and effective) as CSV on stdout;
                                          --rows: one line per membership (user,kind,group,how,path)
  verify-password <target> <user>         password on stdin; exit 0 if it matches, 1 if not
  audit <target> [--json] [--deep]        security findings: no or guessable passwords, look-alike names…
                                          (exit 1 if any is high); --deep also tries bcrypt hashes (slow)
  diff <a> <b> [--json]                   what differs for 4D (users, passwords, memberships, groups,
                                          licences, access); exit 0 same, 1 different
  diff <project> [--json]                 the data copy against the user copy

Edit (each saved atomically, one program at a time; the previous version is kept in the app's
backup folder; add --force to save over a change another program made meanwhile, or over a
read-only file)
  passwd <target> <user> [--legacy | --clear]      new password on stdin (bcrypt unless --legacy)
  user add <target> <name>
  user rename <target> <old> <new>                 also renames the Designer's or Administrator's alias
  user delete <target> <name>
  user set-startup <target> <name> <method|"">
  group add <target> <name>
  group rename <target> <old> <new>
  group empty <target> <group>                     removes its members; 4D's way to retire a group
  group delete <target> <name> --force             4D cannot delete groups: empty them instead
  group add-member <target> <group> (--user <name> | --group <name>)
  group remove-member <target> <group> (--user <name> | --group <name>)
  licence <target> <web|soap|oci|write|view|odbcPro|key> <group|*|"">
  access <target> <setting> <group|user|*|"">      e.g. designAccessGroup, remoteDefaultUser,
                                                   sql.DEFAULT_SCHEMA.readOnlyAccessGroup
  import <target> <file.csv> [--dry-run] [--create-groups] [--legacy]
                                                   add or update users from a CSV (columns user,
                                                   password, groups, startupMethod; or an export
                                                   --rows file), all rows or none
  take <from> <to> [--id <id>]...                  make <to> match <from> (the differences diff lists,
                                                   by id; all without --id); a password moves as its hash
  take <project>                                   make the user copy match the data copy
  copy <from> <to> [--force]                       write <from>'s directory.json as <to> (e.g. create
                                                   the data copy); never replaces a file without --force

Exit codes: 0 ok, 1 refused / invalid / no match, 2 unreadable input or bad usage.`;

const OPTIONS = {
  json: { type: "boolean" },
  check: { type: "boolean" },
  deep: { type: "boolean" },
  csv: { type: "boolean" },
  rows: { type: "boolean" },
  "dry-run": { type: "boolean" },
  "create-groups": { type: "boolean" },
  legacy: { type: "boolean" },
  clear: { type: "boolean" },
  force: { type: "boolean" },
  user: { type: "string" },
  group: { type: "string" },
  id: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    usage(error instanceof Error ? error.message.replace(/\.$/, "") : "bad arguments");
  }
  const { values: o, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (o.version) {
    io.out(`4d-directory ${version}`);
    return EXIT.ok;
  }
  if (o.help || command === undefined || command === "help") {
    io.out(HELP);
    return command === undefined && !o.help ? EXIT.unreadable : EXIT.ok;
  }
  switch (command) {
    case "check":
      return check(io, needs(rest, 1, "check <target> [--json]")[0]!, o.json === true);
    case "audit":
      return audit(io, needs(rest, 1, "audit <target> [--json] [--deep]")[0]!, o.json === true, o.deep === true);
    case "format":
      return format(io, needs(rest, 1, "format <target> [--check]")[0]!, o.check === true, { force: o.force });
    case "effective": {
      const [target, user] = needs(rest, 2, "effective <target> <user> [--json]");
      return effective(io, target!, user!, o.json === true);
    }
    case "export":
      if (!o.csv) usage("export needs --csv (the only format)");
      return exportCsv(io, needs(rest, 1, "export <target> --csv [--rows]")[0]!, o.rows ? "rows" : "matrix");
    case "import": {
      const [target, file] = needs(rest, 2, "import <target> <file.csv> [--dry-run] [--create-groups] [--legacy]");
      return importCsv(io, target!, file!, { dryRun: o["dry-run"] === true, createGroups: o["create-groups"] === true, form: o.legacy ? "legacy" : "bcrypt" });
    }
    case "verify-password": {
      const [target, user] = needs(rest, 2, "verify-password <target> <user>");
      return verify(io, target!, user!);
    }
    case "passwd": {
      const [target, user] = needs(rest, 2, "passwd <target> <user> [--legacy | --clear]");
      if (o.legacy && o.clear) usage("--legacy and --clear cannot go together");
      return passwd(io, target!, user!, o.clear ? "clear" : o.legacy ? "legacy" : "bcrypt", { force: o.force });
    }
    case "user":
      return userEdit(io, rest[0], rest.slice(1), { force: o.force });
    case "group":
      return groupEdit(io, rest[0], rest.slice(1), { user: o.user, group: o.group, force: o.force });
    case "licence":
    case "license":
      return licenceEdit(io, rest, { force: o.force });
    case "access":
      return accessEdit(io, rest, { force: o.force });
    case "diff":
      if (rest.length < 1 || rest.length > 2) usage("expected: 4d-directory diff <a> <b> [--json], or diff <project>");
      return diff(io, rest[0]!, rest[1], o.json === true);
    case "take":
      if (rest.length < 1 || rest.length > 2) usage("expected: 4d-directory take <from> <to> [--id <id>]..., or take <project>");
      if (rest.length === 1 && o.id) usage("take <project> takes everything; name both copies to choose differences with --id");
      return take(io, rest[0]!, rest[1], o.id);
    case "copy": {
      const [from, to] = needs(rest, 2, "copy <from> <to> [--force]");
      return copy(io, from!, to!, o.force === true);
    }
    default:
      usage(`unknown command "${command}"`);
  }
}

/**
 * Runs the command line and answers its exit code. Every failure is one line on stderr:
 * never a stack trace.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CliExit) {
      io.err(`4d-directory: ${error.message}`);
      return error.code;
    }
    io.err(`4d-directory: unexpected failure (${error instanceof Error ? error.message : String(error)}); nothing was written.`);
    return EXIT.refused;
  }
}

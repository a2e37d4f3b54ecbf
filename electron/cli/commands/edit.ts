import type { DirectoryDocument } from "../../../shared/document";
import * as edits from "../../../shared/edits";
import { plural } from "../../../shared/edits/edit";
import { renumberedByDelete } from "../../../shared/queries";
import type { Result } from "../../../shared/result";
import { needs, usage } from "../exit";
import type { Io } from "../io";
import type { LoadedDirectory } from "../../services/directory-file";
import { userIdsFile } from "../../services/project-files";
import { editAndSave, type SaveFlags } from "../session";

type EditFn = (doc: DirectoryDocument) => Result<edits.Edit>;

/** The member named by `--user` or `--group` (exactly one). */
function member(options: { user?: string; group?: string }): edits.Member {
  if ((options.user === undefined) === (options.group === undefined)) usage("name the member with exactly one of --user <name> or --group <name>");
  return options.user !== undefined ? { user: options.user } : { group: options.group! };
}

/** The note for deleting a user when settings.4DSettings may name the users after it by number. */
async function renumbering(loaded: LoadedDirectory, name: string): Promise<readonly string[]> {
  const file = await userIdsFile(loaded.location.projectRoot);
  const after = renumberedByDelete(loaded.parsed.doc, name);
  if (!file || after === 0) return [];
  return [`${file} may refer to users by number (their place in directory.json): the ${plural(after, "user")} after ${name} move up one number. Check that file.`];
}

/** `user add|rename|delete|set-startup …` */
export function userEdit(io: Io, action: string | undefined, args: readonly string[], flags: SaveFlags = {}): Promise<number> {
  let run: [string, EditFn];
  switch (action) {
    case "add": {
      const [target, name] = needs(args, 2, "user add <target> <name>");
      run = [target!, (doc) => edits.addUser(doc, name!)];
      break;
    }
    case "rename": {
      const [target, from, to] = needs(args, 3, "user rename <target> <old> <new>");
      run = [target!, (doc) => edits.renameUser(doc, from!, to!)];
      break;
    }
    case "delete": {
      const [target, name] = needs(args, 2, "user delete <target> <name>");
      return editAndSave(io, target!, (doc) => edits.deleteUser(doc, name!), (loaded) => renumbering(loaded, name!), flags);
    }
    case "set-startup": {
      const [target, name, method] = needs(args, 3, 'user set-startup <target> <name> <method|"">');
      run = [target!, (doc) => edits.setStartupMethod(doc, name!, method!)];
      break;
    }
    default:
      usage(`unknown user command "${action ?? ""}" (add, rename, delete, set-startup)`);
  }
  return editAndSave(io, run[0], run[1], undefined, flags);
}

/** `group add|rename|empty|delete|add-member|remove-member …` */
export function groupEdit(io: Io, action: string | undefined, args: readonly string[], options: { user?: string; group?: string; force?: boolean }): Promise<number> {
  let run: [string, EditFn];
  switch (action) {
    case "add": {
      const [target, name] = needs(args, 2, "group add <target> <name>");
      run = [target!, (doc) => edits.addGroup(doc, name!)];
      break;
    }
    case "rename": {
      const [target, from, to] = needs(args, 3, "group rename <target> <old> <new>");
      run = [target!, (doc) => edits.renameGroup(doc, from!, to!)];
      break;
    }
    case "empty": {
      const [target, name] = needs(args, 2, "group empty <target> <group>");
      run = [target!, (doc) => edits.emptyGroup(doc, name!)];
      break;
    }
    case "delete": {
      const [target, name] = needs(args, 2, "group delete <target> <name> --force");
      run = [target!, (doc) => edits.deleteGroup(doc, name!, { force: options.force === true })];
      break;
    }
    case "add-member":
    case "remove-member": {
      const [target, group] = needs(args, 2, `group ${action} <target> <group> (--user <name> | --group <name>)`);
      const who = member(options);
      run = [target!, (doc) => (action === "add-member" ? edits.addMember(doc, group!, who) : edits.removeMember(doc, group!, who))];
      break;
    }
    default:
      usage(`unknown group command "${action ?? ""}" (add, rename, empty, delete, add-member, remove-member)`);
  }
  return editAndSave(io, run[0], run[1], undefined, { force: options.force });
}

/** `licence <target> <key> <group|*>` */
export function licenceEdit(io: Io, args: readonly string[], flags: SaveFlags = {}): Promise<number> {
  const [target, key, holder] = needs(args, 3, 'licence <target> <key> <group|*|"">');
  return editAndSave(io, target!, (doc) => edits.giveLicence(doc, key!, holder!), undefined, flags);
}

/** `access <target> <setting> <value>`; SQL rights as `sql.<schema>.<right>`. */
export function accessEdit(io: Io, args: readonly string[], flags: SaveFlags = {}): Promise<number> {
  const [target, setting, value] = needs(args, 3, 'access <target> <setting> <value|*|"">');
  const sql = /^sql\.(.+)\.([A-Za-z]+)$/.exec(setting!);
  return editAndSave(io, target!, (doc) => (sql ? edits.setSqlRight(doc, sql[1]!, sql[2]!, value!) : edits.setSetting(doc, setting!, value!)), undefined, flags);
}

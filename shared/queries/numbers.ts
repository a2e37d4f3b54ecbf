import type { DirectoryDocument } from "../document";
import { modelOf } from "../model";

/**
 * How many users deleting the user `name` renumbers: 4D numbers users by their place in
 * directory.json (the Designer is 1, the Administrator 2…), and a project's settings.4DSettings
 * may refer to users by that number (docs/directory-json.md §5.11), so every user after the
 * deleted one moves up a number. 0 for a name that is not a user.
 */
export function renumberedByDelete(doc: DirectoryDocument, name: string): number {
  const model = modelOf(doc);
  const user = model.userByName.get(name);
  return user ? model.users.length - 1 - user.index : 0;
}

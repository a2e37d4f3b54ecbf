/**
 * Reading and replacing the stored entry of one user, for the user and password edits.
 */
import type { DirectoryDocument } from "../document";
import { isJsonObject, setKey, type JsonObject } from "../json";
import { usersObject, type UserInfo } from "../model";
import { withTop } from "./tree";

/** The stored entry of a user (an empty object when the file holds something else). */
export function userEntry(doc: DirectoryDocument, user: UserInfo): JsonObject {
  const value = usersObject(doc).entries.find(([key]) => key === user.key)?.[1];
  return isJsonObject(value) ? value : { entries: [] };
}

/** The root with the entry of `user` replaced (same position). */
export function withUserEntry(doc: DirectoryDocument, user: UserInfo, entry: JsonObject): JsonObject {
  return withTop(doc.root, "users", setKey(usersObject(doc), user.key, entry));
}

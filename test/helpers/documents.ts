// Test documents: real fixtures (read with the real parser), handmade files, and edit results.
import { DEFAULT_LAYOUT, type DirectoryDocument } from "../../shared/document";
import { fromPlain, isJsonObject } from "../../shared/json";
import { parseDirectory } from "../../shared/parse";
import type { Edit } from "../../shared/edits/edit";
import type { Failure, Result } from "../../shared/result";
import { realFixture } from "./fixtures";

/** A document from the text of a directory.json. */
export function documentFromText(text: string): DirectoryDocument {
  const parsed = parseDirectory(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.doc;
}

/** A document from a real fixture, by a unique part of its name. */
export function fixtureDocument(part: string): DirectoryDocument {
  return documentFromText(realFixture(part).text);
}

/** A handmade document from a plain object. */
export function documentOf(plain: object): DirectoryDocument {
  const root = fromPlain(plain);
  if (!isJsonObject(root)) throw new Error("a document is an object");
  return { layout: DEFAULT_LAYOUT, root };
}

/** The Designer and the Administrator with their default aliases, as every file has them. */
export const BUILTINS = { designer: { alias: "Designer" }, administrator: { alias: "Administrator" } } as const;

/** The edit of an edit result, failing the test when it was refused. */
export function applied(result: Result<Edit>): Edit {
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.value;
}

/** The refusal of an edit result, failing the test when it was applied. */
export function refused(result: Result<Edit>): Failure {
  if (result.ok) throw new Error(`applied: ${result.value.change.message}`);
  return result.error;
}

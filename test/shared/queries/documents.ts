// Test documents: real fixtures (read with the real parser) and handmade files.
import { DEFAULT_LAYOUT, type DirectoryDocument } from "../../../shared/document";
import { fromPlain, isJsonObject } from "../../../shared/json";
import { parseDirectory } from "../../../shared/parse";
import { realFixture } from "../../helpers/fixtures";

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

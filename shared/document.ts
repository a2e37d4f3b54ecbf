import type { JsonObject } from "./json";
import type { JsonPath } from "./positions";

/**
 * A value or a key the file spells otherwise than JSON.stringify would (`1.50`, `-0`, `1e999`,
 * `12345678901234567890`, `"\u00e9"`): its place and its text as read. `text` is the value's
 * spelling, `key` the spelling of the last key of `path`.
 */
export interface RawText {
  readonly path: JsonPath;
  readonly text?: string;
  readonly key?: string;
}

/**
 * How the file was laid out on disk, restored on save: a UTF-8 BOM, the line-ending style, and
 * the spellings of scalars that JSON.stringify would change (`raw`, absent when there are none):
 * a value still at its place and still equal to what was read is written back as read.
 */
export interface Layout {
  readonly bom: boolean;
  readonly eol: "\n" | "\r\n";
  readonly raw?: readonly RawText[];
}

/**
 * A directory.json held in memory: its ordered content and the layout it was read with.
 *
 * Edits return a new document; untouched parts are shared, so undo history is cheap.
 */
export interface DirectoryDocument {
  readonly layout: Layout;
  readonly root: JsonObject;
}

/** The layout 4D writes for a new file: no BOM, LF. */
export const DEFAULT_LAYOUT: Layout = { bom: false, eol: "\n" };

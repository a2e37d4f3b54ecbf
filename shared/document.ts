import type { JsonObject } from "./json";

/** How the file was laid out on disk, restored on save: a UTF-8 BOM and the line-ending style. */
export interface Layout {
  readonly bom: boolean;
  readonly eol: "\n" | "\r\n";
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

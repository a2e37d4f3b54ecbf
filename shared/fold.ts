/**
 * Searching names as 4D users expect: case- and accent-insensitive (`gerald` finds `Gérald`).
 * The one folding every search field uses (master lists, member boxes, principal pickers).
 */

// Folding 32,000 names on every edit costs more than a frame, and names rarely change: keep them.
const folded = new Map<string, string>();

/** A name folded for searching: accents dropped, lower case (`Gérald` matches `gerald`). Memoised. */
export function fold(text: string): string {
  let value = folded.get(text);
  if (value === undefined) {
    value = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    folded.set(text, value);
  }
  return value;
}

/** The items whose folded text holds the folded query; all of them for an empty query. */
export function filterFolded<T>(items: readonly T[], folded: readonly string[], query: string): readonly T[] {
  const q = fold(query.trim());
  return q ? items.filter((_, i) => (folded[i] as string).includes(q)) : items;
}

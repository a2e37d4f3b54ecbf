/**
 * What makes two names look the same to a person, and how long a name may be — pure, so the
 * edits (which refuse look-alikes), the audit (which reports them) and the UI (which shows edge
 * spaces) share one definition. See docs/directory-json.md §5 rule 5.
 */

/**
 * The longest user or group name accepted, in characters (code points). 4D publishes no limit
 * for names in directory.json; 255 keeps every name seen in real files (30 at most) while
 * refusing the pathological ones (a 5 MB name was accepted before and slowed everything down).
 */
export const MAX_NAME_LENGTH = 255;

// Format characters (zero-width space/joiners, BOM, soft hyphen, bidi marks…) and other
// characters that draw nothing: a name holding one looks exactly like the name without it.
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;
// Every kind of space (no-break, thin, ideographic…) looks like a plain space.
const SPACES = /[\p{Zs}\t]+/gu;

/**
 * The form under which names that a person cannot tell apart coincide: compatibility-normalised
 * (NFC/NFD and NFKC forms alike), invisible characters removed, runs of spaces of any kind as one
 * space, no leading or trailing space, lower case. `"test"`, `" test"`, `"Test "`, `"te\u200Bst"`
 * and `"TEST"` share a key.
 */
export function lookalikeKey(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").replace(SPACES, " ").trim().toLowerCase();
}

/** Whether a name starts or ends with a space (of any kind), which no list shows. */
export function hasEdgeSpaces(name: string): boolean {
  return name !== "" && (/^[\p{Zs}\t]/u.test(name) || /[\p{Zs}\t]$/u.test(name));
}

/** The length of a name as a person counts it: code points, not UTF-16 units. */
export function nameLength(name: string): number {
  let n = 0;
  for (const _ of name) n++;
  return n;
}

/** A name split for display: the leading spaces, the visible middle, the trailing spaces. */
export interface NameParts {
  readonly lead: string;
  readonly core: string;
  readonly trail: string;
}

/** Splits a name into its edge spaces and the rest, so the UI can draw the spaces visibly. */
export function nameParts(name: string): NameParts {
  const lead = /^[\p{Zs}\t]*/u.exec(name)?.[0] ?? "";
  const rest = name.slice(lead.length);
  const trail = /[\p{Zs}\t]*$/u.exec(rest)?.[0] ?? "";
  return { lead, core: rest.slice(0, rest.length - trail.length), trail };
}

/** The marker drawn for each edge space: a middle dot. */
export const SPACE_MARK = "·";

/**
 * A name as plain text with its edge spaces made visible (`" test"` → `"·test"`), for places
 * that cannot style text (change log lines, pickers' text values, messages). Names without
 * edge spaces come back unchanged.
 */
export function visibleName(name: string): string {
  if (!hasEdgeSpaces(name)) return name;
  const { lead, core, trail } = nameParts(name);
  return SPACE_MARK.repeat([...lead].length) + core + SPACE_MARK.repeat([...trail].length);
}

import { auditStructure, bySeverity, type Finding } from "../../shared/audit";
import type { DirectoryDocument } from "../../shared/document";
import type { Change } from "../../shared/edits/edit";
import { modelOf, type DirectoryModel } from "../../shared/model";
import { recentCache } from "../../shared/recent-cache";
import { draftOf, undoneChange, type HistoryEntry } from "./document-slice";
import type { AppState } from "./store";

// Selectors return stable references (memoised per document or per history), because zustand 5
// re-renders forever on a selector that builds a fresh array each time.

// For the last few drafts only (see shared/recent-cache.ts): a WeakMap on roots kept a value
// alive for every step of the undo history.
function memoByDocument<T>(compute: (doc: DirectoryDocument) => T): (doc: DirectoryDocument) => T {
  const cache = recentCache<object, T>();
  return (doc) => cache.get(doc.root, () => compute(doc));
}

/** The draft being edited, or null when no project is open. */
export const selectDraft = (s: AppState): DirectoryDocument | null => draftOf(s);

/** True when the draft is not the one last loaded or saved (an undo past a save makes it so too). */
export const selectDirty = (s: AppState): boolean => s.cursor !== s.savedCursor || s.savedUndone.length > 0;

/** The typed view of the draft. */
export const selectModel = (s: AppState): DirectoryModel | null => {
  const draft = draftOf(s);
  return draft ? modelOf(draft) : null;
};


const changesCache = new WeakMap<readonly HistoryEntry[], Map<string, readonly Change[]>>();

/**
 * The change log of the unsaved edits, oldest first (what the review before save lists): the
 * edits since the save, or, after undoing past it, the saved steps taken back ("undone: …").
 */
export const selectChanges = (s: AppState): readonly Change[] => {
  let byCursor = changesCache.get(s.history);
  if (!byCursor) changesCache.set(s.history, (byCursor = new Map()));
  const key = `${s.cursor}:${s.savedCursor}:${s.savedUndone.length}`;
  let changes = byCursor.get(key);
  if (!changes) {
    const from = Math.max(s.savedCursor, 0);
    const steps = s.cursor >= from ? s.history.slice(from, s.cursor).map((e) => e.change) : s.history.slice(s.cursor, from).reverse().map((e) => undoneChange(e.change));
    byCursor.set(key, (changes = s.savedUndone.length > 0 ? [...s.savedUndone, ...steps] : steps));
  }
  return changes;
};

/** True when an undo step exists. */
export const selectCanUndo = (s: AppState): boolean => s.cursor > 0;

/** True when a redo step exists. */
export const selectCanRedo = (s: AppState): boolean => s.cursor < s.history.length;

/** What Undo would take back (the last applied change), or null. */
export const selectUndoChange = (s: AppState): Change | null => (s.cursor > 0 ? s.history[s.cursor - 1]!.change : null);

/** What Redo would apply again, or null. */
export const selectRedoChange = (s: AppState): Change | null => s.history[s.cursor]?.change ?? null;

const structureOf = memoByDocument(auditStructure);

/**
 * The security audit of the draft, worst first: the structural findings, live after every edit,
 * and those main found with the hashes for the last draft it was asked about.
 */
export const selectAuditFindings = (s: AppState): readonly Finding[] => {
  const draft = draftOf(s);
  if (!draft) return EMPTY_FINDINGS;
  return merged(structureOf(draft), s.auditRun?.report.findings ?? EMPTY_FINDINGS);
};

const EMPTY_FINDINGS: readonly Finding[] = [];
let lastMerge: { live: readonly Finding[]; guessed: readonly Finding[]; all: readonly Finding[] } | undefined;

function merged(live: readonly Finding[], guessed: readonly Finding[]): readonly Finding[] {
  if (lastMerge && lastMerge.live === live && lastMerge.guessed === guessed) return lastMerge.all;
  const all = bySeverity([...live, ...guessed]);
  lastMerge = { live, guessed, all };
  return all;
}

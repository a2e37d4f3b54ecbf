import { structuredPatch, type StructuredPatch } from "diff";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../shared/document";
import { serializeDirectory } from "../../shared/serialize";

/** One line of a unified diff: a hunk header, a context line, or a line removed or added. */
export interface DiffLine {
  readonly kind: "hunk" | "context" | "del" | "add";
  readonly text: string;
}

// Past this many lines the view stops (a rewrite of a 16,000-user file is not read line by line).
const SHOWN_LINES = 3000;
// A diff that takes longer than this is not worth the wait; the change log says what changed.
const DIFF_TIMEOUT_MS = 4000;

function text(doc: DirectoryDocument): string {
  // Both sides share the layout (BOM, line endings); the diff compares lines, so \n is enough.
  return serializeDirectory(doc).replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

/**
 * The unified line diff of two documents as directory.json text (3 lines of context), or null
 * when it would take too long to compute.
 */
export function diffDocuments(before: DirectoryDocument, after: DirectoryDocument): readonly DiffLine[] | null {
  // The same document (the review still open as a save lands): nothing to serialize or compare.
  if (before.root === after.root && before.layout === after.layout) return [];
  const patch: StructuredPatch | undefined = structuredPatch("directory.json", "directory.json", text(before), text(after), undefined, undefined, {
    context: 3,
    timeout: DIFF_TIMEOUT_MS,
  });
  if (!patch) return null;
  const lines: DiffLine[] = [];
  for (const hunk of patch.hunks) {
    lines.push({ kind: "hunk", text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@` });
    for (const line of hunk.lines) {
      if (line.startsWith("\\")) continue; // "\ No newline at end of file": 4D never writes one.
      const kind = line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "context";
      lines.push({ kind, text: line });
    }
  }
  return lines;
}

/** The text diff, monospace, removed lines and added lines tinted (theme colours). */
export function DiffView({ before, after, label }: { before: DirectoryDocument; after: DirectoryDocument; label: string }) {
  const { t } = useTranslation("shell");
  const lines = useMemo(() => diffDocuments(before, after), [before, after]);
  if (lines === null) return <p className="muted">{t("review.diffTooLarge")}</p>;
  if (lines.length === 0) return <p className="muted">{t("review.diffEmpty")}</p>;
  return (
    <div className="diff" role="region" aria-label={label}>
      <pre className="diff-text">
        {lines.slice(0, SHOWN_LINES).map((line, i) => (
          <div key={i} className={`diff-line diff-${line.kind}`}>
            {line.text}
          </div>
        ))}
      </pre>
      {lines.length > SHOWN_LINES && <p className="muted">{t("review.moreLines", { count: lines.length - SHOWN_LINES })}</p>}
    </div>
  );
}

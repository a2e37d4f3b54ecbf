import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../shared/document";
import { diffDocuments } from "./document-diff";

// Past this many lines the view stops (a rewrite of a 16,000-user file is not read line by line).
const SHOWN_LINES = 3000;

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

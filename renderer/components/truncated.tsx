import { useState, type ReactNode, type SyntheticEvent } from "react";

/** Props of a piece of text that may be cut with an ellipsis. */
export interface TruncatedProps {
  /** The full text: shown on hover when the box cuts it. */
  readonly text: string;
  /** What is drawn, when it is not `text` itself (e.g. a name with its edge spaces marked). */
  readonly children?: ReactNode;
  readonly className?: string;
  /** A tooltip the text always has (e.g. a note about its spaces); the full text comes first when cut. */
  readonly note?: string;
}

/** True when the box draws less than its content (CSS `text-overflow: ellipsis` is cutting it). */
export function isCut(el: HTMLElement): boolean {
  return el.scrollWidth > el.clientWidth + 0.5;
}

/**
 * One line of text that gives way with an ellipsis when there is no room, and then shows the
 * whole text as its tooltip. It is measured when the pointer or the focus reaches it (not on
 * every render: a list of 16,000 names stays cheap), so a name that fits gets no tooltip.
 *
 * Screen readers always get the whole text: an ellipsis drawn by CSS never removes characters
 * from the page, and `text` is in the DOM whenever no `children` replace it.
 */
export function Truncated({ text, children, className, note }: TruncatedProps) {
  const [cut, setCut] = useState(false);
  const measure = (e: SyntheticEvent<HTMLElement>) => setCut(isCut(e.currentTarget));
  const title = cut ? (note ? `${text} — ${note}` : text) : note;
  return (
    <span className={className ? `truncated ${className}` : "truncated"} title={title} onPointerEnter={measure} onFocus={measure}>
      {children ?? text}
    </span>
  );
}

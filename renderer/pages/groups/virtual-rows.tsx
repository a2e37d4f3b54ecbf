import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, type ReactNode } from "react";

/** Height of one row, as everywhere in the app (the `--row` variable). */
const ROW = 28;
/** Rows in view at most: a longer list scrolls. */
const MAX_ROWS = 9;

/** Props of a windowed list of fixed-height rows. */
export interface VirtualRowsProps<T> {
  /** Accessible name of the list. */
  readonly label: string;
  readonly items: readonly T[];
  readonly rowKey: (item: T, index: number) => string | number;
  readonly renderRow: (item: T) => ReactNode;
  readonly className?: string;
  /** Rows of height to take (default: as many as items, at most 9), so side-by-side lists can match. */
  readonly rows?: number;
}

/** The height of a list showing `rows` rows (between 1 and 9), borders included. */
export function visibleRowsHeight(rows: number): number {
  return Math.min(Math.max(rows, 1), MAX_ROWS) * ROW + 2;
}

/**
 * A scrolling list that only puts the rows in view in the page (plus a few), so a group of
 * 16,000 candidates costs a screenful of checkboxes, not 16,000.
 */
export function VirtualRows<T>({ label, items, rowKey, renderRow, className, rows }: VirtualRowsProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer is a mutable object by design (TanStack Virtual); it is only read during render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
    getItemKey: (index) => rowKey(items[index] as T, index),
  });
  return (
    <div
      ref={scroller}
      className={`virtual-rows ${className ?? ""}`}
      style={{ height: visibleRowsHeight(rows ?? items.length) }}
      role="group"
      aria-label={label}
    >
      <div className="virtual-rows-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div key={row.key} className="virtual-row" style={{ transform: `translateY(${row.start}px)` }}>
            {renderRow(items[row.index] as T)}
          </div>
        ))}
      </div>
    </div>
  );
}

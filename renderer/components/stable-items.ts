import { useState } from "react";

function stabilise<T>(before: readonly T[], items: readonly T[], keyOf: (item: T) => string, same: (a: T, b: T) => boolean): readonly T[] {
  const byKey = new Map(before.map((item) => [keyOf(item), item] as const));
  return items.map((item) => {
    const old = byKey.get(keyOf(item));
    return old !== undefined && same(old, item) ? old : item;
  });
}

/**
 * The items for a long list, keeping last render's object for every item whose row looks the
 * same: each edit builds a new model, and a list of 16,000 rows that all look new is redrawn
 * whole, while one that keeps its objects redraws only the rows that changed (see MasterList).
 */
export function useStableItems<T>(items: readonly T[], keyOf: (item: T) => string, same: (a: T, b: T) => boolean): readonly T[] {
  // "Storing information from previous renders" (react.dev): adjusted during render, no effect.
  const [memo, setMemo] = useState({ input: items, rows: items });
  if (memo.input === items) return memo.rows;
  const rows = stabilise(memo.rows, items, keyOf, same);
  setMemo({ input: items, rows });
  return rows;
}

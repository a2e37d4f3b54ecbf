/**
 * A cache of values derived from the last few keys (documents' roots), by identity. Derived data
 * (the typed model, the group index, the problems) is worth keeping for the draft being edited and
 * the one just before it (undo, redo), not for every step of the undo history: a cache per
 * document (a WeakMap on roots the history keeps alive) grew the heap by megabytes per edit on a
 * 16,000-group file.
 */
export interface RecentCache<K extends object, V> {
  /** The value for `key`, computed by `make` when it is not among the last few. */
  get(key: K, make: () => V): V;
}

/** Keeps the values of the last `size` keys used (least recently used goes first). */
export function recentCache<K extends object, V>(size = 4): RecentCache<K, V> {
  const keys: K[] = [];
  const values: V[] = [];
  return {
    get(key, make) {
      const at = keys.indexOf(key);
      if (at >= 0) {
        const value = values[at]!;
        if (at > 0) {
          keys.splice(at, 1);
          values.splice(at, 1);
          keys.unshift(key);
          values.unshift(value);
        }
        return value;
      }
      const value = make();
      keys.unshift(key);
      values.unshift(value);
      if (keys.length > size) {
        keys.length = size;
        values.length = size;
      }
      return value;
    },
  };
}

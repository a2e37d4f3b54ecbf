// jsdom lays nothing out: every element is 0 × 0, so a windowed list (TanStack Virtual, React
// Aria's Virtualizer once sizes are mocked) would draw no row. This gives elements a size.

const KEYS = ["clientWidth", "clientHeight"] as const;

/**
 * Gives every HTML element a layout size (default 1200 × 2000 px, about 70 rows of 28 px) until
 * the returned function restores jsdom's. Call it in `beforeEach` and the restore in `afterEach`.
 */
export function mockElementSize(width = 1200, height = 2000): () => void {
  const proto = HTMLElement.prototype;
  const saved = KEYS.map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const);
  Object.defineProperty(proto, "clientWidth", { configurable: true, get: () => width });
  Object.defineProperty(proto, "clientHeight", { configurable: true, get: () => height });
  return () => {
    for (const [key, descriptor] of saved) {
      // jsdom defines these on Element.prototype: removing our own property brings its getter back.
      if (descriptor) Object.defineProperty(proto, key, descriptor);
      else delete (proto as unknown as Record<string, unknown>)[key];
    }
  };
}

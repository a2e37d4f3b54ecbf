import { startTransition, useEffect, useState } from "react";

/**
 * `value`, but only once the frame showing the change that produced it has been painted: for
 * what is derived at some cost from the draft (the problems, a group's place in the nesting), so
 * the box just ticked or the name just typed shows first. `useDeferredValue` is not enough: React
 * renders the deferred value in the task right after the commit, before the browser paints.
 */
export function useAfterPaint<T>(value: T): T;
/** The same, with `initial` until the first value is painted (the first value waits too). */
export function useAfterPaint<T, I>(value: T, initial: I): T | I;
export function useAfterPaint<T, I>(value: T, ...initial: [I?]): T | I {
  const [shown, setShown] = useState<T | I>(() => (initial.length > 0 ? (initial[0] as I) : value));
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      timer = setTimeout(() => startTransition(() => setShown(() => value)), 0);
    };
    // The animation frame comes before the paint, the timeout after it.
    const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(later) : (later(), undefined);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

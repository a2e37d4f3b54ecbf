import { useEffect } from "react";

/**
 * Where focus goes when the element that had it leaves the page: the selected row of the list on
 * screen (after a rename, a delete, an open), else the page's first field or button, else the
 * start screen's first button. Nothing while a dialog is open (it keeps focus inside itself).
 */
function fallbackTarget(root: HTMLElement): HTMLElement | null {
  if (root.ownerDocument.querySelector('[role="dialog"], [role="alertdialog"]')) return null;
  const panels = [...root.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => !gone(p));
  const scope = panels[0] ?? root;
  const enabled = 'input:not([disabled]):not([type="hidden"]), button:not([disabled]), [tabindex="0"]';
  return scope.querySelector<HTMLElement>('[role="listbox"] [role="option"][tabindex="0"]') ?? scope.querySelector<HTMLElement>(enabled) ?? root.querySelector<HTMLElement>(enabled);
}

/** True when the element is not drawn: removed, or inside something hidden (a page kept in the background). */
function gone(el: Element): boolean {
  if (!el.isConnected) return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute("hidden") || (node instanceof HTMLElement && node.style.display === "none")) return true;
  }
  return false;
}

/**
 * Keeps keyboard focus in the app: when the focused element is removed (a name field re-made after
 * a rename, the start screen replaced by the project, a page's panel swapped, a dialog's button
 * gone with it), focus would fall to <body> and the next key would go nowhere. It is checked a
 * frame after the change, once React Aria has had its turn to give focus back to a dialog's trigger.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    const doc = document;
    const element = doc.body;
    let last: Element | null = null;
    let frame = 0;
    const onFocusIn = (e: FocusEvent) => {
      last = e.target instanceof Element ? e.target : null;
    };
    const check = () => {
      frame = 0;
      const active = doc.activeElement;
      if (active && active !== doc.body && !(active === last && gone(active))) return;
      if (!last || !gone(last)) return;
      last = null;
      fallbackTarget(element)?.focus({ preventScroll: false });
    };
    const observer = new MutationObserver((mutations) => {
      if (frame || !last) return;
      // A style change matters only when it may hide the focused element (not a row moved by a scroll).
      const touched = mutations.some((m) => m.type === "childList" || (m.target instanceof Element && m.target.contains(last)));
      if (touched && gone(last)) frame = requestAnimationFrame(() => requestAnimationFrame(check));
    });
    doc.addEventListener("focusin", onFocusIn);
    observer.observe(element, { childList: true, subtree: true, attributes: true, attributeFilter: ["style", "hidden"] });
    return () => {
      doc.removeEventListener("focusin", onFocusIn);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
}

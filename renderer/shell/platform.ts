/** True on macOS, where shortcuts use Cmd rather than Ctrl. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** True inside Electron, where the native menu owns the shortcuts (the e2e harness is a plain browser). */
export function hasNativeMenu(): boolean {
  return /\bElectron\//.test(navigator.userAgent);
}

/** A shortcut as the platform writes it: `⌘Z`, `⇧⌘Z` on macOS; `Ctrl+Z`, `Ctrl+Shift+Z` elsewhere. */
export function shortcut(key: string, shift = false): string {
  if (isMac()) return `${shift ? "⇧" : ""}⌘${key}`;
  return `Ctrl+${shift ? "Shift+" : ""}${key}`;
}

/**
 * True when the element edits text, where Cmd/Ctrl+Z must stay the field's own undo:
 * text-like inputs, text areas and contenteditable elements.
 */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement) {
    return !element.readOnly && /^(text|search|password|email|url|tel|number|)$/.test(element.type);
  }
  return element instanceof HTMLElement && element.isContentEditable;
}

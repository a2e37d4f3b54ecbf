import type { StateCreator } from "zustand";
import type { Comparison } from "../../shared/ipc-contract";
import type { AppState } from "./store";

/**
 * Comparing the open copy with another directory.json (the project's other copy, or any file)
 * and taking differences from it. Main reads and redacts the other file with the open project's
 * vault, so a password taken from it travels as a token and becomes its hash only on save.
 */
export interface CompareSlice {
  /** The directory.json the open copy is compared with, while the comparison view is open. */
  readonly otherCopy: Comparison | null;
  /** Opens the comparison view on another copy read by main (app-slice.ts's compareWith). */
  showCompare(other: Comparison): void;
  /** Closes the comparison view. */
  endCompare(): void;
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  otherCopy: null,
  showCompare: (other) => set({ otherCopy: other }),
  endCompare: () => set({ otherCopy: null }),
});

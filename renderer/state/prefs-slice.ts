import type { StateCreator } from "zustand";
import type { Api } from "../../shared/ipc-contract";
import type { AppState } from "./store";

/** A person's choices for the open project, remembered by main between runs. */
export interface PrefsSlice {
  /** The project the hidden kinds belong to (its folder, or its file when alone). */
  readonly prefsProject: string | null;
  /** Kinds of problem notes (codes) hidden from the problems list and its count. */
  readonly hiddenKinds: readonly string[];

  /** Reads the hidden kinds of a project. */
  loadPrefs(project: string): Promise<void>;
  /** Hides or shows again a kind of note, for this project. */
  setKindHidden(code: string, hidden: boolean): Promise<void>;
  /** Shows every hidden kind again. */
  showAllKinds(): Promise<void>;
}

export function createPrefsSlice(api: Api): StateCreator<AppState, [], [], PrefsSlice> {
  const store = async (get: () => AppState, set: (s: Partial<AppState>) => void, kinds: readonly string[]) => {
    const project = get().prefsProject;
    if (!project) return;
    set({ hiddenKinds: kinds });
    await api.setHiddenProblemKinds({ project, kinds });
  };
  return (set, get) => ({
    prefsProject: null,
    hiddenKinds: [],

    loadPrefs: async (project) => {
      set({ prefsProject: project, hiddenKinds: [] });
      const result = await api.hiddenProblemKinds({ project });
      if (result.ok && get().prefsProject === project) set({ hiddenKinds: result.value });
    },
    setKindHidden: (code, hidden) => {
      const others = get().hiddenKinds.filter((k) => k !== code);
      return store(get, set, hidden ? [...others, code] : others);
    },
    showAllKinds: () => store(get, set, []),
  });
}

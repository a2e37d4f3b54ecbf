import type { Api } from "../shared/ipc-contract";
import { useAppStore } from "./state/context";
import { StartScreen } from "./shell/start-screen";
import { useFocusRescue } from "./shell/focus-rescue";
import { useMainEvents } from "./shell/use-main-events";
import { Workspace } from "./shell/workspace";

/** The start screen until a project is open, then the workspace. */
export function App({ api }: { api: Api }) {
  useMainEvents(api);
  useFocusRescue();
  const open = useAppStore((s) => s.snapshot !== null);
  return open ? <Workspace /> : <StartScreen api={api} />;
}

import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import { EVENT_CHANNELS, INVOKE_CHANNELS, type Api, type EventContract, type InvokeContract, type Invoker } from "../../shared/ipc-contract";

// One bridged function per contract method, and a typed `on` for events; never raw ipcRenderer.
// https://www.electronjs.org/docs/latest/tutorial/context-isolation

/** The bridged function of one contract method: its typed argument to its channel, its Result back. */
function invoker<M extends keyof InvokeContract>(method: M): Invoker<M> {
  return (arg) => ipcRenderer.invoke(INVOKE_CHANNELS[method], arg ?? null);
}

function on<E extends keyof EventContract>(event: E, listener: (payload: EventContract[E]) => void): () => void {
  const wrapped = (_e: IpcRendererEvent, payload: EventContract[E]) => listener(payload);
  ipcRenderer.on(EVENT_CHANNELS[event], wrapped);
  return () => void ipcRenderer.removeListener(EVENT_CHANNELS[event], wrapped);
}

// Typed as Api: a contract method left out here (or one the contract no longer has) fails to compile.
const api: Api = {
  chooseProject: invoker("chooseProject"),
  openProject: invoker("openProject"),
  openSample: invoker("openSample"),
  reload: invoker("reload"),
  readDisk: invoker("readDisk"),
  save: invoker("save"),
  preparePassword: invoker("preparePassword"),
  audit: invoker("audit"),
  cancelAudit: invoker("cancelAudit"),
  hiddenProblemKinds: invoker("hiddenProblemKinds"),
  setHiddenProblemKinds: invoker("setHiddenProblemKinds"),
  compareWith: invoker("compareWith"),
  chooseCompareFile: invoker("chooseCompareFile"),
  createOtherCopy: invoker("createOtherCopy"),
  chooseCsv: invoker("chooseCsv"),
  readImport: invoker("readImport"),
  exportCsv: invoker("exportCsv"),
  listBackups: invoker("listBackups"),
  restoreBackup: invoker("restoreBackup"),
  recentProjects: invoker("recentProjects"),
  closeProject: invoker("closeProject"),
  setDocumentState: invoker("setDocumentState"),
  closeWindow: invoker("closeWindow"),
  setLanguage: invoker("setLanguage"),
  on,
};
contextBridge.exposeInMainWorld("api", api);

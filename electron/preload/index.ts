import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import { EVENT_CHANNELS, INVOKE_CHANNELS, type Api, type EventContract, type InvokeContract } from "../../shared/ipc-contract";

// One bridged function per contract method, and a typed `on` for events; never raw ipcRenderer.
// https://www.electronjs.org/docs/latest/tutorial/context-isolation
const methods = Object.fromEntries(
  (Object.keys(INVOKE_CHANNELS) as (keyof InvokeContract)[]).map((method) => [
    method,
    (arg: unknown) => ipcRenderer.invoke(INVOKE_CHANNELS[method], arg ?? null),
  ]),
);

function on<E extends keyof EventContract>(event: E, listener: (payload: EventContract[E]) => void): () => void {
  const wrapped = (_e: IpcRendererEvent, payload: EventContract[E]) => listener(payload);
  ipcRenderer.on(EVENT_CHANNELS[event], wrapped);
  return () => void ipcRenderer.removeListener(EVENT_CHANNELS[event], wrapped);
}

const api = { ...methods, on } as unknown as Api;
contextBridge.exposeInMainWorld("api", api);

/**
 * The only bridge between the page and the main process: one named method per action,
 * never the raw ipcRenderer.
 */
import { contextBridge } from 'electron';

const api = {
  platform: process.platform,
  versions: { electron: process.versions.electron, chrome: process.versions.chrome },
} as const;

export type TouchmapBridge = typeof api;

contextBridge.exposeInMainWorld('touchmap', api);

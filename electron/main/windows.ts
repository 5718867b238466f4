/**
 * The document windows, as the main process sees them: one window per document. Pure
 * bookkeeping (no Electron import) so the rules can be tested without the Electron binary:
 * where an opened file goes, when a window may be reused, its title, where it is placed.
 */
import { EVENTS, type EventChannel } from '../../src/ipc/channels.ts';
import type { DocumentState } from '../../src/ipc/contract.ts';
import { pathKey } from '../../src/node/recent-files.ts';

export interface QueuedMessage {
  channel: EventChannel;
  payload: unknown;
}

export interface WindowRecord {
  /** BrowserWindow id. */
  readonly id: number;
  /** Its webContents id: what IPC events carry. */
  readonly webContentsId: number;
  /** The page called `ready()`; messages before that wait in `queue`. */
  ready: boolean;
  queue: QueuedMessage[];
  /** What the page last reported. */
  state: DocumentState;
  /** The file this window's document belongs to, as far as the main process knows. */
  documentPath: string | null;
  /** The window may close without asking (it was clean, or the user answered). */
  closeConfirmed: boolean;
  /** An unsaved-changes dialog for this window is showing. */
  guarding: boolean;
  /** The page crashed; its drafts stay on disk for recovery. */
  crashed: boolean;
}

export const INITIAL_STATE: DocumentState = { title: 'Touchmap', fileName: null, dirty: false };

export class WindowRegistry {
  readonly #windows = new Map<number, WindowRecord>();

  add(id: number, webContentsId: number): WindowRecord {
    const record: WindowRecord = {
      id,
      webContentsId,
      ready: false,
      queue: [],
      state: { ...INITIAL_STATE },
      documentPath: null,
      closeConfirmed: false,
      guarding: false,
      crashed: false,
    };
    this.#windows.set(id, record);
    return record;
  }

  get(id: number | null | undefined): WindowRecord | undefined {
    return id === null || id === undefined ? undefined : this.#windows.get(id);
  }

  byWebContents(webContentsId: number): WindowRecord | undefined {
    for (const record of this.#windows.values()) {
      if (record.webContentsId === webContentsId) return record;
    }
    return undefined;
  }

  remove(id: number): WindowRecord | undefined {
    const record = this.#windows.get(id);
    this.#windows.delete(id);
    return record;
  }

  all(): WindowRecord[] {
    return [...this.#windows.values()];
  }

  get size(): number {
    return this.#windows.size;
  }

  /** The window whose document is this file. */
  findByPath(path: string, platform: NodeJS.Platform): WindowRecord | undefined {
    const key = pathKey(path, platform);
    return this.all().find(
      (r) => r.documentPath !== null && pathKey(r.documentPath, platform) === key,
    );
  }
}

/**
 * A window may take another document in place of its own when losing it loses nothing and
 * the user would not expect to keep it: no file, no unsaved changes (the start screen, or a
 * new map not touched yet), and nothing already on its way to it.
 */
export function isReplaceable(record: WindowRecord | undefined): boolean {
  return (
    !!record &&
    record.ready &&
    !record.crashed &&
    !record.closeConfirmed &&
    record.documentPath === null &&
    record.state.fileName === null &&
    !record.state.dirty &&
    !record.queue.some((m) => m.channel === EVENTS.openDocument)
  );
}

export type OpenRoute =
  /** Already open there: bring that window to the front. */
  | { kind: 'focus'; windowId: number }
  /** Load it in this existing window. */
  | { kind: 'into'; windowId: number }
  | { kind: 'new' };

/**
 * Where a file being opened goes: the window that already has it; else the window that asked
 * (or the focused one) when it is replaceable; else a new window.
 */
export function routeOpen(
  registry: WindowRegistry,
  path: string,
  candidate: number | null,
  platform: NodeJS.Platform,
): OpenRoute {
  const existing = registry.findByPath(path, platform);
  if (existing) return { kind: 'focus', windowId: existing.id };
  const record = registry.get(candidate);
  if (record && isReplaceable(record)) return { kind: 'into', windowId: record.id };
  return { kind: 'new' };
}

/**
 * The title bar: the file name (or the map's title when it has no file), and the app. On
 * macOS the unsaved marker is the dot in the close button (`setDocumentEdited`), elsewhere a
 * bullet before the name.
 */
export function windowTitle(state: DocumentState, platform: NodeJS.Platform): string {
  const name = (state.fileName ?? state.title).trim() || 'Untitled';
  const marker = state.dirty && platform !== 'darwin' ? '• ' : '';
  return name === 'Touchmap' ? `${marker}Touchmap` : `${marker}${name} — Touchmap`;
}

// ---------------------------------------------------------------------------------------------
// Placement: bounds are remembered per display (a laptop alone and with its external screen
// get each their own), and a window always lands on a screen, whole.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  /** The display's whole area, and the part not taken by task bars and docks. */
  bounds: Rect;
  workArea: Rect;
}

export interface SavedBounds extends Rect {
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
const CASCADE = 28;

/** The key bounds are stored under for a display: its place and size in the desktop. */
export function displayKey(display: Pick<DisplayInfo, 'bounds'>): string {
  const { x, y, width, height } = display.bounds;
  return `${x},${y},${width}x${height}`;
}

function fitInto(rect: Rect, area: Rect): Rect {
  const width = Math.min(Math.max(rect.width, MIN_WINDOW_SIZE.width), area.width);
  const height = Math.min(Math.max(rect.height, MIN_WINDOW_SIZE.height), area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
  };
}

/**
 * The bounds of a new window on `display`: those saved for that display, else the default
 * size centred; moved down-right by `cascade` steps so windows opened one after the other do
 * not hide each other; always inside the work area.
 */
export function chooseWindowBounds(
  saved: Readonly<Record<string, SavedBounds>>,
  display: DisplayInfo,
  cascade = 0,
): SavedBounds {
  const area = display.workArea;
  const remembered = saved[displayKey(display)];
  const base: Rect = remembered ?? {
    width: Math.min(DEFAULT_WINDOW_SIZE.width, area.width),
    height: Math.min(DEFAULT_WINDOW_SIZE.height, area.height),
    x: area.x + (area.width - Math.min(DEFAULT_WINDOW_SIZE.width, area.width)) / 2,
    y: area.y + (area.height - Math.min(DEFAULT_WINDOW_SIZE.height, area.height)) / 2,
  };
  const step = (cascade % 8) * CASCADE;
  const fitted = fitInto({ ...base, x: base.x + step, y: base.y + step }, area);
  return { ...fitted, maximized: cascade === 0 && (remembered?.maximized ?? false) };
}

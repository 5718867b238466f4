/**
 * Live sessions as the main process's windows see them: File › Share on Local Network… for a
 * document window (its saved, clean file; else the page saves first), Stop Sharing for the
 * focused session window this app hosts, Join Session… from any document window. The rules
 * are in session-sharing.ts; this module ties them to the window registry and the menu.
 *
 * Nothing here imports Electron: the session windows are made by the port index.ts gives.
 */
import type {
  FoundSessionInfo,
  JoinSessionResult,
  ShareSessionResult,
} from '../../src/ipc/session-contract.ts';
import type { DesktopContext } from './desktop-context.ts';
import { SessionSharing, type SharingPorts } from './session-sharing.ts';

/** The ports only the host gives: the LAN host, discovery, and session windows. */
export type SessionPorts = Pick<SharingPorts, 'host' | 'browse' | 'openSessionWindow'>;

export interface SessionOpener {
  openPaths(paths: readonly string[]): Promise<void>;
}

export class DesktopSessions {
  readonly #context: DesktopContext;
  readonly #sharing: SessionSharing;
  #onHostingChange: () => void = () => undefined;

  constructor(context: DesktopContext, ports: SessionPorts, opener: SessionOpener) {
    this.#context = context;
    this.#sharing = new SessionSharing({
      ...ports,
      closeWindow: (windowId) => context.shell.closeWindow(windowId),
      openFile: (path) => void opener.openPaths([path]),
    });
  }

  /** Called when a session starts or ends (the menu's Stop Sharing follows). */
  onHostingChange(listener: () => void): void {
    this.#onHostingChange = listener;
  }

  /** Shares the window's map: only a file saved as it is on screen can be hosted. */
  async share(windowId: number): Promise<ShareSessionResult> {
    const record = this.#context.record(windowId);
    const file = record.state.dirty ? null : record.documentPath;
    const result = await this.#sharing.share(windowId, file);
    if (result.status === 'shared') this.#onHostingChange();
    else if (result.status === 'failed') {
      this.#context.log('warn', `could not share ${file ?? 'a map'}: ${result.message}`);
    }
    return result;
  }

  found(windowId: number): FoundSessionInfo[] {
    this.#context.record(windowId);
    return this.#sharing.found();
  }

  join(windowId: number, link: string): JoinSessionResult {
    this.#context.record(windowId);
    return this.#sharing.join(link);
  }

  /** Whether the focused window is a session window this app hosts: Stop Sharing applies. */
  canStopFocused(): boolean {
    const focused = this.#context.shell.focusedWindowId();
    return focused !== null && this.#sharing.hosts(focused);
  }

  async stopFocused(): Promise<void> {
    const focused = this.#context.shell.focusedWindowId();
    if (focused === null || !this.#sharing.hosts(focused)) return;
    if (await this.#sharing.stop(focused)) this.#onHostingChange();
  }

  /** A session window was closed (by hand, or by Stop Sharing). */
  async sessionWindowClosed(windowId: number): Promise<void> {
    if (!this.#sharing.hosts(windowId)) return;
    await this.#sharing.windowClosed(windowId);
    this.#onHostingChange();
  }

  get hosting(): boolean {
    return this.#sharing.hosting;
  }

  /** Quitting: every hosted session saves and ends, and browsing stops. */
  closeAll(): Promise<void> {
    return this.#sharing.closeAll();
  }
}

/**
 * Sharing and joining live sessions from the desktop app, without Electron: index.ts gives
 * it the ports (the LAN host of src/node/session, discovery, windows), tests give it fakes.
 *
 * Share on Local Network: the window's map must be saved to a file first (the host reads
 * and saves that file); the host starts, and the window is replaced by a session window on
 * the host page (the edit link, marked as the host's, with the view link for the Invite
 * dialog), so the facilitator edits through the session like everyone else. Stop Sharing
 * ends the session (the host saves) and opens the file again in a window of its own.
 * Closing that window by hand also ends the session (the host saves), without reopening.
 * Join Session: a pasted link opens in a session window. Discovery lists the sessions on the
 * network by name and address only: hosts never broadcast a token, so a found session still
 * takes the link its host hands out.
 */
import type {
  FoundSessionInfo,
  JoinSessionResult,
  ShareSessionResult,
} from '../../src/ipc/session-contract.ts';
import { readSessionLink } from '../../src/session/links.ts';

export interface HostedSession {
  editUrl: string;
  viewUrl: string;
  /** The facilitator's page: the edit link with the host token, and the view link. */
  hostUrl: string;
  /** Resolves when the session has ended and saved, whoever ended it (the host page too). */
  ended: Promise<void>;
  close(): Promise<void>;
}

export type FoundSession = FoundSessionInfo;

export interface SharingPorts {
  host(file: string): Promise<HostedSession>;
  /** Starts browsing for sessions on the network; returns the stop function. */
  browse(onChange: (found: FoundSession[]) => void): () => void;
  /** Opens a window on a session page; returns its id. */
  openSessionWindow(url: string): number;
  closeWindow(windowId: number): void;
  openFile(path: string): void;
}

export type ShareResult = ShareSessionResult;
export type JoinResult = JoinSessionResult;

interface Shared {
  file: string;
  host: HostedSession;
  windowId: number;
}

export class SessionSharing {
  readonly #ports: SharingPorts;
  readonly #shared: Shared[] = [];
  #found: FoundSession[] = [];
  #stopBrowsing: (() => void) | null = null;
  /** Sessions still saving after their window went: quitting waits for them too. */
  readonly #ending = new Set<Promise<void>>();

  constructor(ports: SharingPorts) {
    this.#ports = ports;
  }

  /** Shares the map of a window: `file` is its saved file, null while it has none or is dirty. */
  async share(windowId: number, file: string | null): Promise<ShareResult> {
    if (file === null) return { status: 'unsaved' };
    const already = this.#shared.find((s) => s.file === file);
    if (already) return { status: 'shared', ...urls(already.host) };
    let host: HostedSession;
    try {
      host = await this.#ports.host(file);
    } catch (error) {
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    const sessionWindow = this.#ports.openSessionWindow(host.hostUrl);
    const shared: Shared = { file, host, windowId: sessionWindow };
    this.#shared.push(shared);
    // Ended from the host page's End session: as Stop Sharing, the file reopens in its window.
    void host.ended.then(() => this.#endedByPage(shared));
    this.#ports.closeWindow(windowId);
    return { status: 'shared', ...urls(host) };
  }

  /** Whether a window is a session window this app hosts (Stop Sharing applies to it). */
  hosts(windowId: number): boolean {
    return this.#shared.some((s) => s.windowId === windowId);
  }

  /** Ends the session of a session window (or the only one): the host saves, the file reopens. */
  async stop(windowId: number | null): Promise<boolean> {
    const shared = this.#take(windowId);
    if (!shared) return false;
    await this.#end(shared);
    this.#ports.closeWindow(shared.windowId);
    this.#ports.openFile(shared.file);
    return true;
  }

  #endedByPage(shared: Shared): void {
    // Gone already when Stop Sharing or closing the window ended it (closing the host resolves `ended`).
    if (!this.#take(shared.windowId)) return;
    this.#ports.closeWindow(shared.windowId);
    this.#ports.openFile(shared.file);
  }

  /**
   * Removes the session of a session window from the hosted ones and hands it back; null
   * names the only session, when there is exactly one. Whoever takes it ends it, once.
   */
  #take(windowId: number | null): Shared | undefined {
    const index =
      windowId === null
        ? this.#shared.length === 1
          ? 0
          : -1
        : this.#shared.findIndex((s) => s.windowId === windowId);
    return index >= 0 ? this.#shared.splice(index, 1)[0] : undefined;
  }

  /** The sessions found on the network so far (browsing starts at the first call). */
  found(): FoundSession[] {
    if (this.#stopBrowsing === null) {
      this.#stopBrowsing = this.#ports.browse((found) => {
        this.#found = found;
      });
    }
    return this.#found;
  }

  /** Opens a pasted or found link in a session window; anything but a session link is refused. */
  join(text: string): JoinResult {
    const link = readSessionLink(text);
    if (link === null) return { status: 'invalid' };
    this.#ports.openSessionWindow(text.trim());
    return { status: 'joined' };
  }

  /**
   * A window closed: when it was a host's session window (closed by hand, not by stop), the
   * session ends and saves; the file is not reopened, as closing a window means done.
   */
  async windowClosed(windowId: number): Promise<void> {
    const shared = this.#take(windowId);
    if (shared) await this.#end(shared);
  }

  #end(shared: Shared): Promise<void> {
    const ending = shared.host.close().finally(() => this.#ending.delete(ending));
    this.#ending.add(ending);
    return ending;
  }

  /** Whether a session is hosted here (quitting waits for them to save). */
  get hosting(): boolean {
    return this.#shared.length > 0;
  }

  /** Quitting: every hosted session saves and ends. */
  async closeAll(): Promise<void> {
    const all = this.#shared.splice(0);
    this.#stopBrowsing?.();
    this.#stopBrowsing = null;
    await Promise.all([...all.map((s) => this.#end(s)), ...this.#ending]);
  }
}

const urls = (host: HostedSession) => ({ editUrl: host.editUrl, viewUrl: host.viewUrl });

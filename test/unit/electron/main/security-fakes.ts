/**
 * Fakes of the webContents events and session handlers that security.ts installs, shaped like
 * Electron's own (the details object carries `url`, `isMainFrame`; the permission check gets
 * `details.requestingUrl`), so a test drives them the way Electron would.
 */
import { vi } from 'vitest';
import {
  installSessionPolicy,
  type SessionLike,
  type SessionOrigins,
  type TrustedRenderer,
  type WebContentsLike,
} from '../../../../electron/main/security.ts';
import type { AllowedLink, ExternalLinkPorts } from '../../../../electron/main/external-links.ts';
import { INDEX_URL } from './fakes.ts';

export const trusted: TrustedRenderer = {
  indexUrl: INDEX_URL,
  devServerOrigin: null,
  platform: 'linux',
};

type Listener = (event: Record<string, unknown>, arg?: unknown) => void;
type OpenHandler = (details: { url: string; disposition: string }) => { action: string };

/** A webContents that records what hardenWebContents registers, and the page's actions. */
export function fakeContents(id?: number) {
  const listeners = new Map<string, Listener[]>();
  let openHandler: OpenHandler | null = null;
  const contents = {
    id,
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: OpenHandler) {
      openHandler = handler;
    },
  };
  const emit = (name: string, fields: Record<string, unknown> = {}, arg?: unknown) => {
    const event = { preventDefault: vi.fn(), ...fields };
    for (const listener of listeners.get(name) ?? []) listener(event, arg);
    return event;
  };
  return {
    contents: contents as unknown as WebContentsLike,
    listeners,
    /** A real click forwarded by the browser process: mouse down, then up. */
    click() {
      emit('input-event', {}, { type: 'mouseDown' });
      emit('input-event', {}, { type: 'mouseUp' });
    },
    pressKey(key: string) {
      emit('before-input-event', {}, { type: 'keyDown', key });
    },
    input(type: string) {
      emit('input-event', {}, { type });
    },
    navigate: (url: string) => emit('will-navigate', { url, isMainFrame: true }),
    frameNavigate: (url: string, isMainFrame: boolean) =>
      emit('will-frame-navigate', { url, isMainFrame }),
    redirect: (url: string) => emit('will-redirect', { url, isMainFrame: true }),
    attachWebview: () => emit('will-attach-webview'),
    openWindow(url: string) {
      if (!openHandler) throw new Error('no window-open handler');
      return openHandler({ url, disposition: 'foreground-tab' });
    },
  };
}

/** Link ports that record each confirmation and each opened URL; `answer` is the user's. */
export function fakeLinks(answer = true) {
  const asked: AllowedLink[] = [];
  const opened: string[] = [];
  const logs: string[] = [];
  const ports: ExternalLinkPorts = {
    confirm: async (link) => {
      asked.push(link);
      return answer;
    },
    open: (url) => {
      opened.push(url);
    },
    log: (message) => logs.push(message),
  };
  return { ports, asked, opened, logs };
}

type RequestHandler = (
  contents: { id?: number; getURL(): string },
  permission: string,
  callback: (granted: boolean) => void,
  details?: unknown,
) => void;
type CheckHandler = (
  contents: { id?: number; getURL(): string } | null,
  permission: string,
  requestingOrigin: string,
  details: { requestingUrl?: string; isMainFrame: boolean },
) => boolean;
type HeadersListener = (
  details: { url: string; resourceType: string; responseHeaders?: Record<string, string[]> },
  callback: (response: unknown) => void,
) => void;

/** A session whose policy was installed by installSessionPolicy, with helpers to query it. */
export function sessionWithPolicy(
  policy: TrustedRenderer = trusted,
  sessions: SessionOrigins | null = null,
  /** The webContents id of the page asking. */
  contentsId?: number,
) {
  const installed = {
    headers: null as HeadersListener | null,
    request: null as RequestHandler | null,
    check: null as CheckHandler | null,
  };
  const session = {
    webRequest: {
      onHeadersReceived: (listener: HeadersListener) => {
        installed.headers = listener;
      },
    },
    setPermissionRequestHandler: (handler: RequestHandler) => {
      installed.request = handler;
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      installed.check = handler;
    },
  };
  installSessionPolicy(session as unknown as SessionLike, policy, sessions);
  const page = (url: string) => ({ id: contentsId, getURL: () => url });
  return {
    installed,
    /** The answer to a permission request from a frame at `frameUrl` in a page at `url`. */
    request(url: string, permission: string, frameUrl = url): boolean {
      let answer: boolean | null = null;
      installed.request!(page(url), permission, (granted) => (answer = granted), {
        requestingUrl: frameUrl,
        isMainFrame: frameUrl === url,
      });
      if (answer === null) throw new Error('the request handler did not answer');
      return answer;
    },
    /** The answer to a permission check from the main frame of a page at `url`. */
    check(url: string, permission: string, origin = originOf(url)): boolean {
      return installed.check!(page(url), permission, origin, {
        requestingUrl: url,
        isMainFrame: true,
      });
    },
  };
}

/** The origin Chromium reports: `file://` for every file: page. */
function originOf(url: string): string {
  const parsed = new URL(url);
  return parsed.protocol === 'file:' ? 'file://' : parsed.origin;
}

/**
 * Hardening of the renderer (Electron's security checklist): which page is ours, the
 * Content-Security-Policy (also sent as a header, on top of the <meta> in index.html),
 * navigation and new windows blocked, permissions only for our own page, and links leave the
 * app only as external-links.ts allows (http, https, mailto; clicked; confirmed).
 *
 * Session windows (a live session of issue 12, hosted here or joined) show a page served over
 * http by a session host, with no preload: each may stay on its own session's origin (the
 * http://ADDR:PORT of the link it was opened with), with the same two permissions, and
 * nothing else; SessionOrigins remembers which origin is whose.
 *
 * Functions take the Electron objects they act on as parameters, so they are tested with
 * fakes and type-checked against Electron's own types.
 */
import type { Session, WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import {
  GestureTracker,
  createLinkOpener,
  isActivatingInput,
  isActivatingKey,
  type ExternalLinkPorts,
} from './external-links.ts';

export interface TrustedRenderer {
  /** `pathToFileURL(<dist>/renderer/index.html).href` */
  indexUrl: string;
  /** The Vite dev server (`http://localhost:5173`) in development, else null. */
  devServerOrigin: string | null;
  platform: NodeJS.Platform;
}

/** Whether a frame's URL is the app's own page: the renderer's index.html, or the dev server. */
export function isTrustedRendererUrl(url: string, trusted: TrustedRenderer): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (trusted.devServerOrigin !== null && parsed.origin === trusted.devServerOrigin) {
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  }
  if (parsed.protocol !== 'file:') return false;
  const index = new URL(trusted.indexUrl);
  if (parsed.host !== index.host) return false;
  let actual: string;
  let expected: string;
  try {
    actual = fileURLToPath(`file://${parsed.host}${parsed.pathname}`);
    expected = fileURLToPath(`file://${index.host}${index.pathname}`);
  } catch {
    return false;
  }
  const caseless = trusted.platform === 'win32' || trusted.platform === 'darwin';
  return caseless ? actual.toLowerCase() === expected.toLowerCase() : actual === expected;
}

/** The origin of each session window's page, by its webContents id. */
export class SessionOrigins {
  readonly #origins = new Map<number, string>();

  /** A session window was made for `url`: its webContents may be on that origin only. */
  allow(webContentsId: number, url: string): void {
    const origin = httpOrigin(url);
    if (origin === null) throw new Error('A session window needs an http(s) address.');
    this.#origins.set(webContentsId, origin);
  }

  forget(webContentsId: number): void {
    this.#origins.delete(webContentsId);
  }

  /** Whether `url` is on the session origin of that webContents (false for every other one). */
  permits(webContentsId: number, url: string): boolean {
    const origin = this.#origins.get(webContentsId);
    return origin !== undefined && httpOrigin(url) === origin;
  }
}

function httpOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.origin;
  } catch {
    return null;
  }
}

/** The policy of the app's page. Inline styles: React Flow positions nodes with them. */
export function contentSecurityPolicy(devServerOrigin: string | null): string {
  const dev = devServerOrigin
    ? ` ${devServerOrigin} ${devServerOrigin.replace(/^http/, 'ws')}`
    : '';
  return [
    "default-src 'self'",
    // Vite's dev server injects an inline preamble for React refresh; never in a build.
    `script-src 'self'${devServerOrigin ? ` 'unsafe-inline' ${devServerOrigin}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

type HeadersListener = Parameters<Session['webRequest']['onHeadersReceived']>[0];
type HeadersDetails = Parameters<Extract<HeadersListener, (...args: never[]) => unknown>>[0];

export type SessionLike = {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
} & Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Permissions the page may have: writing to the clipboard (copy of cards) and full screen. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'fullscreen']);

type PageLike = { id?: number; getURL(): string };

/** A session window's page on its own origin (its server sends its own CSP). */
const onOwnSession = (sessions: SessionOrigins | null, contents: PageLike, url: string) =>
  sessions !== null &&
  contents.id !== undefined &&
  sessions.permits(contents.id, contents.getURL()) &&
  sessions.permits(contents.id, url);

/**
 * CSP header on the app's own page; every permission denied but the two it needs, which only
 * the app's page and a session window on its own session's origin get.
 */
export function installSessionPolicy(
  session: SessionLike,
  trusted: TrustedRenderer,
  sessions: SessionOrigins | null = null,
): void {
  const policy = contentSecurityPolicy(trusted.devServerOrigin);
  session.webRequest.onHeadersReceived((details: HeadersDetails, callback) => {
    if (details.resourceType !== 'mainFrame' || !isTrustedRendererUrl(details.url, trusted)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(
      ALLOWED_PERMISSIONS.has(permission) &&
        ((isTrustedRendererUrl(contents.getURL(), trusted) &&
          isTrustedRendererUrl(details.requestingUrl, trusted)) ||
          onOwnSession(sessions, contents, details.requestingUrl)),
    );
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) => {
    if (!ALLOWED_PERMISSIONS.has(permission) || contents === null) return false;
    if (onOwnSession(sessions, contents, details.requestingUrl ?? requestingOrigin)) {
      return sessions?.permits(contents.id, `${requestingOrigin}/`) === true;
    }
    // Every file: page has the same opaque origin, so the origin alone cannot tell our page
    // from another local file: the frame's URL and the page's URL must both be ours.
    const frameUrl = details.requestingUrl ?? (details.isMainFrame ? contents.getURL() : '');
    return (
      isTrustedOrigin(requestingOrigin, trusted) &&
      isTrustedRendererUrl(frameUrl, trusted) &&
      isTrustedRendererUrl(contents.getURL(), trusted)
    );
  });
}

/** The origin of our page: `file://` for the packaged page, or the dev server's. */
function isTrustedOrigin(origin: string, trusted: TrustedRenderer): boolean {
  if (trusted.devServerOrigin !== null) return origin === trusted.devServerOrigin;
  try {
    const parsed = new URL(origin);
    return (
      parsed.protocol === 'file:' &&
      parsed.host === new URL(trusted.indexUrl).host &&
      parsed.pathname === '/'
    );
  } catch {
    return false;
  }
}

export type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'> & {
  readonly id?: number;
};

/**
 * Every page, ours or not: no navigation away, no redirects, no new windows, no <webview>.
 * A clicked http(s) or mailto link is offered to the user's browser or mail client instead,
 * after a confirmation; without a click just before, nothing is offered. A session window may
 * navigate and redirect within its own session's origin (a reload, the join link again).
 */
export function hardenWebContents(
  contents: WebContentsLike,
  links: ExternalLinkPorts,
  now: () => number = Date.now,
  sessions: SessionOrigins | null = null,
): void {
  // Read when the event comes: a session window is registered after its contents are created.
  const staysOnSession = (url: string) =>
    sessions !== null && contents.id !== undefined && sessions.permits(contents.id, url);
  const gestures = new GestureTracker(now);
  const offer = createLinkOpener(links);
  const leave = (url: string) => void offer(url, gestures.consume());
  // Input the browser process forwards to the page: script in the page cannot fake it.
  contents.on('input-event', (_event, input) => {
    if (isActivatingInput(input)) gestures.note();
  });
  contents.on('before-input-event', (_event, input) => {
    if (isActivatingKey(input)) gestures.note();
  });
  contents.on('will-navigate', (event) => {
    if (staysOnSession(event.url)) return;
    event.preventDefault();
    leave(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!staysOnSession(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}

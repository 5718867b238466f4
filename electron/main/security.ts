/**
 * Hardening of the renderer (Electron's security checklist): which page is ours, the
 * Content-Security-Policy (also sent as a header, on top of the <meta> in index.html),
 * navigation and new windows blocked, permissions denied, and only https and mailto links
 * leave the app, in the user's own browser or mail client.
 *
 * Functions take the Electron objects they act on as parameters, so they are tested with
 * fakes and type-checked against Electron's own types.
 */
import type { Session, WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import { isAllowedExternalUrl } from './window-options.ts';

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

/** CSP header on the app's own page; every permission denied but the two it needs. */
export function installSessionPolicy(session: SessionLike, trusted: TrustedRenderer): void {
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
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(
      ALLOWED_PERMISSIONS.has(permission) && isTrustedRendererUrl(contents.getURL(), trusted),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    if (!ALLOWED_PERMISSIONS.has(permission)) return false;
    return (
      requestingOrigin === 'file://' ||
      requestingOrigin.startsWith('file:') ||
      (trusted.devServerOrigin !== null && requestingOrigin === trusted.devServerOrigin)
    );
  });
}

export type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Every page, ours or not: no navigation away (a link to an allowed URL opens in the user's
 * browser instead), no new windows, no <webview>.
 */
export function hardenWebContents(
  contents: WebContentsLike,
  openExternal: (url: string) => void,
): void {
  const leave = (url: string) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    leave(url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}

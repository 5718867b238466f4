import { describe, expect, it, vi } from 'vitest';
import {
  documentWindowOptions,
  isAllowedExternalUrl,
} from '../../../electron/main/window-options.ts';
import {
  contentSecurityPolicy,
  hardenWebContents,
  installSessionPolicy,
  isTrustedRendererUrl,
  type SessionLike,
  type TrustedRenderer,
  type WebContentsLike,
} from '../../../electron/main/security.ts';
import { INDEX_URL } from './fakes.ts';

const trusted: TrustedRenderer = { indexUrl: INDEX_URL, devServerOrigin: null, platform: 'linux' };

describe('document window options', () => {
  it('isolate and sandbox the page, with no Node and no webview', () => {
    const options = documentWindowOptions('/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
    });
    expect(options.show).toBe(false);
  });

  it('take the bounds they are given, never below the minimum size', () => {
    const options = documentWindowOptions('/p', { x: 10, y: 20, width: 900, height: 700 });
    expect(options).toMatchObject({ x: 10, y: 20, width: 900, height: 700, minWidth: 720 });
  });
});

describe('isAllowedExternalUrl', () => {
  it('lets only https and mailto leave the app', () => {
    expect(isAllowedExternalUrl('https://example.com/guide')).toBe(true);
    expect(isAllowedExternalUrl('mailto:team@example.com')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('isTrustedRendererUrl', () => {
  it("accepts the app's own index.html, with a hash or a query", () => {
    expect(isTrustedRendererUrl(INDEX_URL, trusted)).toBe(true);
    expect(isTrustedRendererUrl(`${INDEX_URL}#/map`, trusted)).toBe(true);
    expect(isTrustedRendererUrl(`${INDEX_URL}?x=1`, trusted)).toBe(true);
  });

  it('refuses any other page, file or origin', () => {
    for (const url of [
      'file:///opt/Touchmap/resources/app.asar/dist/renderer/other.html',
      'file:///tmp/index.html',
      'file:///opt/Touchmap/resources/app.asar/dist/renderer/../renderer/x/../../evil.html',
      'https://example.com/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,hi',
      '',
    ]) {
      expect(isTrustedRendererUrl(url, trusted), url).toBe(false);
    }
  });

  it('compares paths without case on Windows and macOS only', () => {
    const upper = INDEX_URL.replace('/dist/', '/DIST/');
    expect(isTrustedRendererUrl(upper, trusted)).toBe(false);
    expect(isTrustedRendererUrl(upper, { ...trusted, platform: 'darwin' })).toBe(true);
  });

  it('accepts the dev server only when there is one', () => {
    const dev = { ...trusted, devServerOrigin: 'http://localhost:5173' };
    expect(isTrustedRendererUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', trusted)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only the app itself, and no inline script in a build', () => {
    const policy = contentSecurityPolicy(null);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('lets the dev server in, in development', () => {
    const policy = contentSecurityPolicy('http://localhost:5173');
    expect(policy).toContain("script-src 'self' 'unsafe-inline' http://localhost:5173");
    expect(policy).toContain('ws://localhost:5173');
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const handlers = new Map<string, (event: any, url?: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (name: string, handler: (event: any, url?: string) => void) => {
        handlers.set(name, handler);
        return contents;
      },
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
        openHandler = handler;
      },
    };
    return { contents: contents as unknown as WebContentsLike, handlers, open: () => openHandler };
  }

  it('blocks navigation and new windows, sending allowed links to the browser', () => {
    const { contents, handlers, open } = fakeContents();
    const external = vi.fn();
    hardenWebContents(contents, external);

    const navigate = { preventDefault: vi.fn() };
    handlers.get('will-navigate')!(navigate, 'https://example.com');
    expect(navigate.preventDefault).toHaveBeenCalled();
    expect(external).toHaveBeenCalledWith('https://example.com');

    const sneaky = { preventDefault: vi.fn() };
    handlers.get('will-navigate')!(sneaky, 'file:///etc/passwd');
    expect(sneaky.preventDefault).toHaveBeenCalled();
    expect(external).toHaveBeenCalledTimes(1);

    expect(open()!({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(open()!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(external).toHaveBeenCalledTimes(2);

    const webview = { preventDefault: vi.fn() };
    handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const subframe = { preventDefault: vi.fn(), isMainFrame: false };
    handlers.get('will-frame-navigate')!(subframe);
    expect(subframe.preventDefault).toHaveBeenCalled();
  });
});

describe('installSessionPolicy', () => {
  function fakeSession() {
    const session = {
      headers: null as null | ((details: any, callback: (r: any) => void) => void),
      request: null as
        null | ((contents: any, permission: string, callback: (ok: boolean) => void) => void),
      check: null as null | ((contents: any, permission: string, origin: string) => boolean),
      webRequest: {
        onHeadersReceived: (listener: any) => {
          session.headers = listener;
        },
      },
      setPermissionRequestHandler: (handler: any) => {
        session.request = handler;
      },
      setPermissionCheckHandler: (handler: any) => {
        session.check = handler;
      },
    };
    return session;
  }

  it('adds the CSP header to our page only', () => {
    const session = fakeSession();
    installSessionPolicy(session as unknown as SessionLike, trusted);
    const ours = vi.fn();
    session.headers!(
      { url: INDEX_URL, resourceType: 'mainFrame', responseHeaders: { 'X-A': ['1'] } },
      ours,
    );
    expect(ours).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [contentSecurityPolicy(null)] },
    });
    const other = vi.fn();
    session.headers!({ url: 'https://x.test/', resourceType: 'mainFrame' }, other);
    expect(other).toHaveBeenCalledWith({});
  });

  it('denies every permission but clipboard writing and full screen, for our page', () => {
    const session = fakeSession();
    installSessionPolicy(session as unknown as SessionLike, trusted);
    const page = { getURL: () => INDEX_URL };
    const answers: Record<string, boolean> = {};
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
      'clipboard-sanitized-write',
    ]) {
      session.request!(page, permission, (ok) => (answers[permission] = ok));
    }
    expect(answers).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      openExternal: false,
      fullscreen: true,
      'clipboard-sanitized-write': true,
    });
    session.request!({ getURL: () => 'https://evil.test' }, 'fullscreen', (ok) =>
      expect(ok).toBe(false),
    );
    expect(session.check!(page, 'fullscreen', 'file:///')).toBe(true);
    expect(session.check!(page, 'media', 'file:///')).toBe(false);
    expect(session.check!(page, 'fullscreen', 'https://evil.test')).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  documentWindowOptions,
  sessionWindowOptions,
} from '../../../../electron/main/window-options.ts';
import {
  SessionOrigins,
  contentSecurityPolicy,
  hardenWebContents,
  isTrustedRendererUrl,
} from '../../../../electron/main/security.ts';
import { INDEX_URL, settle } from './fakes.ts';
import { fakeContents, fakeLinks, sessionWithPolicy, trusted } from './security-fakes.ts';

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
  it('blocks navigation and new windows, offering clicked allowed links to the browser', async () => {
    const page = fakeContents();
    const links = fakeLinks();
    hardenWebContents(page.contents, links.ports);

    page.click();
    expect(page.navigate('https://example.com').preventDefault).toHaveBeenCalled();
    await settle();
    expect(links.opened).toEqual(['https://example.com/']);

    page.click();
    expect(page.navigate('file:///etc/passwd').preventDefault).toHaveBeenCalled();
    await settle();
    expect(links.opened).toHaveLength(1);

    page.click();
    expect(page.openWindow('https://example.com/a')).toEqual({ action: 'deny' });
    page.click();
    expect(page.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    await settle();
    expect(links.opened).toEqual(['https://example.com/', 'https://example.com/a']);

    expect(page.attachWebview().preventDefault).toHaveBeenCalled();
    expect(page.frameNavigate(INDEX_URL, false).preventDefault).toHaveBeenCalled();
  });

  it('opens nothing that page script asks for without a click', async () => {
    const page = fakeContents();
    const links = fakeLinks();
    hardenWebContents(page.contents, links.ports);
    expect(page.navigate('https://example.com').preventDefault).toHaveBeenCalled();
    expect(page.openWindow('https://example.com/popup')).toEqual({ action: 'deny' });
    page.input('mouseMove');
    page.input('mouseWheel');
    page.pressKey('a');
    expect(page.openWindow('mailto:team@example.com')).toEqual({ action: 'deny' });
    await settle();
    expect(links.asked).toEqual([]);
    expect(links.opened).toEqual([]);
    expect(links.logs).toContain('external link refused (no-gesture)');
  });

  it('lets one click open one link, and only for a short while', async () => {
    let now = 1_000;
    const page = fakeContents();
    const links = fakeLinks();
    hardenWebContents(page.contents, links.ports, () => now);
    page.click();
    page.openWindow('https://example.com/one');
    page.openWindow('https://example.com/two');
    page.click();
    now += 5_000;
    page.openWindow('https://example.com/late');
    await settle();
    expect(links.opened).toEqual(['https://example.com/one']);
  });

  it('takes Enter on a focused link and a tap as a gesture', async () => {
    const page = fakeContents();
    const links = fakeLinks();
    hardenWebContents(page.contents, links.ports);
    page.pressKey('Enter');
    page.openWindow('https://example.com/key');
    await settle();
    page.input('gestureTap');
    page.openWindow('https://example.com/tap');
    await settle();
    expect(links.opened).toEqual(['https://example.com/key', 'https://example.com/tap']);
  });

  it('opens nothing when the user cancels the confirmation', async () => {
    const page = fakeContents();
    const links = fakeLinks(false);
    hardenWebContents(page.contents, links.ports);
    page.click();
    page.openWindow('https://example.com/guide');
    await settle();
    expect(links.asked).toEqual([
      expect.objectContaining({ kind: 'web', target: 'https://example.com' }),
    ]);
    expect(links.opened).toEqual([]);
  });
});

describe('installSessionPolicy', () => {
  it('adds the CSP header to our page only', () => {
    const { installed } = sessionWithPolicy();
    const ours = vi.fn();
    installed.headers!(
      { url: INDEX_URL, resourceType: 'mainFrame', responseHeaders: { 'X-A': ['1'] } },
      ours,
    );
    expect(ours).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [contentSecurityPolicy(null)] },
    });
    const other = vi.fn();
    installed.headers!({ url: 'https://x.test/', resourceType: 'mainFrame' }, other);
    expect(other).toHaveBeenCalledWith({});
  });

  it('denies every permission but clipboard writing and full screen, for our page', () => {
    const session = sessionWithPolicy();
    const answers: Record<string, boolean> = {};
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
      'clipboard-sanitized-write',
    ]) {
      answers[permission] = session.request(INDEX_URL, permission);
    }
    expect(answers).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      openExternal: false,
      fullscreen: true,
      'clipboard-sanitized-write': true,
    });
    expect(session.request('https://evil.test', 'fullscreen')).toBe(false);
    // A frame of another page inside ours asks in its own name: refused.
    expect(session.request(INDEX_URL, 'fullscreen', 'file:///tmp/evil.html')).toBe(false);
    expect(session.check(INDEX_URL, 'fullscreen', 'file:///')).toBe(true);
    expect(session.check(INDEX_URL, 'fullscreen', 'file://')).toBe(true);
    expect(session.check(INDEX_URL, 'media', 'file:///')).toBe(false);
    expect(session.check(INDEX_URL, 'fullscreen', 'https://evil.test')).toBe(false);
  });

  it('checks permissions for our page only, not for any file: page', () => {
    const session = sessionWithPolicy();
    expect(session.check('file:///tmp/index.html', 'fullscreen')).toBe(false);
    expect(session.check('file:///home/me/Downloads/evil.html', 'clipboard-sanitized-write')).toBe(
      false,
    );
    expect(session.check('https://evil.test/', 'fullscreen')).toBe(false);
    // A frame of another file inside our page, or our URL claimed by another page: refused.
    const { installed } = session;
    const ours = { getURL: () => INDEX_URL };
    const theirs = { getURL: () => 'file:///tmp/evil.html' };
    const frame = { requestingUrl: 'file:///tmp/evil.html', isMainFrame: false };
    expect(installed.check!(ours, 'fullscreen', 'file://', frame)).toBe(false);
    const claimed = { requestingUrl: INDEX_URL, isMainFrame: true };
    expect(installed.check!(theirs, 'fullscreen', 'file://', claimed)).toBe(false);
    // No page (a service worker, say) and a cross-origin frame without a URL: refused.
    expect(installed.check!(null, 'fullscreen', 'file://', claimed)).toBe(false);
    expect(installed.check!(ours, 'fullscreen', 'file://', { isMainFrame: false })).toBe(false);
    // The main frame without requestingUrl falls back to the page's own URL.
    expect(installed.check!(ours, 'fullscreen', 'file://', { isMainFrame: true })).toBe(true);
  });

  it('trusts the dev server origin only in development', () => {
    const dev = sessionWithPolicy({ ...trusted, devServerOrigin: 'http://localhost:5173' });
    expect(dev.check('http://localhost:5173/', 'fullscreen')).toBe(true);
    expect(dev.check('http://localhost:5174/', 'fullscreen')).toBe(false);
    expect(sessionWithPolicy().check('http://localhost:5173/', 'fullscreen')).toBe(false);
  });
});

describe('session windows', () => {
  const LINK = `http://10.0.0.2:5000/?session=${'e'.repeat(32)}`;
  const origins = () => {
    const sessions = new SessionOrigins();
    sessions.allow(7, LINK);
    return sessions;
  };

  it('have the same hardening as document windows, and no preload', () => {
    const options = sessionWindowOptions();
    const { preload: _preload, ...hardened } = documentWindowOptions('/p').webPreferences!;
    expect(options.webPreferences).toEqual(hardened);
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
  });

  it('take http(s) session links only', () => {
    const sessions = new SessionOrigins();
    expect(() => sessions.allow(1, 'file:///etc/passwd')).toThrow();
    expect(() => sessions.allow(1, 'not a link')).toThrow();
  });

  it('may navigate and redirect within their own session origin only', async () => {
    const sessions = origins();
    const page = fakeContents(7);
    const links = fakeLinks();
    hardenWebContents(page.contents, links.ports, Date.now, sessions);
    const view = `http://10.0.0.2:5000/?view=${'v'.repeat(32)}`;
    expect(page.navigate(view).preventDefault).not.toHaveBeenCalled();
    expect(page.navigate('http://10.0.0.2:5000/').preventDefault).not.toHaveBeenCalled();
    expect(page.redirect('http://10.0.0.2:5000/x').preventDefault).not.toHaveBeenCalled();
    // Another port, another host, another scheme: blocked, as for any page.
    for (const url of [
      'http://10.0.0.2:5001/',
      'http://10.0.0.3:5000/',
      'https://10.0.0.2:5000/',
      'file:///etc/passwd',
    ]) {
      expect(page.navigate(url).preventDefault, url).toHaveBeenCalled();
      expect(page.redirect(url).preventDefault, url).toHaveBeenCalled();
    }
    expect(page.openWindow('http://10.0.0.2:5000/')).toEqual({ action: 'deny' });
    expect(page.frameNavigate('http://10.0.0.2:5000/', false).preventDefault).toHaveBeenCalled();
    await settle();
  });

  it('give no session origin to another webContents, nor after the window is gone', () => {
    const sessions = origins();
    const other = fakeContents(8);
    hardenWebContents(other.contents, fakeLinks().ports, Date.now, sessions);
    expect(other.navigate('http://10.0.0.2:5000/').preventDefault).toHaveBeenCalled();
    const page = fakeContents(7);
    hardenWebContents(page.contents, fakeLinks().ports, Date.now, sessions);
    sessions.forget(7);
    expect(page.navigate('http://10.0.0.2:5000/').preventDefault).toHaveBeenCalled();
  });

  it('grant clipboard writing and full screen on their own origin only', () => {
    const policy = sessionWithPolicy(trusted, origins(), 7);
    const url = LINK;
    expect(policy.request(url, 'clipboard-sanitized-write')).toBe(true);
    expect(policy.check(url, 'fullscreen')).toBe(true);
    expect(policy.request(url, 'media')).toBe(false);
    expect(policy.check(url, 'geolocation')).toBe(false);
    // A frame of another origin inside it, or the page once it left its origin: nothing.
    expect(policy.request(url, 'clipboard-sanitized-write', 'http://10.0.0.9:80/')).toBe(false);
    expect(policy.request('http://10.0.0.9/', 'clipboard-sanitized-write')).toBe(false);
    expect(policy.check('http://10.0.0.9/', 'fullscreen')).toBe(false);
    // Another webContents on the same address is not a session window.
    const stranger = sessionWithPolicy(trusted, origins(), 8);
    expect(stranger.request(url, 'clipboard-sanitized-write')).toBe(false);
    expect(stranger.check(url, 'fullscreen')).toBe(false);
  });
});

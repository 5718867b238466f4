import { describe, expect, it, vi } from 'vitest';
import { documentWindowOptions } from '../../../../electron/main/window-options.ts';
import {
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

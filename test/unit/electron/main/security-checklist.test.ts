/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * one test per item, each read from the real source of the setting: the window options
 * builder, the CSP function and index.html, the handlers security.ts installs, the IPC sender
 * check, the preload, and the fuses in electron-builder.yml.
 *
 * The detailed behaviour of each piece is tested beside it (security.test.ts,
 * external-links.test.ts, ipc-handlers.test.ts, preload.test.ts, electron-builder.test.ts);
 * this file is the one place that shows every item is covered.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { documentWindowOptions } from '../../../../electron/main/window-options.ts';
import { contentSecurityPolicy, hardenWebContents } from '../../../../electron/main/security.ts';
import {
  IpcRefusedError,
  checkSender,
  type SenderPolicy,
} from '../../../../electron/main/ipc-handlers.ts';
import { INDEX_URL, eventFrom, settle } from './fakes.ts';
import { fakeContents, fakeLinks, sessionWithPolicy, trusted } from './security-fakes.ts';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

const preferences = documentWindowOptions('/app/dist/electron/preload.cjs').webPreferences ?? {};

/** A policy as a map of directive -> sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

const headerPolicy = directives(contentSecurityPolicy(null));
const metaPolicy = (() => {
  const html = readFileSync(root('src/app/index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta?.[1]) throw new Error('index.html has no CSP <meta>');
  return directives(meta[1]);
})();

const OTHER_PAGES = [
  'file:///tmp/index.html',
  'file:///home/me/Downloads/evil.html',
  'https://evil.test/',
  INDEX_URL.replace('index.html', 'other.html'),
];

describe('Electron security checklist: the window', () => {
  it('process sandboxing: sandbox is on', () => {
    expect(preferences.sandbox).toBe(true);
  });

  it('context isolation: contextIsolation is on', () => {
    expect(preferences.contextIsolation).toBe(true);
  });

  it('no Node.js integration in the page, its workers or its frames', () => {
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('webSecurity is not disabled', () => {
    expect(preferences.webSecurity).not.toBe(false);
  });

  it('allowRunningInsecureContent is off', () => {
    expect(preferences.allowRunningInsecureContent).toBe(false);
  });

  it('no experimental features, no Blink features, no <webview> tag', () => {
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.webviewTag).toBe(false);
  });
});

describe('Electron security checklist: Content-Security-Policy', () => {
  it.each([
    ['the header', headerPolicy],
    ['the <meta> in index.html', metaPolicy],
  ])('%s allows no eval, no plugins, no inline script', (_name, policy) => {
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('the header forbids framing the app (frame-ancestors is ignored in a <meta>)', () => {
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headerPolicy.get('frame-src')).toEqual(["'none'"]);
  });

  it('the header and the <meta> agree on every directive a <meta> can carry', () => {
    // frame-ancestors is ignored in a <meta>, so only the header sends it.
    const names = new Set([...headerPolicy.keys(), ...metaPolicy.keys()]);
    names.delete('frame-ancestors');
    for (const name of names) {
      expect([...(metaPolicy.get(name) ?? [])].sort(), name).toEqual(
        [...(headerPolicy.get(name) ?? [])].sort(),
      );
    }
  });
});

describe('Electron security checklist: navigation and new windows', () => {
  function hardened() {
    const page = fakeContents();
    const links = fakeLinks();
    hardenWebContents(page.contents, links.ports);
    return { page, links };
  }

  it('navigation is denied, to any page, even after a click', () => {
    const { page } = hardened();
    for (const url of [...OTHER_PAGES, INDEX_URL]) {
      page.click();
      expect(page.navigate(url).preventDefault, url).toHaveBeenCalled();
    }
  });

  it('redirects are denied', () => {
    const { page } = hardened();
    expect(page.redirect('https://evil.test/').preventDefault).toHaveBeenCalled();
    expect(page.redirect(INDEX_URL).preventDefault).toHaveBeenCalled();
  });

  it('frames may not navigate, and <webview> may not attach', () => {
    const { page } = hardened();
    expect(page.frameNavigate('https://evil.test/', false).preventDefault).toHaveBeenCalled();
    expect(page.attachWebview().preventDefault).toHaveBeenCalled();
  });

  it('window.open never creates a window', () => {
    const { page } = hardened();
    for (const url of [...OTHER_PAGES, INDEX_URL, 'about:blank']) {
      page.click();
      expect(page.openWindow(url), url).toEqual({ action: 'deny' });
    }
  });

  it('shell.openExternal: only a clicked http(s)/mailto link, after the user confirms', async () => {
    const { page, links } = hardened();
    page.openWindow('https://example.org/unclicked');
    page.click();
    page.openWindow('file:///etc/passwd');
    page.click();
    page.openWindow('https://example.org/clicked');
    await settle();
    expect(links.asked.map((link) => link.target)).toEqual(['https://example.org']);
    expect(links.opened).toEqual(['https://example.org/clicked']);
  });
});

describe('Electron security checklist: permissions', () => {
  it('the permission request handler grants only our page, only what it needs', () => {
    const session = sessionWithPolicy();
    expect(session.request(INDEX_URL, 'clipboard-sanitized-write')).toBe(true);
    expect(session.request(INDEX_URL, 'media')).toBe(false);
    for (const url of OTHER_PAGES) {
      expect(session.request(url, 'clipboard-sanitized-write'), url).toBe(false);
      expect(session.request(INDEX_URL, 'clipboard-sanitized-write', url), url).toBe(false);
    }
  });

  it('the permission check handler answers yes only for our page, not any file: page', () => {
    const session = sessionWithPolicy();
    expect(session.check(INDEX_URL, 'fullscreen')).toBe(true);
    expect(session.check(INDEX_URL, 'geolocation')).toBe(false);
    for (const url of OTHER_PAGES) {
      expect(session.check(url, 'fullscreen'), url).toBe(false);
    }
  });
});

describe('Electron security checklist: IPC', () => {
  // The full sender check, channel by channel, is in ipc-handlers.test.ts.
  const policy: SenderPolicy = { trusted, windowIdFor: (id) => (id === 101 ? 1 : null) };

  it("the sender of every IPC message is validated: only our page's top frame", () => {
    expect(checkSender(eventFrom(1), policy)).toBe(1);
    for (const event of [
      eventFrom(1, INDEX_URL, { url: INDEX_URL }),
      eventFrom(1, 'file:///tmp/index.html'),
      eventFrom(1, 'https://evil.test/'),
      eventFrom(2),
    ]) {
      expect(() => checkSender(event, policy)).toThrow(IpcRefusedError);
    }
  });
});

const preload = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: {
    invoke: async () => undefined,
    send: () => undefined,
    on: () => undefined,
    removeListener: () => undefined,
  },
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => preload.exposed.set(key, api),
  },
  ipcRenderer: preload.ipcRenderer,
  webUtils: { getPathForFile: () => '' },
}));

/** Every value reachable from `value` through properties. */
function reachable(value: unknown, seen = new Set<unknown>()): Set<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return seen;
  if (seen.has(value)) return seen;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    reachable((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return seen;
}

describe('Electron security checklist: the preload', () => {
  beforeAll(async () => {
    await import('../../../../electron/preload/index.ts');
  });

  it('exposes no Electron API to the page: no ipcRenderer, nor any of its methods', () => {
    // preload.test.ts checks the bridge's exact method list; this checks no reference leaks.
    expect([...preload.exposed.keys()]).toEqual(['touchmap']);
    const leaked = reachable(preload.exposed.get('touchmap'));
    expect(leaked.has(preload.ipcRenderer)).toBe(false);
    for (const method of Object.values(preload.ipcRenderer)) {
      expect(leaked.has(method)).toBe(false);
    }
  });
});

describe('Electron security checklist: fuses (electron-builder.yml)', () => {
  const config = yaml.load(readFileSync(root('electron-builder.yml'), 'utf8')) as {
    asar?: boolean;
    electronFuses?: Record<string, boolean>;
  };
  const fuses = config.electronFuses ?? {};

  it.each([
    ['RunAsNode', 'runAsNode', false],
    ['EnableNodeOptionsEnvironmentVariable', 'enableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', 'enableNodeCliInspectArguments', false],
    ['EnableEmbeddedAsarIntegrityValidation', 'enableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', 'onlyLoadAppFromAsar', true],
    ['EnableCookieEncryption', 'enableCookieEncryption', true],
  ])('fuse %s is set (%s: %s)', (_fuse, key, value) => {
    expect(fuses[key]).toBe(value);
  });

  it('the app is packed in an asar archive, so the asar fuses have something to check', () => {
    expect(config.asar).toBe(true);
  });
});

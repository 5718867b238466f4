import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  GestureTracker,
  OPEN_BUTTON,
  confirmInDialog,
  createLinkOpener,
  decideExternalLink,
  electronLinkPorts,
  externalLinkPrompt,
  type AllowedLink,
  type ElectronLinkDeps,
} from '../../../../electron/main/external-links.ts';
import { fakeLinks } from './security-fakes.ts';

describe('decideExternalLink', () => {
  it('lets clicked http, https and mailto links out, naming the host or the address', () => {
    expect(decideExternalLink('https://example.org/guide?a=1#x', true)).toEqual({
      allow: true,
      kind: 'web',
      url: 'https://example.org/guide?a=1#x',
      target: 'https://example.org',
    });
    expect(decideExternalLink('http://example.org:8080/', true)).toMatchObject({
      allow: true,
      target: 'http://example.org:8080',
    });
    expect(decideExternalLink('mailto:team@example.com?subject=Map', true)).toMatchObject({
      allow: true,
      kind: 'mail',
      target: 'team@example.com',
    });
    expect(decideExternalLink('mailto:a@example.com,%20b@example.com', true)).toMatchObject({
      target: 'a@example.com, b@example.com',
    });
  });

  it('refuses every other scheme, clicked or not', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'data:text/html,hi',
      'ftp://example.org/',
    ]) {
      expect(decideExternalLink(url, true), url).toEqual({ allow: false, reason: 'scheme' });
    }
    expect(decideExternalLink('not a url', true)).toEqual({ allow: false, reason: 'not-a-url' });
  });

  it('refuses an allowed scheme without a user gesture', () => {
    for (const url of ['https://example.org', 'http://example.org', 'mailto:a@example.com']) {
      expect(decideExternalLink(url, false), url).toEqual({ allow: false, reason: 'no-gesture' });
    }
  });

  it('refuses links whose shown name would mislead', () => {
    expect(decideExternalLink('https://bank.example@evil.test/', true)).toEqual({
      allow: false,
      reason: 'credentials',
    });
    for (const url of [
      'mailto:',
      'mailto:?subject=hi',
      'mailto:Open%20https://bank.example%20now',
      'mailto:a@example.com%0Ab@evil.test',
      'mailto:%E0%A4%A',
    ]) {
      expect(decideExternalLink(url, true), url).toEqual({ allow: false, reason: 'bad-address' });
    }
  });

  it('names an international host in punycode, so look-alike letters show', () => {
    // The first letter is a Cyrillic "е".
    expect(decideExternalLink('https://еxample.org/', true)).toMatchObject({
      target: 'https://xn--xample-2of.org',
    });
  });
});

describe('externalLinkPrompt', () => {
  const web: AllowedLink = {
    url: 'https://example.org/a',
    kind: 'web',
    target: 'https://example.org',
  };

  it('asks "Open <host> in your browser?" with Open and Cancel, Cancel by default', () => {
    const options = externalLinkPrompt(web);
    expect(options.message).toBe('Open https://example.org in your browser?');
    expect(options.detail).toBe('https://example.org/a');
    expect(options.buttons).toEqual(['Open', 'Cancel']);
    expect(options.buttons![OPEN_BUTTON]).toBe('Open');
    expect(options.defaultId).toBe(1);
    expect(options.cancelId).toBe(1);
  });

  it('names the address for mail, and cuts a very long URL', () => {
    const mail = externalLinkPrompt({ url: 'mailto:a@b.test', kind: 'mail', target: 'a@b.test' });
    expect(mail.message).toBe('Write to a@b.test in your mail app?');
    const long = externalLinkPrompt({ ...web, url: `https://example.org/${'x'.repeat(1000)}` });
    expect(long.detail!.length).toBeLessThanOrEqual(301);
  });

  it('confirms only when Open was pressed', async () => {
    expect(await confirmInDialog(async () => ({ response: OPEN_BUTTON }), web)).toBe(true);
    expect(await confirmInDialog(async () => ({ response: 1 }), web)).toBe(false);
  });
});

describe('GestureTracker', () => {
  it('counts a gesture once, and only within its window', () => {
    let now = 0;
    const gestures = new GestureTracker(() => now, 2000);
    expect(gestures.consume()).toBe(false);
    gestures.note();
    now = 2000;
    expect(gestures.consume()).toBe(true);
    expect(gestures.consume()).toBe(false);
    gestures.note();
    now = 4001;
    expect(gestures.consume()).toBe(false);
  });
});

describe('createLinkOpener', () => {
  it('asks, then opens the parsed URL', async () => {
    const links = fakeLinks();
    const offer = createLinkOpener(links.ports);
    expect(await offer('https://example.org/a b', true)).toBe('opened');
    expect(links.asked.map((l) => l.target)).toEqual(['https://example.org']);
    expect(links.opened).toEqual(['https://example.org/a%20b']);
  });

  it('shows one confirmation at a time', async () => {
    let answer: (ok: boolean) => void = () => undefined;
    const opened: string[] = [];
    const offer = createLinkOpener({
      confirm: () => new Promise<boolean>((resolve) => (answer = resolve)),
      open: (url) => void opened.push(url),
      log: () => undefined,
    });
    const first = offer('https://example.org/1', true);
    expect(await offer('https://example.org/2', true)).toBe('busy');
    answer(true);
    expect(await first).toBe('opened');
    expect(opened).toEqual(['https://example.org/1']);
  });

  it('reports a failure to open, and is free again afterwards', async () => {
    const logs: string[] = [];
    const offer = createLinkOpener({
      confirm: async () => true,
      open: async () => {
        throw new Error('no browser');
      },
      log: (m) => logs.push(m),
    });
    expect(await offer('https://example.org', true)).toBe('failed');
    expect(logs).toEqual(['external link failed: no browser']);
    expect(await offer('https://example.org', true)).toBe('failed');
  });
});

describe('electronLinkPorts', () => {
  function deps(window: object | null, response: number) {
    const shown: unknown[][] = [];
    const opened: string[] = [];
    const fake = {
      BrowserWindow: { fromWebContents: () => window },
      dialog: {
        showMessageBox: async (...args: unknown[]) => {
          shown.push(args);
          return { response, checkboxChecked: false };
        },
      },
      shell: { openExternal: async (url: string) => void opened.push(url) },
    };
    return { deps: fake as unknown as ElectronLinkDeps, shown, opened };
  }
  const contents = {} as WebContents;
  const link: AllowedLink = {
    url: 'https://example.org/',
    kind: 'web',
    target: 'https://example.org',
  };

  it("shows the confirmation on the page's window and opens with the shell", async () => {
    const window = { id: 7 };
    const fake = deps(window, OPEN_BUTTON);
    const ports = electronLinkPorts(contents, fake.deps);
    expect(await ports.confirm(link)).toBe(true);
    expect(fake.shown).toEqual([[window, externalLinkPrompt(link)]]);
    await ports.open(link.url);
    expect(fake.opened).toEqual(['https://example.org/']);
  });

  it('shows it on its own when the page has no window, and Cancel answers no', async () => {
    const fake = deps(null, 1);
    expect(await electronLinkPorts(contents, fake.deps).confirm(link)).toBe(false);
    expect(fake.shown).toEqual([[externalLinkPrompt(link)]]);
  });
});

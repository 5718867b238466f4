/**
 * The PDF fallback font in the desktop app: the TrueType check, the path kept in main's
 * preferences (never given to a page), and the IPC gates. Choosing and reading it are tested
 * with the module that does them, in preferences-host.test.ts.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, hasTrueTypeSignature } from '../../../../src/ipc/contract.ts';
import { createIpcHandlers, type SenderPolicy } from '../../../../electron/main/ipc-handlers.ts';
import {
  DEFAULT_PREFERENCES,
  repairPreferences,
  userPart,
  withUserPatch,
} from '../../../../electron/main/preferences-schema.ts';
import { tempFolder } from '../../node/helpers.ts';
import { INDEX_URL, eventFrom, makeDesktop, readyWindow } from './fakes.ts';

const CJK_FONT = new URL('../../pdf/fixtures/cjk-fallback-subset.ttf', import.meta.url).pathname;

async function setup() {
  const dir = await tempFolder('touchmap-fallback-');
  const env = makeDesktop(dir);
  const one = readyWindow(env.desktop);
  const font = join(dir, 'cjk.ttf');
  await copyFile(CJK_FONT, font);
  return { ...env, dir, one, font };
}

describe('hasTrueTypeSignature', () => {
  it('accepts TrueType fonts and collections only', () => {
    expect(hasTrueTypeSignature(new Uint8Array([0, 1, 0, 0, 9]))).toBe(true);
    expect(hasTrueTypeSignature(new TextEncoder().encode('true'))).toBe(true);
    expect(hasTrueTypeSignature(new TextEncoder().encode('ttcf....'))).toBe(true);
    expect(hasTrueTypeSignature(new TextEncoder().encode('OTTO'))).toBe(false);
    expect(hasTrueTypeSignature(new TextEncoder().encode('%PDF'))).toBe(false);
    expect(hasTrueTypeSignature(new Uint8Array([0, 1]))).toBe(false);
  });
});

describe('the fallback font preference', () => {
  it('is kept in main and never part of what a page sees', () => {
    const prefs = withUserPatch(
      {
        ...structuredClone(DEFAULT_PREFERENCES),
        pdf: { ...DEFAULT_PREFERENCES.pdf, fallbackFontPath: '/f/cjk.ttf' },
      },
      { pdf: { pageSize: 'A3', orientation: 'portrait' } },
    );
    // A page's change to the PDF preferences keeps the path...
    expect(prefs.pdf).toEqual({
      pageSize: 'A3',
      orientation: 'portrait',
      fallbackFontPath: '/f/cjk.ttf',
    });
    // ...and what a page sees has no path.
    expect(userPart(prefs).pdf).toEqual({ pageSize: 'A3', orientation: 'portrait' });
    expect(JSON.stringify(userPart(prefs))).not.toContain('cjk');
  });

  it('repairs to null, and reads files written before it existed', () => {
    expect(
      repairPreferences({ pdf: { pageSize: 'A2', orientation: 'landscape' } }).value.pdf,
    ).toEqual({
      pageSize: 'A2',
      orientation: 'landscape',
      fallbackFontPath: null,
    });
  });
});

describe('the fallback font channels (IPC handlers)', () => {
  async function withHandlers() {
    const env = await setup();
    const policy: SenderPolicy = {
      trusted: { indexUrl: INDEX_URL, devServerOrigin: null, platform: 'linux' },
      windowIdFor: (id) => env.desktop.windows.byWebContents(id)?.id ?? null,
    };
    return { env, handlers: createIpcHandlers(env.desktop, policy) };
  }

  it('choose, read and clear through their own channels', async () => {
    const { env, handlers } = await withHandlers();
    env.shell.openAnswers.push(env.font);
    expect(await handlers[CHANNELS.chooseFallbackFont](eventFrom(env.one))).toEqual({
      status: 'chosen',
      name: 'cjk.ttf',
    });
    const read = (await handlers[CHANNELS.readFallbackFont](eventFrom(env.one))) as {
      bytes: Uint8Array | null;
    };
    expect(read.bytes?.byteLength).toBeGreaterThan(100);
    await handlers[CHANNELS.clearFallbackFont](eventFrom(env.one));
    expect(await handlers[CHANNELS.getFallbackFont](eventFrom(env.one))).toBeNull();
  });

  it('refuses a path in the payload and foreign senders', async () => {
    const { env, handlers } = await withHandlers();
    await expect(
      handlers[CHANNELS.chooseFallbackFont](eventFrom(env.one), { path: env.font }),
    ).rejects.toThrow(/Refused: invalid request/);
    await expect(
      handlers[CHANNELS.readFallbackFont](eventFrom(env.one, 'https://evil.example/')),
    ).rejects.toThrow(/Refused/);
    await expect(
      handlers[CHANNELS.chooseFallbackFont](eventFrom(env.one, INDEX_URL, {})),
    ).rejects.toThrow(/top frame/);
    expect(env.shell.openOptions).toEqual([]);
    expect(env.preferences.fallbackFontPath()).toBeNull();
  });
});

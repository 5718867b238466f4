/**
 * The preferences as main serves them: the theme, window placement, the notice of a repaired
 * file, and the PDF fallback font (its path stays in main; see also fallback-font.test.ts).
 */
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS, hasTrueTypeSignature } from '../../../../src/ipc/contract.ts';
import { DesktopContext } from '../../../../electron/main/desktop-context.ts';
import { PreferencesHost } from '../../../../electron/main/preferences-host.ts';
import type { PreferencesStore } from '../../../../electron/main/preferences.ts';
import { FakeShell, memoryPreferences, readyWindow, setupDesktop } from './fakes.ts';

const CJK_FONT = new URL('../../pdf/fixtures/cjk-fallback-subset.ttf', import.meta.url).pathname;

async function withFont() {
  const env = await setupDesktop('touchmap-prefs-host-');
  const one = readyWindow(env.desktop);
  const font = join(env.dir, 'cjk.ttf');
  await copyFile(CJK_FONT, font);
  return { ...env, one, font };
}

/** A host alone over the given store, with a recording shell and log. */
function hostOver(preferences: PreferencesStore) {
  const shell = new FakeShell();
  const logs: string[] = [];
  const context = new DesktopContext({
    shell,
    defaultFolder: null,
    platform: 'linux',
    log: (level, message) => logs.push(`${level}: ${message}`),
  });
  return { host: new PreferencesHost(context, preferences), shell, logs, context };
}

describe('preferences', () => {
  it('applies the theme and tells every window', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    env.desktop.preferences.setPreferences({ theme: 'dark' });
    expect(env.shell.themes.at(-1)).toBe('dark');
    expect(env.shell.sentTo(one, EVENTS.preferencesChanged)).toEqual([
      expect.objectContaining({ theme: 'dark' }),
    ]);
    expect(env.shell.sentTo(two, EVENTS.preferencesChanged)).toHaveLength(1);
  });

  it('tells no page that is still loading, and leaves the theme alone when it did not change', async () => {
    const env = await setupDesktop();
    const loading = env.desktop.context.newWindow();
    env.desktop.preferences.setPreferences({ pdf: { pageSize: 'A3', orientation: 'portrait' } });
    expect(env.shell.themes).toEqual([]);
    expect(env.shell.sentTo(loading.id)).toEqual([]);
    expect(env.desktop.preferences.getPreferences().pdf.pageSize).toBe('A3');
  });

  it('applies the stored theme at start-up', () => {
    const preferences = memoryPreferences();
    preferences.setUser({ theme: 'light' });
    const { host, shell } = hostOver(preferences);
    host.applyTheme();
    expect(shell.themes).toEqual(['light']);
  });

  it('tells the user when the preferences file was repaired, and only then', () => {
    const quiet = hostOver(memoryPreferences());
    quiet.host.reportRepair();
    expect(quiet.shell.messages).toEqual([]);

    const notice = {
      message: 'The preferences were damaged and have been repaired.',
      problems: ['theme: invalid value', 'recentFiles: not a list'],
      keptAt: '/memory/preferences.corrupt.json',
    };
    const repaired = hostOver({ ...memoryPreferences(), notice });
    repaired.host.reportRepair();
    expect(repaired.shell.messages).toEqual([
      {
        windowId: null,
        options: {
          type: 'warning',
          message: notice.message,
          detail:
            'theme: invalid value\nrecentFiles: not a list\nThe damaged file was kept as /memory/preferences.corrupt.json.',
        },
      },
    ]);
    expect(repaired.logs).toEqual([
      `warn: ${notice.message} theme: invalid value; recentFiles: not a list`,
    ]);
  });
});

describe('window placement', () => {
  it('remembers bounds per display, and logs when they cannot be stored', () => {
    const preferences = memoryPreferences();
    const { host } = hostOver(preferences);
    const bounds = { x: 10, y: 20, width: 900, height: 600, maximized: false };
    host.rememberBounds('0,0,1920,1080', bounds);
    expect(host.savedBounds()).toEqual({ '0,0,1920,1080': bounds });

    const full = hostOver({
      ...preferences,
      setWindowBounds: () => {
        throw new Error('disk full');
      },
    });
    full.host.rememberBounds('0,0,1920,1080', { ...bounds, maximized: true });
    expect(full.logs).toEqual(['warn: could not store window bounds: Error: disk full']);
  });
});

describe('the fallback font', () => {
  it('shows a dialog filtered to .ttf/.ttc, checks the file and keeps its path', async () => {
    const env = await withFont();
    env.shell.openAnswers.push(env.font);
    expect(await env.desktop.preferences.chooseFallbackFont(env.one)).toEqual({
      status: 'chosen',
      name: 'cjk.ttf',
    });
    expect(env.shell.openOptions.at(-1)?.filters).toEqual([
      { name: 'TrueType fonts', extensions: ['ttf', 'ttc'] },
    ]);
    expect(env.preferences.fallbackFontPath()).toBe(env.font);
    expect(await env.desktop.preferences.getFallbackFont()).toEqual({
      name: 'cjk.ttf',
      problem: null,
    });
    expect(env.desktop.preferences.getPreferences().pdf).not.toHaveProperty('fallbackFontPath');
  });

  it('refuses a file that is not a TrueType font, and keeps the previous one', async () => {
    const env = await withFont();
    env.shell.openAnswers.push(env.font);
    await env.desktop.preferences.chooseFallbackFont(env.one);
    const fake = join(env.dir, 'fake.ttf');
    await writeFile(fake, 'wOFF not really a font');
    env.shell.openAnswers.push(fake);
    const result = await env.desktop.preferences.chooseFallbackFont(env.one);
    expect(result).toEqual({
      status: 'failed',
      message: 'fake.ttf cannot be the fallback font: it is not a TrueType font (.ttf or .ttc).',
    });
    expect(env.preferences.fallbackFontPath()).toBe(env.font);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const env = await withFont();
    expect(await env.desktop.preferences.chooseFallbackFont(env.one)).toEqual({
      status: 'cancelled',
    });
    expect(env.preferences.fallbackFontPath()).toBeNull();
  });

  it('reads the font bytes, or says why not; clear forgets it', async () => {
    const env = await withFont();
    expect(await env.desktop.preferences.readFallbackFont()).toEqual({
      name: null,
      bytes: null,
      message: null,
    });
    env.shell.openAnswers.push(env.font);
    await env.desktop.preferences.chooseFallbackFont(env.one);
    const read = await env.desktop.preferences.readFallbackFont();
    expect(read.name).toBe('cjk.ttf');
    expect(read.bytes && hasTrueTypeSignature(read.bytes)).toBe(true);
    expect(read.message).toBeNull();

    await rm(env.font);
    const gone = await env.desktop.preferences.readFallbackFont();
    expect(gone.bytes).toBeNull();
    expect(gone.message).toMatch(/cjk\.ttf was not used: it cannot be read \(no such file\)/);
    expect((await env.desktop.preferences.getFallbackFont())?.problem).toMatch(/no such file/);

    env.desktop.preferences.clearFallbackFont();
    expect(env.preferences.fallbackFontPath()).toBeNull();
    expect(await env.desktop.preferences.getFallbackFont()).toBeNull();
  });
});

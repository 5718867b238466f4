/**
 * The preferences: the schema and its repair (pure), then the real electron-store file in a
 * temporary folder (its `cwd` option).
 *
 * electron-store imports the `electron` package, which outside Electron exports the path of
 * the binary and throws when that binary was never downloaded (as here).
 * ELECTRON_OVERRIDE_DIST_PATH, the package's own variable for a binary kept elsewhere, makes
 * it export a path instead; electron-store then runs as its base, `conf`, on the real file
 * system: the same code that runs in the app.
 */
import { vi } from 'vitest';

vi.hoisted(() => {
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent/electron-binary-not-needed';
});

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_USER_PREFERENCES } from '../../../../src/ipc/preferences.ts';
import {
  DEFAULT_PREFERENCES,
  parsePreferencesText,
  repairPreferences,
  userPart,
} from '../../../../electron/main/preferences-schema.ts';
import { openPreferences } from '../../../../electron/main/preferences.ts';
import { DEFAULT_DEPARTMENTS, DEFAULT_STAGES } from '../../../../src/core/defaults.ts';

describe('the preferences schema', () => {
  it('defaults to the seeds’ stages and departments, the exporter’s A3 landscape, the system theme', () => {
    expect(DEFAULT_PREFERENCES).toMatchObject({
      newMap: {
        stages: [...DEFAULT_STAGES],
        departments: DEFAULT_DEPARTMENTS.map(({ name, color }) => ({ name, color })),
      },
      pdf: { pageSize: 'A3', orientation: 'landscape' },
      authorName: '',
      theme: 'system',
      draftIntervalSeconds: 3,
      recentFiles: [],
      windowBounds: {},
    });
  });

  it('keeps good keys and resets bad ones, one by one, saying which', () => {
    const repaired = repairPreferences({
      ...DEFAULT_PREFERENCES,
      theme: 'neon',
      authorName: 'Ann',
      draftIntervalSeconds: 0,
      pdf: { pageSize: 'A3', orientation: 'portrait' },
      recentFiles: ['/a.touchmap', 42, '/a.touchmap', '/b.touchmap'],
      windowBounds: {
        '0,0,1440x900': { x: 1, y: 2, width: 900, height: 700, maximized: false },
        broken: { x: 'left' },
      },
      fromTheFuture: { keep: true },
    });
    expect(repaired.value).toMatchObject({
      theme: 'system',
      authorName: 'Ann',
      draftIntervalSeconds: 3,
      pdf: { pageSize: 'A3', orientation: 'portrait' },
      recentFiles: ['/a.touchmap', '/b.touchmap'],
      windowBounds: { '0,0,1440x900': { x: 1, y: 2, width: 900, height: 700, maximized: false } },
      fromTheFuture: { keep: true },
    });
    expect(repaired.problems).toHaveLength(2);
    expect(repaired.problems[0]).toMatch(/^theme: .*reset to the default$/);
    expect(repaired.problems[1]).toMatch(/^draftIntervalSeconds: /);
  });

  it('fills keys a file does not have yet, without a notice', () => {
    expect(repairPreferences({ theme: 'dark' })).toEqual({
      value: { ...DEFAULT_PREFERENCES, theme: 'dark' },
      problems: [],
    });
  });

  it('resets everything when the file is not JSON or not an object', () => {
    for (const text of ['{"theme": "dark",', '[]', 'null', '']) {
      const repaired = parsePreferencesText(text);
      expect(repaired.value).toEqual(DEFAULT_PREFERENCES);
      expect(repaired.problems).toHaveLength(1);
    }
  });

  it('shows a renderer no paths and no window bounds', () => {
    const user = userPart({ ...DEFAULT_PREFERENCES, recentFiles: ['/secret/a.touchmap'] });
    expect(Object.keys(user).sort()).toEqual(Object.keys(DEFAULT_USER_PREFERENCES).sort());
  });
});

describe('openPreferences (electron-store, real file)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'touchmap-prefs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts with the defaults and keeps what is set', () => {
    const prefs = openPreferences({ cwd: dir });
    expect(prefs.path).toBe(join(dir, 'preferences.json'));
    expect(prefs.notice).toBeNull();
    expect(prefs.user()).toEqual(DEFAULT_USER_PREFERENCES);
    expect(prefs.setUser({ theme: 'dark', authorName: 'Ann' })).toMatchObject({
      theme: 'dark',
      authorName: 'Ann',
    });
    prefs.setRecentFiles(['/m/a.touchmap']);
    prefs.setWindowBounds('0,0,1440x900', { x: 0, y: 0, width: 800, height: 600, maximized: true });

    const again = openPreferences({ cwd: dir });
    expect(again.user()).toMatchObject({ theme: 'dark', authorName: 'Ann' });
    expect(again.recentFiles()).toEqual(['/m/a.touchmap']);
    expect(again.windowBounds()['0,0,1440x900']?.maximized).toBe(true);
  });

  it('refuses a wrong change from a renderer, changing nothing', () => {
    const prefs = openPreferences({ cwd: dir });
    expect(() => prefs.setUser({ theme: 'neon' } as never)).toThrow();
    expect(() => prefs.setUser({ draftIntervalSeconds: 0 })).toThrow();
    expect(() => prefs.setUser({ recentFiles: ['/x'] } as never)).toThrow();
    expect(prefs.user()).toEqual(DEFAULT_USER_PREFERENCES);
  });

  it('resets a corrupt file to the defaults with a notice, keeping the damaged text', async () => {
    const damaged = '{"theme": "dark", "authorName": "Ann", "recentF';
    await writeFile(join(dir, 'preferences.json'), damaged);
    const prefs = openPreferences({ cwd: dir });
    expect(prefs.user()).toEqual(DEFAULT_USER_PREFERENCES);
    expect(prefs.notice).toMatchObject({
      message: expect.stringMatching(/damaged/),
      problems: [expect.stringMatching(/not valid JSON/)],
      keptAt: join(dir, 'preferences.corrupt.json'),
    });
    expect(await readFile(join(dir, 'preferences.corrupt.json'), 'utf8')).toBe(damaged);
    // The file was written back whole: the next start is quiet.
    expect(JSON.parse(await readFile(join(dir, 'preferences.json'), 'utf8'))).toMatchObject({
      theme: 'system',
    });
    expect(openPreferences({ cwd: dir }).notice).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(['preferences.corrupt.json', 'preferences.json']);
  });

  it('repairs a file with one bad value, keeping the rest', async () => {
    await writeFile(
      join(dir, 'preferences.json'),
      JSON.stringify({
        ...DEFAULT_PREFERENCES,
        theme: 'dark',
        pdf: { pageSize: 'B7', orientation: 'portrait' },
      }),
    );
    const prefs = openPreferences({ cwd: dir });
    expect(prefs.user()).toMatchObject({ theme: 'dark', pdf: DEFAULT_USER_PREFERENCES.pdf });
    expect(prefs.notice?.problems).toEqual([expect.stringMatching(/^pdf\.pageSize: /)]);
  });
});

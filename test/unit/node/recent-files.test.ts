import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RECENT_CAP,
  addRecent,
  isExistingFile,
  normalizeRecent,
  pathKey,
  pruneMissing,
  removeRecent,
  samePath,
} from '../../../src/node/recent-files.ts';
import { tempFolder } from './helpers.ts';

describe('addRecent', () => {
  it('puts the newest first and moves an entry that is already there', () => {
    let list: string[] = [];
    list = addRecent(list, '/maps/a.touchmap', { platform: 'linux' });
    list = addRecent(list, '/maps/b.touchmap', { platform: 'linux' });
    list = addRecent(list, '/maps/a.touchmap', { platform: 'linux' });
    expect(list).toEqual(['/maps/a.touchmap', '/maps/b.touchmap']);
  });

  it('caps the list, dropping the oldest', () => {
    let list: string[] = [];
    for (let i = 0; i < 15; i++) list = addRecent(list, `/m/${i}.touchmap`, { platform: 'linux' });
    expect(list).toHaveLength(DEFAULT_RECENT_CAP);
    expect(list[0]).toBe('/m/14.touchmap');
    expect(list.at(-1)).toBe('/m/5.touchmap');
    expect(addRecent(list, '/m/x.touchmap', { cap: 3, platform: 'linux' })).toEqual([
      '/m/x.touchmap',
      '/m/14.touchmap',
      '/m/13.touchmap',
    ]);
  });

  it('treats paths differing only in case as one file on Windows and macOS', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const list = addRecent(['/Maps/Hotel.touchmap', '/b.touchmap'], '/maps/hotel.TOUCHMAP', {
        platform,
      });
      expect(list).toEqual(['/maps/hotel.TOUCHMAP', '/b.touchmap']);
    }
  });

  it('keeps paths differing in case apart on Linux', () => {
    const list = addRecent(['/Maps/Hotel.touchmap'], '/maps/hotel.touchmap', { platform: 'linux' });
    expect(list).toEqual(['/maps/hotel.touchmap', '/Maps/Hotel.touchmap']);
  });

  it('normalises separators and dots before comparing', () => {
    expect(samePath('C:\\Maps\\a.touchmap', 'c:/maps/./A.touchmap', 'win32')).toBe(true);
    expect(samePath('/maps/x/../a.touchmap', '/maps/a.touchmap', 'linux')).toBe(true);
    expect(pathKey('/A//b', 'linux')).toBe('/A/b');
  });

  it('never mutates its input', () => {
    const list = Object.freeze(['/a', '/b']) as readonly string[];
    expect(addRecent(list, '/b', { platform: 'linux' })).toEqual(['/b', '/a']);
    expect(list).toEqual(['/a', '/b']);
  });
});

describe('removeRecent and normalizeRecent', () => {
  it('removes every spelling of a file', () => {
    expect(removeRecent(['/A.touchmap', '/b'], '/a.touchmap', { platform: 'darwin' })).toEqual([
      '/b',
    ]);
    expect(removeRecent(['/A.touchmap', '/b'], '/a.touchmap', { platform: 'linux' })).toEqual([
      '/A.touchmap',
      '/b',
    ]);
  });

  it('cleans a list read from a damaged preferences file', () => {
    expect(
      normalizeRecent(['/a', 3, null, '', '/A', '/b', '/a'], { platform: 'win32', cap: 5 }),
    ).toEqual(['/a', '/b']);
  });
});

describe('pruneMissing', () => {
  it('drops files that no longer exist, and folders, keeping the order', async () => {
    const dir = await tempFolder();
    const a = join(dir, 'a.touchmap');
    const b = join(dir, 'b.touchmap');
    const gone = join(dir, 'gone.touchmap');
    const folder = join(dir, 'folder.touchmap');
    await writeFile(a, '{}');
    await writeFile(b, '{}');
    await writeFile(gone, '{}');
    await mkdir(folder);
    await rm(gone);
    expect(await pruneMissing([b, gone, folder, a])).toEqual([b, a]);
    expect(await isExistingFile(folder)).toBe(false);
  });

  it('uses the check it is given', async () => {
    expect(await pruneMissing(['/x', '/y'], async (p) => p === '/y')).toEqual(['/y']);
  });
});

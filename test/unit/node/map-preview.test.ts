/** A recent map's preview, read from a real file system: the map, or why there is none. */
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MapPreviewCache, readMapPreview } from '../../../src/node/map-preview.ts';
import { pathKey } from '../../../src/node/recent-files.ts';
import { mapText, tempFolder } from './helpers.ts';

const tooNew = (text: string) => text.replace('"version": 1', '"version": 999');

describe('readMapPreview', () => {
  it('gives the parsed map of a valid file, with its modification time', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'hotel.touchmap');
    await writeFile(path, mapText('Hotel stay', 5));
    const when = new Date('2026-03-04T05:06:07Z');
    await utimes(path, when, when);
    const preview = await readMapPreview(path);
    expect(preview.status).toBe('read');
    if (preview.status !== 'read') return;
    expect(preview.map.title).toBe('Hotel stay');
    expect(preview.map.touchpoints).toHaveLength(5);
    expect(preview.mtimeMs).toBe(when.getTime());
  });

  it('reads a map out of the byte-order mark like opening does', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'bom.touchmap');
    await writeFile(path, `\uFEFF${mapText('With a BOM')}`);
    expect(await readMapPreview(path)).toMatchObject({
      status: 'read',
      map: { title: 'With a BOM' },
    });
  });

  it('says why there is no map: missing, a folder, broken, not UTF-8, too new, too large', async () => {
    const dir = await tempFolder();
    const write = async (name: string, content: string | Uint8Array) => {
      const path = join(dir, name);
      await writeFile(path, content);
      return path;
    };
    const cases: [string, string][] = [
      [join(dir, 'gone.touchmap'), 'missing'],
      [join(dir, 'gone', 'below.touchmap'), 'missing'],
      [await write('broken.touchmap', '{"format": "touchmap", "version": 1,'), 'broken'],
      [await write('other.touchmap', '{"hello": "world"}'), 'broken'],
      [await write('latin1.touchmap', new Uint8Array([0x7b, 0xe9, 0x7d])), 'broken'],
      [await write('next.touchmap', tooNew(mapText('From the future'))), 'too-new'],
      [await write('plain.pdf', '%PDF-1.7\n%%EOF\n'), 'broken'],
    ];
    await mkdir(join(dir, 'folder.touchmap'));
    cases.push([join(dir, 'folder.touchmap'), 'unreadable']);
    for (const [path, problem] of cases) {
      expect(await readMapPreview(path), path).toEqual({ status: 'failed', problem });
    }
    const big = await write('big.touchmap', mapText('Big', 40));
    expect(await readMapPreview(big, { maxBytes: 1024 })).toEqual({
      status: 'failed',
      problem: 'too-large',
    });
    expect((await readMapPreview(big)).status).toBe('read');
  });
});

describe('MapPreviewCache', () => {
  it('reads a file again only when its modification time or size changed', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'a.touchmap');
    await writeFile(path, mapText('First'));
    const read = vi.fn(readMapPreview);
    const cache = new MapPreviewCache({ capacity: 4, read });
    const key = pathKey(path);
    expect(await cache.preview(key, path)).toMatchObject({ map: { title: 'First' } });
    expect(await cache.preview(key, path)).toMatchObject({ map: { title: 'First' } });
    expect(read).toHaveBeenCalledTimes(1);

    await writeFile(path, mapText('Second'));
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);
    expect(await cache.preview(key, path)).toMatchObject({ map: { title: 'Second' } });
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a missing file, and forgets the oldest beyond its capacity', async () => {
    const dir = await tempFolder();
    const read = vi.fn(readMapPreview);
    const cache = new MapPreviewCache({ capacity: 2, read });
    const gone = join(dir, 'gone.touchmap');
    expect(await cache.preview(gone, gone)).toEqual({ status: 'failed', problem: 'missing' });
    await writeFile(gone, mapText('Back again'));
    expect(await cache.preview(gone, gone)).toMatchObject({ status: 'read' });

    const paths = ['b', 'c'].map((name) => join(dir, `${name}.touchmap`));
    for (const path of paths) await writeFile(path, mapText(path));
    for (const path of paths) await cache.preview(path, path);
    read.mockClear();
    // `gone` was the oldest of three: it is read again; the two kept are not.
    await cache.preview(gone, gone);
    await cache.preview(paths[1]!, paths[1]!);
    expect(read.mock.calls.map(([path]) => path)).toEqual([gone]);
  });
});

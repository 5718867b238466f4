import { mkdir, readFile, readdir, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_BYTES,
  backupKey,
  checkConflict,
  hashBytes,
  listBackups,
  openDocument,
  readStamp,
  saveDocument,
  watchDocument,
  type ExternalChange,
  type FileStamp,
} from '../../../src/node/document-files.ts';
import { mapText, tempFolder } from './helpers.ts';

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url);

describe('openDocument', () => {
  it('reads a map and stamps it', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'map.touchmap');
    const text = mapText('Hotel');
    await writeFile(path, text);
    const result = await openDocument(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(text);
    expect(result.map.title).toBe('Hotel');
    expect(result.stamp).toEqual({
      mtimeMs: (await stat(path)).mtimeMs,
      size: Buffer.byteLength(text),
      hash: hashBytes(text),
    });
  });

  it('strips a byte-order mark', async () => {
    const result = await openDocument(fixture('valid/bom.touchmap').pathname);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('returns the typed failure of a too-new file, and leaves the file alone', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'future.touchmap');
    const bytes = await readFile(fixture('invalid/too-new.touchmap'));
    await writeFile(path, bytes);
    const before = await stat(path);
    const result = await openDocument(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'too-new', version: 99, supportedVersion: 1 });
    expect(result.text).toBe(bytes.toString('utf8'));
    expect(result.stamp?.hash).toBe(hashBytes(bytes));
    expect(await readFile(path)).toEqual(bytes);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(dir)).toEqual(['future.touchmap']);
  });

  it.each([
    ['invalid/not-json.touchmap', 'not-json'],
    ['invalid/no-format.touchmap', 'not-touchmap'],
    ['invalid/schema-violations.touchmap', 'invalid'],
  ])('returns the failure of %s', async (file, kind) => {
    const result = await openDocument(fixture(file).pathname);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it('says why a file cannot be read', async () => {
    const dir = await tempFolder();
    const missing = await openDocument(join(dir, 'missing.touchmap'));
    expect(missing).toMatchObject({ ok: false, error: { kind: 'unreadable' } });
    expect(!missing.ok && missing.error.message).toMatch(/no such file/);

    await mkdir(join(dir, 'folder.touchmap'));
    const folder = await openDocument(join(dir, 'folder.touchmap'));
    expect(!folder.ok && folder.error.message).toMatch(/folder/);

    await writeFile(join(dir, 'latin1.touchmap'), Buffer.from([0x7b, 0xe9, 0x7d]));
    const latin1 = await openDocument(join(dir, 'latin1.touchmap'));
    expect(latin1).toMatchObject({ ok: false, error: { kind: 'not-utf8', offset: 1, line: 1 } });
    expect(!latin1.ok && latin1.error.message).toMatch(
      /not UTF-8 text: byte 0xE9 at offset 1 \(line 1\)/,
    );

    const huge = join(dir, 'huge.touchmap');
    await writeFile(huge, '');
    await truncate(huge, MAX_DOCUMENT_BYTES + 1);
    const big = await openDocument(huge);
    expect(!big.ok && big.error.message).toMatch(/too large/);
  });
});

describe('checkConflict', () => {
  async function opened() {
    const dir = await tempFolder();
    const path = join(dir, 'map.touchmap');
    await writeFile(path, mapText('A'));
    const stamp = (await readStamp(path)) as FileStamp;
    return { dir, path, stamp };
  }

  it('sees no conflict in an unchanged file, nor in one only touched', async () => {
    const { path, stamp } = await opened();
    expect((await checkConflict(path, stamp)).conflict).toBe(false);
    await utimes(path, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect((await checkConflict(path, stamp)).conflict).toBe(false);
  });

  it('sees a change that kept the size and the time', async () => {
    const { path, stamp } = await opened();
    const changed = mapText('B');
    expect(Buffer.byteLength(changed)).toBe(stamp.size);
    await writeFile(path, changed);
    await utimes(path, stamp.mtimeMs / 1000, stamp.mtimeMs / 1000);
    expect(await checkConflict(path, stamp)).toMatchObject({ conflict: true, reason: 'modified' });
  });

  it('sees a deleted file, and a file where none was expected', async () => {
    const { dir, path, stamp } = await opened();
    await rm(path);
    expect(await checkConflict(path, stamp)).toEqual({
      conflict: true,
      reason: 'deleted',
      current: null,
    });
    await writeFile(path, 'x');
    expect(await checkConflict(path, null)).toMatchObject({ conflict: true, reason: 'created' });
    expect(await checkConflict(join(dir, 'new.touchmap'), null)).toEqual({
      conflict: false,
      current: null,
    });
  });
});

describe('saveDocument', () => {
  async function setup() {
    const dir = await tempFolder();
    const backups = join(dir, 'app-data', 'backups');
    const path = join(dir, 'maps', 'Hotel stay.touchmap');
    await mkdir(join(dir, 'maps'));
    return { dir, backups, path };
  }

  it('creates a new file without a backup, and stamps it', async () => {
    const { backups, path } = await setup();
    const text = mapText('One');
    const result = await saveDocument(path, text, { expected: null, backupFolder: backups });
    expect(result).toMatchObject({ status: 'saved', backupPath: null, backupError: null });
    expect(await readFile(path, 'utf8')).toBe(text);
    if (result.status === 'saved') expect(result.stamp).toEqual(await readStamp(path));
    expect(await listBackups(backups, path)).toEqual([]);
  });

  it('keeps the previous version as a backup in the app data folder', async () => {
    const { backups, path } = await setup();
    const one = mapText('One');
    const two = mapText('Two');
    const first = await saveDocument(path, one, { expected: null, backupFolder: backups });
    if (first.status !== 'saved') throw new Error('not saved');
    const second = await saveDocument(path, two, {
      expected: first.stamp,
      backupFolder: backups,
      now: () => new Date('2026-01-22T15:30:12.123Z'),
    });
    expect(second.status).toBe('saved');
    if (second.status !== 'saved') return;
    expect(second.backupPath).toBe(
      join(backups, `Hotel stay~${backupKey(path)}~20260122T153012123Z.touchmap`),
    );
    expect(await readFile(second.backupPath!, 'utf8')).toBe(one);
    expect(await readFile(path, 'utf8')).toBe(two);
    expect(await listBackups(backups, path)).toEqual([
      { path: second.backupPath, savedAt: '2026-01-22T15:30:12.123Z' },
    ]);
    // Nothing beside the map but the map.
    expect(await readdir(join(path, '..'))).toEqual(['Hotel stay.touchmap']);
  });

  it('makes no backup when the content did not change', async () => {
    const { backups, path } = await setup();
    const one = mapText('One');
    const first = await saveDocument(path, one, { expected: null, backupFolder: backups });
    if (first.status !== 'saved') throw new Error('not saved');
    const again = await saveDocument(path, one, { expected: first.stamp, backupFolder: backups });
    expect(again).toMatchObject({ status: 'saved', backupPath: null });
  });

  it('keeps the newest backups only, per file', async () => {
    const { dir, backups, path } = await setup();
    const other = join(dir, 'maps', 'other.touchmap');
    await writeFile(other, mapText('Other 0'));
    await saveDocument(other, mapText('Other 1'), {
      force: true,
      expected: null,
      backupFolder: backups,
    });
    let stamp: FileStamp | null = null;
    for (let i = 0; i < 8; i++) {
      const result = await saveDocument(path, mapText(`V${i}`), {
        expected: stamp,
        backupFolder: backups,
        keepBackups: 3,
        now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      });
      if (result.status !== 'saved') throw new Error(result.status);
      stamp = result.stamp;
    }
    const kept = await listBackups(backups, path);
    expect(kept).toHaveLength(3);
    expect(await readFile(kept[0]!.path, 'utf8')).toBe(mapText('V6'));
    expect(await readFile(kept[2]!.path, 'utf8')).toBe(mapText('V4'));
    expect(await listBackups(backups, other)).toHaveLength(1);
  });

  it('keeps two backups made within the same millisecond', async () => {
    const { backups, path } = await setup();
    const now = () => new Date('2026-01-01T00:00:00.000Z');
    let stamp: FileStamp | null = null;
    for (const title of ['A', 'B', 'C']) {
      const r = await saveDocument(path, mapText(title), {
        expected: stamp,
        backupFolder: backups,
        now,
      });
      if (r.status !== 'saved') throw new Error(r.status);
      stamp = r.stamp;
    }
    const kept = await listBackups(backups, path);
    expect(kept.map((b) => b.path.replace(/^.*~/, ''))).toEqual([
      '20260101T000000000Z-2.touchmap',
      '20260101T000000000Z.touchmap',
    ]);
    expect(await readFile(kept[0]!.path, 'utf8')).toBe(mapText('B'));
  });

  it('refuses to overwrite a file that changed on disk, writing nothing', async () => {
    const { backups, path } = await setup();
    const first = await saveDocument(path, mapText('One'), {
      expected: null,
      backupFolder: backups,
    });
    if (first.status !== 'saved') throw new Error('not saved');
    await writeFile(path, mapText('Changed by a teammate'));
    const result = await saveDocument(path, mapText('Mine'), {
      expected: first.stamp,
      backupFolder: backups,
    });
    expect(result).toMatchObject({ status: 'conflict', reason: 'modified' });
    expect(await readFile(path, 'utf8')).toBe(mapText('Changed by a teammate'));
    expect(await listBackups(backups, path)).toEqual([]);

    const deleted = await saveDocument(join(path, '..', 'gone.touchmap'), 'x', {
      expected: first.stamp,
      backupFolder: backups,
    });
    expect(deleted).toMatchObject({ status: 'conflict', reason: 'deleted' });
  });

  it('overwrites a changed file when forced, keeping the other version as a backup', async () => {
    const { backups, path } = await setup();
    await writeFile(path, mapText('Theirs'));
    const result = await saveDocument(path, mapText('Mine'), {
      expected: null,
      force: true,
      backupFolder: backups,
    });
    expect(result.status).toBe('saved');
    expect(await readFile(path, 'utf8')).toBe(mapText('Mine'));
    const [backup] = await listBackups(backups, path);
    expect(await readFile(backup!.path, 'utf8')).toBe(mapText('Theirs'));
  });

  it('still saves when the backup cannot be written, and says so', async () => {
    const { dir, path } = await setup();
    await writeFile(path, mapText('Old'));
    const notAFolder = join(dir, 'blocker');
    await writeFile(notAFolder, '');
    const result = await saveDocument(path, mapText('New'), {
      expected: await readStamp(path),
      backupFolder: join(notAFolder, 'backups'),
    });
    expect(result).toMatchObject({ status: 'saved', backupPath: null });
    expect(result.status === 'saved' && result.backupError).toBeTruthy();
    expect(await readFile(path, 'utf8')).toBe(mapText('New'));
  });

  it('reports a write that fails, in words', async () => {
    const { dir } = await setup();
    const result = await saveDocument(join(dir, 'missing', 'a.touchmap'), 'x', {
      expected: null,
      backupFolder: null,
    });
    expect(result).toEqual({
      status: 'failed',
      message: 'The file could not be saved: the folder does not exist.',
      code: 'ENOENT',
    });
  });
});

describe('watchDocument', () => {
  const waitFor = async (check: () => boolean, ms = 3000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('reports changes by others once, not our own saves, and a deletion', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'map.touchmap');
    const first = await saveDocument(path, mapText('One'), { expected: null, backupFolder: null });
    if (first.status !== 'saved') throw new Error('not saved');
    let known: FileStamp | null = first.stamp;
    const changes: ExternalChange[] = [];
    const watcher = watchDocument(path, {
      known: () => known,
      onChange: (c) => changes.push(c),
      debounceMs: 50,
    });
    try {
      // Our own save: `known` follows it, nothing is reported.
      const own = await saveDocument(path, mapText('Two'), { expected: known, backupFolder: null });
      if (own.status !== 'saved') throw new Error('not saved');
      known = own.stamp;
      await new Promise((r) => setTimeout(r, 300));
      expect(changes).toEqual([]);

      // A teammate's editor, saving twice the same content (and a temporary file beside it).
      await writeFile(join(dir, '.map.touchmap.1.0123456789ab.tmp'), 'x');
      await writeFile(path, mapText('Theirs'));
      await writeFile(path, mapText('Theirs'));
      await waitFor(() => changes.length > 0);
      await new Promise((r) => setTimeout(r, 200));
      expect(changes).toEqual([{ kind: 'modified', stamp: await readStamp(path) }]);

      await rm(path);
      await waitFor(() => changes.length > 1);
      expect(changes[1]).toEqual({ kind: 'deleted' });
    } finally {
      watcher.close();
    }
  });

  it('does not report a change once the caller reloaded it', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'map.touchmap');
    await writeFile(path, mapText('One'));
    let known = await readStamp(path);
    const changes: ExternalChange[] = [];
    const watcher = watchDocument(path, {
      known: () => known,
      onChange: (c) => {
        changes.push(c);
        if (c.kind === 'modified') known = c.stamp; // reloaded
      },
      debounceMs: 30,
    });
    try {
      await writeFile(path, mapText('Two'));
      await waitFor(() => changes.length === 1);
      await utimes(path, new Date(), new Date());
      await new Promise((r) => setTimeout(r, 200));
      expect(changes).toHaveLength(1);
    } finally {
      watcher.close();
    }
  });

  it('is harmless on a folder that does not exist', () => {
    const errors: unknown[] = [];
    const watcher = watchDocument('/no/such/folder/map.touchmap', {
      known: () => null,
      onChange: () => undefined,
      onError: (e) => errors.push(e),
    });
    watcher.close();
    expect(errors).toHaveLength(1);
  });
});

import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/node/atomic-write.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'touchmap-atomic-'));
});

afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const isWindows = process.platform === 'win32';

describe('writeFileAtomic', () => {
  it('creates a new file with the text, and leaves no temporary file behind', async () => {
    const target = join(dir, 'map.touchmap');
    await writeFileAtomic(target, '{"a": "é ☃"}\n');
    expect(await readFile(target, 'utf8')).toBe('{"a": "é ☃"}\n');
    expect(await readdir(dir)).toEqual(['map.touchmap']);
  });

  it('replaces an existing file, with bytes as well as text', async () => {
    const target = join(dir, 'map.touchmap');
    await writeFile(target, 'a much longer old content that must not leave a tail behind');
    await writeFileAtomic(target, new Uint8Array([0x6e, 0x65, 0x77]));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['map.touchmap']);
  });

  it.skipIf(isWindows)('keeps the mode of the file it replaces', async () => {
    const target = join(dir, 'map.touchmap');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    await chmod(target, 0o755);
    await writeFileAtomic(target, 'newer');
    expect((await stat(target)).mode & 0o777).toBe(0o755);
  });

  it.skipIf(isWindows)('writes through a symbolic link, keeping the link', async () => {
    const real = join(dir, 'real.touchmap');
    const link = join(dir, 'link.touchmap');
    await writeFile(real, 'old');
    await symlink('real.touchmap', link);
    await writeFileAtomic(link, 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect(await readlink(link)).toBe('real.touchmap');
    expect((await readdir(dir)).sort()).toEqual(['link.touchmap', 'real.touchmap']);
  });

  it('fails when the folder does not exist, and creates nothing', async () => {
    const target = join(dir, 'missing', 'map.touchmap');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the temporary file and keeps the old one when writing fails midway', async () => {
    const target = join(dir, 'map.touchmap');
    await writeFile(target, 'old');
    // Not text nor bytes: the temporary file is open when the write itself throws.
    await expect(writeFileAtomic(target, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['map.touchmap']);
  });

  it('removes the temporary file when the rename fails, leaving the target as it was', async () => {
    // A folder stands where the file should go: everything succeeds but the rename.
    const target = join(dir, 'map.touchmap');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'kept');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('kept');
    expect(await readdir(dir)).toEqual(['map.touchmap']);
  });

  it('lets one of two concurrent writes win, whole', async () => {
    const target = join(dir, 'map.touchmap');
    const a = 'a'.repeat(200_000);
    const b = 'b'.repeat(300_000);
    await Promise.all([writeFileAtomic(target, a), writeFileAtomic(target, b)]);
    expect([a, b]).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['map.touchmap']);
  });
});

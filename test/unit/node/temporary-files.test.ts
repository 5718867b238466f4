import { readdir, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { temporaryPathFor } from '../../../src/node/atomic-write.ts';
import {
  isProcessAlive,
  parseTemporaryName,
  removeStaleTemporaryFiles,
  removeStaleTemporaryFilesOf,
} from '../../../src/node/temporary-files.ts';
import { tempFolder } from './helpers.ts';

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid ?? 999_999_999;
}

describe('parseTemporaryName', () => {
  it('recognises the names writeFileAtomic gives its temporary files', () => {
    const path = temporaryPathFor('/maps/Hotel stay.touchmap');
    expect(parseTemporaryName(basename(path))).toEqual({
      target: 'Hotel stay.touchmap',
      pid: process.pid,
    });
  });

  it('ignores other files', () => {
    for (const name of ['map.touchmap', '.map.touchmap', '.map.touchmap.12.tmp', 'x.tmp']) {
      expect(parseTemporaryName(name)).toBeNull();
    }
  });
});

describe('isProcessAlive', () => {
  it('knows this process and a finished one', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(deadPid())).toBe(false);
    expect(isProcessAlive(-1)).toBe(false);
  });
});

describe('removeStaleTemporaryFiles', () => {
  it('removes the files of dead writers, keeps live ones and everything else', async () => {
    const dir = await tempFolder();
    const dead = deadPid();
    const stale = `.map.touchmap.${dead}.0123456789ab.tmp`;
    const live = `.map.touchmap.${process.pid}.0123456789ab.tmp`;
    await Promise.all(
      [stale, live, 'map.touchmap', '.hidden', 'notes.tmp'].map((n) =>
        writeFile(join(dir, n), 'x'),
      ),
    );
    const report = await removeStaleTemporaryFiles(dir);
    expect(report).toEqual({ removed: [join(dir, stale)], failed: [] });
    expect((await readdir(dir)).sort()).toEqual(
      ['.hidden', live, 'map.touchmap', 'notes.tmp'].sort(),
    );
  });

  it('removes very old files whoever wrote them (a reused process id)', async () => {
    const dir = await tempFolder();
    const old = join(dir, `.map.touchmap.${process.pid}.0123456789ab.tmp`);
    await writeFile(old, 'x');
    const twoDaysAgo = (Date.now() - 2 * 24 * 3600 * 1000) / 1000;
    await utimes(old, twoDaysAgo, twoDaysAgo);
    expect((await removeStaleTemporaryFiles(dir)).removed).toEqual([old]);
  });

  it('limits itself to one document when asked', async () => {
    const dir = await tempFolder();
    const names = ['.a.touchmap.1.0123456789ab.tmp', '.b.touchmap.1.0123456789ab.tmp'];
    await Promise.all(names.map((n) => writeFile(join(dir, n), 'x')));
    const report = await removeStaleTemporaryFilesOf(join(dir, 'a.touchmap'), {
      isAlive: () => false,
    });
    expect(report.removed).toEqual([join(dir, names[0]!)]);
    expect(await readdir(dir)).toEqual([names[1]]);
  });

  it('is quiet about a missing folder', async () => {
    const dir = await tempFolder();
    expect(await removeStaleTemporaryFiles(join(dir, 'nope'))).toEqual({ removed: [], failed: [] });
  });
});

/**
 * Kills a process in the middle of saving, hundreds of times, and checks that the map on disk
 * is always a complete old or new version, and that the temporary files an interrupted write
 * leaves behind do not pile up: the start-up cleanup removes them.
 *
 * The child is bundled once (with Vite, already a dev dependency) so that each start costs a
 * plain `node` start, not a TypeScript compile.
 *
 * `npm test` runs a handful of kills; `npm run torture` runs this same file with
 * TORTURE_KILLS=200 (any even number of at least 2 can be given).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import {
  parseTemporaryName,
  removeStaleTemporaryFiles,
} from '../../../src/node/temporary-files.ts';
import { buildChild, startChild } from './child-process.ts';
import { mapText, tempFolder } from './helpers.ts';

const LANES = 2;
const KILLS = killCount(process.env.TORTURE_KILLS);

function killCount(setting: string | undefined): number {
  if (setting === undefined || setting === '') return 20;
  const count = Number(setting);
  if (!Number.isInteger(count) || count < LANES || count % LANES !== 0) {
    throw new Error(`TORTURE_KILLS must be an even whole number of at least 2, got "${setting}"`);
  }
  return count;
}

let childScript = '';

beforeAll(async () => {
  childScript = await buildChild(new URL('./crash-child.ts', import.meta.url));
}, 60_000);

interface Run {
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/**
 * Starts the child and kills it at a random moment of a save: the child says "saved" after
 * each one, and the kill lands within the time the first save took. Timing by the child's
 * own pace, not a fixed delay, keeps the kills inside writes on a busy machine too.
 */
function runAndKill(folder: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = startChild(childScript, folder);
    let stderr = '';
    let stdout = '';
    let readyAt = 0;
    let killed = false;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (readyAt === 0 && stdout.includes('ready\n')) readyAt = performance.now();
      if (killed || !stdout.includes('saved\n')) return;
      killed = true;
      const oneSave = Math.max(1, performance.now() - readyAt);
      setTimeout(() => child.kill('SIGKILL'), Math.random() * oneSave);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

const temporaryFiles = async (folder: string): Promise<string[]> =>
  (await readdir(folder).catch(() => [] as string[])).filter((n) => parseTemporaryName(n));

describe('crash safety of saving', () => {
  it(
    `leaves a whole old or new map after ${KILLS} kills in the middle of saves`,
    async () => {
      const a = mapText('Version A', 1500, 1);
      const b = mapText('Version B, longer', 2200, 2);
      expect(parse(a).ok && parse(b).ok).toBe(true);
      let interrupted = 0;
      let maxLeftOver = 0;

      const lane = async (index: number) => {
        const folder = await tempFolder(`touchmap-crash-${index}-`);
        const backups = join(folder, 'backups');
        await writeFile(join(folder, 'a.txt'), a);
        await writeFile(join(folder, 'b.txt'), b);
        await writeFile(join(folder, 'map.touchmap'), a);
        for (let i = 0; i < KILLS / LANES; i++) {
          const run = await runAndKill(folder);
          expect(run, run.stderr).toMatchObject({ signal: 'SIGKILL' });
          const text = await readFile(join(folder, 'map.touchmap'), 'utf8');
          expect(text === a || text === b, `kill ${i}: the map is neither version`).toBe(true);
          expect(parse(text).ok).toBe(true);
          // What a kill can leave: the one temporary file being written at that moment.
          const leftOver = [...(await temporaryFiles(folder)), ...(await temporaryFiles(backups))];
          if (leftOver.length > 0) interrupted++;
          maxLeftOver = Math.max(maxLeftOver, leftOver.length);
        }
        // The start-up cleanup removes whatever the last kill left.
        await removeStaleTemporaryFiles(folder);
        await removeStaleTemporaryFiles(backups);
        expect(await temporaryFiles(folder)).toEqual([]);
        expect(await temporaryFiles(backups)).toEqual([]);
        expect((await readdir(folder)).sort()).toEqual([
          'a.txt',
          'b.txt',
          'backups',
          'map.touchmap',
        ]);
        const kept = await readdir(backups);
        expect(kept.length).toBeGreaterThan(0);
        expect(kept.length).toBeLessThanOrEqual(3); // pruned before each write, never more than kept
        for (const name of kept) {
          const backup = await readFile(join(backups, name), 'utf8');
          expect(backup === a || backup === b, `backup ${name} is neither version`).toBe(true);
        }
      };

      await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
      // Each child cleans up at start, so temporary files never pile up.
      expect(maxLeftOver).toBeLessThanOrEqual(1);
      // The kills did land in the middle of writes (else this test would prove little).
      expect(interrupted).toBeGreaterThan(0);
      console.info(`crash-safety: ${KILLS} kills, ${interrupted} in the middle of a write`);
      // A kill costs a node start and a save: seconds each when the shared machine is busy.
    },
    60_000 + KILLS * 10_000,
  );
});

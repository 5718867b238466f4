/**
 * A crash in the middle of a workshop loses at most the draft interval of work: a process that
 * keeps drafts the way the desktop app does (the renderer's autosave at the default interval,
 * through the main process's draft keeping, onto the real file system) is edited without a
 * pause and killed with SIGKILL at a random moment; a fresh desktop then lists the drafts as
 * the start screen does, and the restored map must hold every edit made more than one
 * interval (plus the time of the write itself) before the kill.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { DEFAULT_USER_PREFERENCES } from '../../../src/ipc/preferences.ts';
import { makeDesktop, readyWindow } from '../electron/main/fakes.ts';
import { buildChild, startChild } from './child-process.ts';
import { tempFolder } from './helpers.ts';

const RUNS = 3;
const INTERVAL_MS = DEFAULT_USER_PREFERENCES.draftIntervalSeconds * 1000;
/** An atomic draft write (temporary file, flush, rename) on a busy machine. */
const WRITE_ALLOWANCE_MS = 400;

let childScript = '';

beforeAll(async () => {
  childScript = await buildChild(new URL('./draft-crash-child.ts', import.meta.url));
}, 60_000);

interface Run {
  /** Edit number -> when it was applied (epoch ms). */
  edits: Map<number, number>;
  drafts: number;
  killedAt: number;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the child, lets it edit for `editMs`, then kills it. */
function editAndKill(folder: string, editMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = startChild(childScript, folder);
    const edits = new Map<number, number>();
    let drafts = 0;
    let stdout = '';
    let stderr = '';
    let killedAt = 0;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const lines = stdout.split('\n');
      stdout = lines.pop() ?? '';
      for (const line of lines) {
        const [word, a, b] = line.split(' ');
        if (word === 'edit') edits.set(Number(a), Number(b));
        else if (word === 'drafted') drafts++;
        else if (word === 'ready') {
          setTimeout(() => {
            killedAt = Date.now();
            child.kill('SIGKILL');
          }, editMs);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ edits, drafts, killedAt, signal, stderr }));
  });
}

describe('drafts after a crash (desktop)', () => {
  it(`restore every edit older than ${INTERVAL_MS} ms after a SIGKILL`, async () => {
    expect(INTERVAL_MS).toBeLessThanOrEqual(3000);
    const figures: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const folder = await tempFolder('touchmap-draft-crash-');
      // Past the first draft, at a random point of a later interval.
      const editMs = INTERVAL_MS + 300 + Math.random() * 2 * INTERVAL_MS;
      const { edits, drafts, killedAt, signal, stderr } = await editAndKill(folder, editMs);
      expect(signal, stderr).toBe('SIGKILL');
      expect(drafts).toBeGreaterThan(0);

      // The next start: a fresh main process lists the orphaned drafts.
      const { desktop } = makeDesktop(folder);
      const listing = await desktop.drafts.listDrafts(readyWindow(desktop));
      expect(listing.skipped).toBe(0);
      expect(listing.drafts).toHaveLength(1);
      const restored = parse(listing.drafts[0]!.text);
      if (!restored.ok) throw new Error(restored.error.message);
      const kept = Number(/^Edit (\d+)$/.exec(restored.map.title)?.[1]);
      expect(edits.has(kept)).toBe(true);

      // The oldest edit the draft lacks had waited less than one interval and a write.
      const lost = [...edits].filter(([n, at]) => n > kept && at <= killedAt);
      const behind = lost.length === 0 ? 0 : killedAt - lost[0]![1];
      const newestKeptAge = killedAt - edits.get(kept)!;
      figures.push(
        `run ${run + 1}: ${edits.size} edits in ${Math.round(editMs)} ms, ${drafts} drafts, ` +
          `${lost.length} edits lost, oldest lost ${behind} ms old, newest kept ${newestKeptAge} ms old`,
      );
      expect(behind).toBeLessThanOrEqual(INTERVAL_MS + WRITE_ALLOWANCE_MS);
      expect(lost.length).toBeLessThan(edits.size);
    }
    console.info(`draft-crash (interval ${INTERVAL_MS} ms):\n  ${figures.join('\n  ')}`);
  }, 90_000);
});

/**
 * What the first PDF click downloads: the export worker as the renderer build emits it
 * (dist/renderer/assets/export-worker-*.js). jsPDF's optional packages (html2canvas, canvg,
 * dompurify, core-js) are left out of every renderer chunk (vite.config.ts), and the worker
 * stays under 350 KiB gzipped. The modules in a chunk are read from its source map, so a
 * package is found by its path, not by a word that jsPDF's own code also contains.
 *
 * Builds the renderer first when dist is missing or older than the sources or the config.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ASSETS = resolve('dist/renderer/assets');
const EXPORT_WORKER = /^export-worker-[\w-]+\.js$/;
const LEFT_OUT = /node_modules\/(html2canvas|canvg|dompurify|core-js)\//;
const LEFT_OUT_NAMES = /html2canvas|canvg|dompurify|core-js/;
const MAX_GZIP = 350 * 1024;

/** Newest modification time of the files under `dir` (or of the file itself). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function builtAt(): number | null {
  if (!existsSync(ASSETS)) return null;
  const workers = readdirSync(ASSETS).filter((name) => EXPORT_WORKER.test(name));
  if (workers.length === 0) return null;
  return Math.min(...workers.map((name) => statSync(join(ASSETS, name)).mtimeMs));
}

/** The paths of the modules bundled in a chunk, from its source map. */
function sourcesOf(chunk: string): string[] {
  const map = JSON.parse(readFileSync(join(ASSETS, `${chunk}.map`), 'utf8')) as {
    sources: string[];
  };
  return map.sources;
}

beforeAll(() => {
  const built = builtAt();
  const inputs = ['src', 'vite.config.ts', 'package-lock.json'].map((p) => newest(resolve(p)));
  if (built === null || Math.max(...inputs) > built)
    execSync('npx vite build', { stdio: 'ignore' });
}, 600_000);

describe('the export worker bundle', () => {
  it('holds jsPDF but none of its optional packages', () => {
    const workers = readdirSync(ASSETS).filter((name) => EXPORT_WORKER.test(name));
    expect(workers).toHaveLength(1);
    const sources = sourcesOf(workers[0]!);
    expect(sources.some((s) => s.includes('node_modules/jspdf/'))).toBe(true);
    expect(sources.filter((s) => LEFT_OUT.test(s))).toEqual([]);
  });

  it('leaves them out of every other renderer chunk too', () => {
    const chunks = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      // A chunk without a source map is a re-export or the bundler's own helper (module
      // preloading): too small to hide a package, and naming none of them.
      if (!existsSync(join(ASSETS, `${chunk}.map`))) {
        expect(statSync(join(ASSETS, chunk)).size, chunk).toBeLessThan(4096);
        expect(readFileSync(join(ASSETS, chunk), 'utf8')).not.toMatch(LEFT_OUT_NAMES);
        continue;
      }
      expect(sourcesOf(chunk).filter((s) => LEFT_OUT.test(s))).toEqual([]);
    }
  });

  it('is under 350 KiB gzipped', () => {
    const [worker] = readdirSync(ASSETS).filter((name) => EXPORT_WORKER.test(name));
    const gzip = gzipSync(readFileSync(join(ASSETS, worker!))).length;
    expect(gzip).toBeLessThan(MAX_GZIP);
  });
});

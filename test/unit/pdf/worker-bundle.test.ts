/**
 * What the first PDF click downloads: the export worker as the renderer build emits it
 * (dist/renderer/assets/export-worker-*.js). jsPDF's optional packages (html2canvas, canvg,
 * dompurify, core-js) are left out of every renderer chunk (vite.config.ts), and the worker
 * stays under 350 KiB gzipped. The modules in a chunk are read from its source map, so a
 * package is found by its path, not by a word that jsPDF's own code also contains.
 *
 * Builds the renderer first when dist is missing or older than the sources or the config.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASSETS, ensureRendererBuilt, sourcesOf } from '../test-support/built-renderer.ts';

const EXPORT_WORKER = /^export-worker-[\w-]+\.js$/;
const LEFT_OUT = /node_modules\/(html2canvas|canvg|dompurify|core-js)\//;
const LEFT_OUT_NAMES = /html2canvas|canvg|dompurify|core-js/;
const MAX_GZIP = 350 * 1024;

beforeAll(ensureRendererBuilt, 600_000);

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

/**
 * The exporter in a browser: worker-entry.ts is built for the browser with Vite and run as a
 * module web worker in headless Chromium. It must give the same bytes as in Node, report its
 * progress through messages, and touch no DOM or Node API.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../e2e/support/chromium.ts';
import { exportPdf } from '../../../src/pdf/index.ts';
import { BUNDLED_FONT_DIR } from '../../../src/node/pdf-fonts.ts';
import {
  DATE,
  FALLBACK_FONT,
  TEMPLATE_DIR,
  bundledFonts,
  fallbackFontBytes,
  loadMap,
  tempDir,
} from './helpers.ts';

// Real exports and external tools: slower than a unit test, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const TEMPLATE = join(TEMPLATE_DIR, 'hotel-stay.touchmap');
const OPTIONS = { date: DATE, pageSize: 'A4', orientation: 'portrait', appendix: true };

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
const get = (u) => fetch(u).then((r) => r.arrayBuffer());
window.run = async (options) => {
  const [regular, bold, fallback, text] = await Promise.all([
    get('/font/NotoSans-Regular.ttf'), get('/font/NotoSans-Bold.ttf'), get('/font/fallback.ttf'),
    fetch('/map.touchmap').then((r) => r.text()),
  ]);
  const worker = new Worker('/worker.js', { type: 'module' });
  const progress = [];
  return new Promise((resolve, reject) => {
    worker.onerror = (e) => reject(new Error(e.message));
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') progress.push([data.done, data.total]);
      else if (data.type === 'error') reject(new Error(data.message));
      else {
        let binary = '';
        for (const b of data.bytes) binary += String.fromCharCode(b);
        resolve({ base64: btoa(binary), pageCount: data.pageCount, missing: data.missingCharacters, progress });
      }
    };
    worker.postMessage({ text, regular, bold, fallback, options }, [regular, bold, fallback]);
  });
};
</script>`;

let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  const out = join(tempDir(), 'worker-build');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: false,
      target: 'chrome120',
      lib: {
        entry: join(import.meta.dirname, 'worker-entry.ts'),
        formats: ['es'],
        fileName: () => 'worker.js',
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const files: Record<string, [string, Buffer | string]> = {
    '/': ['text/html', PAGE],
    '/worker.js': ['text/javascript', readFileSync(join(out, 'worker.js'))],
    '/map.touchmap': ['application/json', readFileSync(TEMPLATE)],
    '/font/NotoSans-Regular.ttf': [
      'font/ttf',
      readFileSync(join(BUNDLED_FONT_DIR, 'NotoSans-Regular.ttf')),
    ],
    '/font/NotoSans-Bold.ttf': [
      'font/ttf',
      readFileSync(join(BUNDLED_FONT_DIR, 'NotoSans-Bold.ttf')),
    ],
    '/font/fallback.ttf': ['font/ttf', readFileSync(FALLBACK_FONT)],
  };
  server = createServer((request, response) => {
    const file = files[request.url ?? '/'];
    if (!file) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}/`;
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('exportPdf in a browser web worker', () => {
  it('gives the same bytes as in Node and reports progress by message', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(url);
      const result = (await page.evaluate(
        (o) => (window as unknown as { run(o: unknown): Promise<unknown> }).run(o),
        OPTIONS,
      )) as {
        base64: string;
        pageCount: number;
        missing: string[];
        progress: [number, number][];
      };
      const bytes = new Uint8Array(Buffer.from(result.base64, 'base64'));
      writeFileSync(join(tempDir(), 'from-worker.pdf'), bytes);
      const node = await exportPdf(loadMap(TEMPLATE), OPTIONS as never, {
        ...(await bundledFonts()),
        fallback: fallbackFontBytes(),
      });
      expect(result.pageCount).toBe(node.pageCount);
      expect(result.missing).toEqual([]);
      expect(result.progress[result.progress.length - 1]).toEqual([node.pageCount, node.pageCount]);
      expect(Buffer.from(bytes).equals(Buffer.from(node.bytes))).toBe(true);
    } finally {
      await page.close();
    }
  });
});

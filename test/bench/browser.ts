/**
 * The editor benchmark's browser: serves a built page folder (Touchmap's dist/renderer or
 * the bare React Flow page's dist/bench-bare) on loopback and opens it in headless
 * Chromium with the e2e harness's flags, with a map handed to the page before it loads and
 * a DevTools session for main-thread time and heap figures.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { findChromium } from '../e2e/support/chromium.ts';
// The e2e tests' flags, so the figures match what they see.
import { CHROMIUM_ARGS } from '../e2e/support/harness.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
};

async function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(body);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** The built folder to serve; its index.html is opened. */
  root: string;
  width: number;
  height: number;
  /** Runs in the page before its own scripts: hands it the map. */
  initScript: string;
}

export async function openBenchPage(options: OpenOptions): Promise<BenchPage> {
  const profile = await mkdtemp(join(tmpdir(), 'touchmap-bench-'));
  const { server, url } = await serve(options.root);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      viewport: { width: options.width, height: options.height },
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    server.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // tsx compiles with keepNames, which wraps named functions in a `__name` helper that
  // the functions sent to the page would otherwise miss.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(options.initScript);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  return {
    page,
    cdp,
    async close() {
      await context.close();
      await new Promise((done) => server.close(done));
      await rm(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
    },
  };
}

/** Chromium's own counters (seconds and bytes), by name. */
async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

/** Share of the main thread busy with tasks over `ms` of doing nothing, 0 to 1. */
export async function idleBusyShare(page: Page, cdp: CDPSession, ms: number): Promise<number> {
  const before = await metrics(cdp);
  const start = Date.now();
  await page.waitForTimeout(ms);
  const after = await metrics(cdp);
  const elapsed = (Date.now() - start) / 1000;
  const busy = (after.get('TaskDuration') ?? 0) - (before.get('TaskDuration') ?? 0);
  return busy / elapsed;
}

/** Live JS heap after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).get('JSHeapUsedSize') ?? Number.NaN;
}

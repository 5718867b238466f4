/**
 * End-to-end harness: serves the built renderer (dist/renderer) on loopback and drives it
 * in real headless Chromium through playwright-core. One Chromium per test file (started on
 * first use, closed after the file by setup.ts); every app gets its own browser context, as
 * fresh as a new profile (no storage, no cookies) at a fraction of a launch's cost.
 */
import { createServer, type Server } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { findChromium } from './chromium.ts';

export const RENDERER_DIR = resolve('dist/renderer');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
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
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export interface App {
  page: Page;
  url: string;
  /** Saves a screenshot under test-results/screenshots for a person to look at. */
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

/** The flags every e2e (and benchmark) Chromium starts with. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Promise<Browser> | null = null;

/** The test file's Chromium, started on first use: a launch costs seconds, a context does not. */
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const launching = browser;
  // A launch that failed is not kept: the next test tries again and reports its own error.
  launching.catch(() => {
    if (browser === launching) browser = null;
  });
  return launching;
}

/** Closes the test file's Chromium, if one was started (setup.ts, after every file). */
export async function closeSharedBrowser(): Promise<void> {
  const launched = browser;
  browser = null;
  if (launched) await (await launched).close();
}

export async function openApp(options: { width?: number; height?: number } = {}): Promise<App> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:web` first (npm test does).');
  }
  const { server, url } = await serve(RENDERER_DIR);
  let context: BrowserContext;
  try {
    context = await (
      await sharedBrowser()
    ).newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    });
  } catch (error) {
    server.close();
    throw error;
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return {
    page,
    url,
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      await new Promise((done) => server.close(done));
      if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
    },
  };
}

type AppOptions = Parameters<typeof openApp>[0];

/** The two screen sizes the start screen and the editor are looked at in. */
export const SCREEN_SIZES: [number, number][] = [
  [1280, 800],
  [1280, 720],
];

/** For a suite: `open` starts an app, and each app a test opened is closed after it. */
export function appsClosedAfterEach(): { open(options?: AppOptions): Promise<App> } {
  const opened: App[] = [];
  afterEach(async () => {
    for (const app of opened.splice(0)) await app.close();
  });
  return {
    async open(options) {
      const app = await openApp(options);
      opened.push(app);
      return app;
    },
  };
}

export interface AppPerTest {
  /** The running test's app. */
  readonly app: App;
  /** The types of the native dialogs the page showed ('beforeunload'...), each accepted. */
  readonly dialogs: string[];
}

/** For a suite: a fresh app before each test, native dialogs accepted and recorded. */
export function appPerTest(options?: AppOptions): AppPerTest {
  const apps = appsClosedAfterEach();
  const dialogs: string[] = [];
  let current: App | null = null;
  beforeEach(async () => {
    dialogs.length = 0;
    current = await apps.open(options);
    current.page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
  });
  return {
    get app() {
      if (!current) throw new Error('appPerTest: no test is running');
      return current;
    },
    dialogs,
  };
}

/**
 * The plain app's first download carries no session code: Yjs, its providers and the QR
 * code drawer are loaded by dynamic import only on a page opened by a session link
 * (src/app/session/join.ts, SessionLayer.tsx). Read from the built renderer's source maps.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ASSETS,
  ensureRendererBuilt,
  firstLoadChunks,
  sourcesOf,
} from '../test-support/built-renderer.ts';

const SESSION_PACKAGES = /node_modules\/(yjs|y-websocket|y-indexeddb|y-protocols|lib0|qrcode)\//;
const SESSION_MODULES = /src\/app\/session\/(open-shared-session|connection|SessionPresence)\./;

beforeAll(ensureRendererBuilt, 600_000);

describe('the renderer bundle', () => {
  it('loads no session package or module on the first download', () => {
    const first = firstLoadChunks();
    expect(first.some((chunk) => chunk.startsWith('index-'))).toBe(true);
    // A chunk without a source map is the bundler's own helper: too small to hide a package.
    for (const chunk of first.filter((name) => !hasMap(name))) {
      expect(statSync(join(ASSETS, chunk)).size, chunk).toBeLessThan(4096);
    }
    const sources = first.filter(hasMap).flatMap(sourcesOf);
    // The app itself is there (the check reads real source maps)...
    expect(sources.some((s) => s.includes('src/app/session/join.ts'))).toBe(true);
    expect(sources.some((s) => s.includes('node_modules/react-dom/'))).toBe(true);
    // ...and no session code.
    expect(sources.filter((s) => SESSION_PACKAGES.test(s) || SESSION_MODULES.test(s))).toEqual([]);
  });

  it('keeps the session code in chunks a session page loads on demand', () => {
    const first = new Set(firstLoadChunks());
    const lazy = readdirJs().filter((chunk) => !first.has(chunk));
    const lazySources = lazy.flatMap(sourcesOf);
    for (const pkg of ['yjs', 'y-websocket', 'y-indexeddb', 'qrcode']) {
      expect(
        lazySources.some((s) => s.includes(`node_modules/${pkg}/`)),
        pkg,
      ).toBe(true);
    }
  });
});

const hasMap = (chunk: string) => existsSync(join(ASSETS, `${chunk}.map`));

/** The chunks with a source map (the others are the bundler's tiny helpers). */
function readdirJs(): string[] {
  return readdirSync(ASSETS).filter((name) => name.endsWith('.js') && hasMap(name));
}

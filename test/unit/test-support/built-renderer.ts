/**
 * The renderer as `vite build` emits it (dist/renderer), for tests of what a chunk holds:
 * built first when dist is missing or older than the sources or the config, and each
 * chunk's modules read from its source map, so a package is found by its path.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ASSETS = resolve('dist/renderer/assets');
const INDEX_HTML = resolve('dist/renderer/index.html');

/** Newest modification time of the files under `path` (or of the file itself). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Builds the renderer unless dist holds a build newer than every input. */
export function ensureRendererBuilt(): void {
  const built = existsSync(INDEX_HTML) && existsSync(ASSETS) ? statSync(INDEX_HTML).mtimeMs : null;
  const inputs = ['src', 'vite.config.ts', 'package-lock.json'].map((p) => newest(resolve(p)));
  if (built === null || Math.max(...inputs) > built)
    execSync('npx vite build', { stdio: 'ignore' });
}

/** The paths of the modules bundled in a chunk, from its source map. */
export function sourcesOf(chunk: string): string[] {
  const map = JSON.parse(readFileSync(join(ASSETS, `${chunk}.map`), 'utf8')) as {
    sources: string[];
  };
  return map.sources;
}

/** The page's first download: the entry script and every chunk it preloads (names under assets/). */
export function firstLoadChunks(): string[] {
  const html = readFileSync(INDEX_HTML, 'utf8');
  const names = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(names)];
}

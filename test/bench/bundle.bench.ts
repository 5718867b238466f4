/**
 * What the first PDF click downloads: the export worker's bundle in the built renderer
 * (dist/renderer/assets/export-worker-*.js, found by name), raw and gzipped (zlib's
 * default level, as a web server would send it). Builds the renderer if it is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RENDERER_DIR } from '../e2e/support/harness.ts';

export const EXPORT_WORKER = /^export-worker-[\w-]+\.js$/;

export async function benchBundle(): Promise<Record<string, number>> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    execSync('npx vite build', { stdio: 'inherit' });
  }
  const assets = join(RENDERER_DIR, 'assets');
  const files = (await readdir(assets)).filter((name) => EXPORT_WORKER.test(name));
  if (files.length === 0) throw new Error(`no export worker bundle in ${assets}`);
  let raw = 0;
  let gzip = 0;
  for (const name of files) {
    const bytes = await readFile(join(assets, name));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return {
    'bundle.export-worker-files': files.length,
    'bundle.export-worker-kb': Math.round(raw / 1000),
    'bundle.export-worker-gzip-kb': Math.round(gzip / 1000),
  };
}

/**
 * The `touchmap` command the CLI tests run: the compiled bin users get, dist/cli/touchmap.mjs,
 * built by `npm run build:cli` (which `prepare`, so `npm ci`, and `npm test` run first).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/touchmap.mjs');

if (!existsSync(CLI)) {
  throw new Error(`${CLI} is missing: run "npm run build:cli" before the CLI tests.`);
}

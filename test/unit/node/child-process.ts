/**
 * The child processes of the crash tests (crash-safety, draft-crash): each child script is
 * bundled once with Vite (already a dev dependency) so that every start costs a plain `node`
 * start, not a TypeScript compile, and is then started on a folder with its output piped.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { builtinModules } from 'node:module';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { tempFolder } from './helpers.ts';

/** Bundles the TypeScript child at `entry` into one ES module; resolves with its path. */
export async function buildChild(entry: URL): Promise<string> {
  const source = fileURLToPath(entry);
  const name = basename(source).replace(/\.ts$/, '.mjs');
  const out = await tempFolder(`touchmap-${name.replace(/\.mjs$/, '')}-build-`);
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      lib: { entry: source, formats: ['es'], fileName: () => name },
      rollupOptions: { external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)] },
    },
  });
  return join(out, name);
}

/** Starts a built child with the folder it works in. */
export function startChild(
  script: string,
  folder: string,
): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, [script, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
}

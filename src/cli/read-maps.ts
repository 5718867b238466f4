/**
 * The maps `diff` and `merge` work on, read as `validate` reads them: a file that is not a
 * valid map stops the command with the same lines `touchmap validate` prints for it.
 */
import type { JourneyMap } from '../core/model.ts';
import { failureLines, readMapFile } from './files.ts';
import type { Io } from './io.ts';

/** Exit status of `diff` and `merge` when an input is unreadable or invalid (1 says "differ"). */
export const EXIT_TROUBLE = 2;

export type MapInput =
  { ok: true; map: JourneyMap; fromPdf: boolean } | { ok: false; lines: string[] };

/** The map in `file`; its problems are reported under `name`. */
export async function readMapInput(file: string, name = file): Promise<MapInput> {
  const read = await readMapFile(file);
  if (!read.ok) return { ok: false, lines: failureLines(name, read.error) };
  if (!read.result.ok) return { ok: false, lines: failureLines(name, read.result.error) };
  return { ok: true, map: read.result.map, fromPdf: read.fromPdf };
}

/** The maps of `files`, in order, or null once every problem is written to standard error. */
export async function readMapInputs(
  files: readonly string[],
  io: Io,
): Promise<Extract<MapInput, { ok: true }>[] | null> {
  const inputs = await Promise.all(files.map((file) => readMapInput(file)));
  const maps = inputs.filter((input) => input.ok);
  if (maps.length === inputs.length) return maps;
  for (const input of inputs) if (!input.ok) for (const line of input.lines) io.err(`${line}\n`);
  return null;
}

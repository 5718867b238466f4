/**
 * `touchmap validate [--quiet] [--json] FILE...`: checks map files against the format; a
 * Touchmap PDF is checked by the map inside it.
 */
import type { ParseFailure } from '../core/parse.ts';
import { UsageError, parseCommandArgs } from './args.ts';
import { failureLines, noteLines, readMapFile, type ReadFailure } from './files.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { USAGE } from './usage.ts';

/** One entry of `--json` output. */
export type ValidateResult =
  | { file: string; ok: true; notes: string[] }
  | { file: string; ok: false; error: ParseFailure | ReadFailure };

export async function validateFile(file: string): Promise<ValidateResult> {
  const read = await readMapFile(file);
  if (!read.ok) return { file, ok: false, error: read.error };
  const { result } = read;
  return result.ok
    ? { file, ok: true, notes: result.notes }
    : { file, ok: false, error: result.error };
}

export async function validate(args: string[], io: Io): Promise<number> {
  const {
    values,
    positionals: files,
    help,
  } = parseCommandArgs('validate', args, {
    quiet: { type: 'boolean', short: 'q' },
    json: { type: 'boolean' },
  });
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (files.length === 0) throw new UsageError('validate: no files given');

  const results: ValidateResult[] = [];
  for (const file of files) {
    const result = await validateFile(file);
    results.push(result);
    if (values.json === true) continue;
    const lines = result.ok
      ? values.quiet === true
        ? []
        : [`${file}: ok`, ...noteLines(file, result.notes)]
      : failureLines(file, result.error);
    for (const line of lines) io.out(`${line}\n`);
  }
  if (values.json === true) io.out(`${JSON.stringify(results, null, 2)}\n`);
  return results.every((r) => r.ok) ? EXIT_OK : EXIT_PROBLEMS;
}

/**
 * `touchmap check [--json] FILE...`: the map checks of each file (core/checks), one line a
 * finding, "FILE: PATH: RULE: MESSAGE". Rules a map switched off are not run. Exit 0 when
 * there is nothing to ask, 1 when there are findings, 2 when a file cannot be read or is not
 * a valid map (its problems in the words of `touchmap validate`; the other files are still
 * checked).
 */
import { checkMap, type Finding } from '../core/checks/index.ts';
import type { ParseFailure } from '../core/parse.ts';
import { UsageError, parseCommandArgs } from './args.ts';
import { failureLines, readMapFile, type ReadFailure } from './files.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { EXIT_TROUBLE } from './read-maps.ts';
import { USAGE } from './usage.ts';

/** One entry of `--json` output. */
type CheckResult =
  | { file: string; ok: true; findings: Finding[] }
  | { file: string; ok: false; error: ParseFailure | ReadFailure };

async function checkFile(file: string): Promise<CheckResult> {
  const read = await readMapFile(file);
  if (!read.ok) return { file, ok: false, error: read.error };
  if (!read.result.ok) return { file, ok: false, error: read.result.error };
  return { file, ok: true, findings: checkMap(read.result.map) };
}

export async function check(args: string[], io: Io): Promise<number> {
  const {
    values,
    positionals: files,
    help,
  } = parseCommandArgs('check', args, {
    json: { type: 'boolean' },
  });
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (files.length === 0) throw new UsageError('check: no files given');

  const results: CheckResult[] = [];
  for (const file of files) {
    const result = await checkFile(file);
    results.push(result);
    if (values.json === true) continue;
    if (!result.ok) {
      for (const line of failureLines(file, result.error)) io.err(`${line}\n`);
      continue;
    }
    for (const f of result.findings) io.out(`${file}: ${f.path}: ${f.rule}: ${f.message}\n`);
  }
  if (values.json === true) io.out(`${JSON.stringify(results, null, 2)}\n`);
  if (results.some((r) => !r.ok)) return EXIT_TROUBLE;
  return results.some((r) => r.ok && r.findings.length > 0) ? EXIT_PROBLEMS : EXIT_OK;
}

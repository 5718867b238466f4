/**
 * `touchmap import TABLE.csv|TABLE.xlsx -o MAP.touchmap [--title T]`: a map from a table
 * (src/tables, core/table-import.ts). Every problem is printed with its cell
 * ("t.xlsx: Touchpoints!E7: emotion "5" is not between -2 and 2") and then nothing is
 * written; the map is written atomically only when the whole table was read.
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { formatTableProblem } from '../core/table-problems.ts';
import { serialize } from '../core/serialize.ts';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { readErrorReason, writeErrorReason } from '../node/file-errors.ts';
import { importTableFile, tableFormatOf } from '../tables/import-file.ts';
import { UsageError, parseCommandArgs } from './args.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { USAGE } from './usage.ts';

/** Bigger than any table under the row limit; a bigger file is refused before it is read. */
const MAX_BYTES = 64 * 1024 * 1024;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommandArgs('import', args, {
    output: { type: 'string', short: 'o' },
    title: { type: 'string' },
  });
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError('import: no table given (TABLE.csv or TABLE.xlsx)');
  if (extra !== undefined)
    throw new UsageError(`import: unexpected argument "${extra}" (one table at a time)`);
  const output = values.output;
  if (typeof output !== 'string')
    throw new UsageError('import: no output file given (-o MAP.touchmap)');
  if (tableFormatOf(file) === null)
    throw new UsageError(`import: ${JSON.stringify(file)} is neither a .csv nor a .xlsx file`);
  if (!/\.touchmap$/i.test(output))
    throw new UsageError(
      `import: -o ${JSON.stringify(output)}: the map's name must end in .touchmap`,
    );
  const fail = (lines: string[]): number => {
    for (const line of lines) io.err(`${line}\n`);
    return EXIT_PROBLEMS;
  };

  let bytes: Uint8Array;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_BYTES)
      return fail([
        `${file}: ${Math.round(size / 1e6)} MB; a table may be at most ${MAX_BYTES / 1024 / 1024} MB`,
      ]);
    bytes = await readFile(file);
  } catch (error) {
    return fail([`${file}: cannot read the file: ${readErrorReason(error)}`]);
  }
  const result = await importTableFile(file, bytes, {
    id: `map-${randomUUID()}`,
    now: new Date().toISOString(),
    ...(typeof values.title === 'string' && { title: values.title }),
  });
  if (!result.ok) {
    const lines = result.problems.map((p) => formatTableProblem(file, p));
    const hidden = result.totalProblems - result.problems.length;
    if (hidden > 0)
      lines.push(
        `${file}: …and ${plural(hidden, 'more problem')} (${result.totalProblems} in all)`,
      );
    lines.push(`${file}: nothing was written`);
    return fail(lines);
  }
  for (const note of result.notes) io.err(`${file}: note: ${note}\n`);
  try {
    await writeFileAtomic(output, serialize(result.map));
  } catch (error) {
    return fail([`${output}: cannot write the file: ${writeErrorReason(error)}`]);
  }
  const { touchpoints, stages, departments } = result.map;
  io.out(
    `${output}: ${plural(touchpoints.length, 'touchpoint')} in ${plural(stages.length, 'stage')} and ${plural(departments.length, 'department')}\n`,
  );
  return EXIT_OK;
}

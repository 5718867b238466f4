/**
 * `touchmap export FILE -o OUT.csv|OUT.xlsx`: the map as a CSV file (one row per
 * touchpoint) or an Excel workbook (src/tables). The PDF options do not apply and are
 * refused; OUT is written atomically once the file is made, or not at all.
 */
import { writeFileAtomic } from '../node/atomic-write.ts';
import { writeErrorReason } from '../node/file-errors.ts';
import { tableFormatOf } from '../tables/import-file.ts';
import type { ParsedArgs } from './args.ts';
import { failureLines, noteLines, readMapFile } from './files.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';

/** Whether `export` writes this output as a table. */
export const isTableOutput = (output: string): boolean => tableFormatOf(output) !== null;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function exportTable(
  file: string,
  output: string,
  values: ParsedArgs['values'],
  io: Io,
): Promise<number> {
  const fail = (lines: string[]): number => {
    for (const line of lines) io.err(`${line}\n`);
    return EXIT_PROBLEMS;
  };
  const format = tableFormatOf(output)!;
  const pdfOnly = Object.keys(values).filter((k) => k !== 'output' && values[k] !== undefined);
  if (pdfOnly.length > 0)
    return fail(
      pdfOnly.map((k) => `touchmap: export: --${k} is a PDF option; a .${format} file takes none`),
    );
  const read = await readMapFile(file);
  if (!read.ok) return fail(failureLines(file, read.error));
  if (!read.result.ok) return fail(failureLines(file, read.result.error));
  const { map, notes } = read.result;
  for (const line of noteLines(file, notes)) io.err(`${line}\n`);
  const bytes =
    format === 'csv'
      ? (await import('../tables/csv.ts')).mapToCsv(map)
      : await (await import('../tables/xlsx-write.ts')).mapToXlsx(map);
  try {
    await writeFileAtomic(output, bytes);
  } catch (error) {
    return fail([`${output}: cannot write the file: ${writeErrorReason(error)}`]);
  }
  const kb = Math.max(1, Math.round(bytes.length / 1000));
  io.out(`${output}: ${plural(map.touchpoints.length, 'touchpoint')}, ${kb} KB\n`);
  return EXIT_OK;
}

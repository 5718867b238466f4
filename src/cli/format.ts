/**
 * `touchmap format [--check] FILE...`: rewrites valid map files in the canonical form.
 * Files that do not parse (invalid, too new, not a map) are reported and never touched, and
 * so are PDFs: a Touchmap PDF carries a map, but rewriting it is not this command's job.
 */
import { serialize } from '../core/serialize.ts';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { UsageError, parseCommandArgs } from './args.ts';
import { writeErrorReason } from '../node/file-errors.ts';
import { failureLines, noteLines, readMapFile } from './files.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { USAGE } from './usage.ts';

export async function format(args: string[], io: Io): Promise<number> {
  const {
    values,
    positionals: files,
    help,
  } = parseCommandArgs('format', args, {
    check: { type: 'boolean' },
  });
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (files.length === 0) throw new UsageError('format: no files given');
  const check = values.check === true;

  let status = EXIT_OK;
  const report = (lines: string[]) => {
    for (const line of lines) io.out(`${line}\n`);
  };
  for (const file of files) {
    const read = await readMapFile(file, { pdf: 'refuse' });
    if (!read.ok) {
      report(failureLines(file, read.error));
      status = EXIT_PROBLEMS;
      continue;
    }
    if (!read.result.ok) {
      report(failureLines(file, read.result.error));
      status = EXIT_PROBLEMS;
      continue;
    }
    report(noteLines(file, read.result.notes));
    const canonical = serialize(read.result.map);
    if (!read.bom && canonical === read.text) continue;
    if (check) {
      report([`${file}: not in canonical form`]);
      status = EXIT_PROBLEMS;
      continue;
    }
    try {
      await writeFileAtomic(file, canonical);
      report([`${file}: reformatted`]);
    } catch (error) {
      report([`${file}: cannot write the file: ${writeErrorReason(error)}`]);
      status = EXIT_PROBLEMS;
    }
  }
  return status;
}

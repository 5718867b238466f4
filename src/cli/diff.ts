/**
 * `touchmap diff A B [--json | --journey] [--pdf OUT]`: what changed from map A to map B, by
 * name (core/diff.ts); `--journey` prints the journey comparison instead (per stage, then per
 * touchpoint: core/journey-compare.ts), `--pdf OUT` writes it as PDF pages too.
 * Exit 0 when they are the same map, 1 when they differ, 2 when one cannot be read or OUT
 * cannot be written.
 *
 * `touchmap diff --git PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE` is git's external diff
 * (set up by `touchmap git-setup`): git names a side that does not exist /dev/null, and stops
 * the whole `git diff` on any exit status but 0, so this form reports problems in its output.
 */
import { basename } from 'node:path';
import { diffMaps, type MapChange } from '../core/diff.ts';
import type { JourneyMap } from '../core/model.ts';
import { describeChange } from '../core/diff-describe.ts';
import { compareJourneys } from '../core/journey-compare.ts';
import { describeJourney } from '../core/journey-compare-words.ts';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { writeErrorReason } from '../node/file-errors.ts';
import { loadPdfFonts } from '../node/pdf-fonts.ts';
import { exportComparisonPdf } from '../pdf/comparison-pdf.ts';
import { UsageError, parseCommandArgs } from './args.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { EXIT_TROUBLE, readMapInput, readMapInputs } from './read-maps.ts';
import { USAGE } from './usage.ts';

const GIT_ARGUMENTS = 7;
const NO_FILE = '/dev/null';

const changeLines = (changes: readonly MapChange[]): string =>
  changes.map((change) => `${describeChange(change)}\n`).join('');

async function gitDiff(args: readonly string[], io: Io): Promise<number> {
  if (args.length !== GIT_ARGUMENTS) {
    throw new UsageError(`diff --git: expected the ${GIT_ARGUMENTS} arguments git gives`);
  }
  const [path, oldFile, , , newFile] = args as [string, string, string, string, string];
  io.out(`touchmap diff a/${path} b/${path}\n`);
  if (oldFile === NO_FILE || newFile === NO_FILE) {
    io.out(`${oldFile === NO_FILE ? 'new map' : 'deleted map'}\n`);
    return EXIT_OK;
  }
  // git's temporary names mean nothing to the reader: problems are named by the path.
  const [before, after] = await Promise.all([
    readMapInput(oldFile, `a/${path}`),
    readMapInput(newFile, `b/${path}`),
  ]);
  if (!before.ok || !after.ok) {
    for (const input of [before, after]) {
      if (!input.ok) for (const line of input.lines) io.out(`${line}\n`);
    }
    return EXIT_OK;
  }
  io.out(changeLines(diffMaps(before.map, after.map)));
  return EXIT_OK;
}

export async function diff(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommandArgs('diff', args, {
    json: { type: 'boolean' },
    journey: { type: 'boolean' },
    pdf: { type: 'string' },
    git: { type: 'boolean' },
  });
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (values.git === true) return gitDiff(positionals, io);
  if (positionals.length !== 2) {
    throw new UsageError(`diff: expected two files (A B), got ${positionals.length}`);
  }
  if (values.json === true && values.journey === true) {
    throw new UsageError('diff: --json and --journey print different things: choose one');
  }
  const maps = await readMapInputs(positionals, io);
  if (maps === null) return EXIT_TROUBLE;
  const [before, after] = [maps[0]!.map, maps[1]!.map];
  const changes = diffMaps(before, after);
  const pdf = typeof values.pdf === 'string' ? values.pdf : undefined;
  if (values.journey === true) {
    io.out(
      describeJourney(compareJourneys(before, after))
        .map((line) => `${line}\n`)
        .join(''),
    );
  } else if (values.json === true) io.out(`${JSON.stringify(changes, null, 2)}\n`);
  else if (pdf === undefined) io.out(changeLines(changes));
  if (pdf !== undefined) {
    const written = await writeComparisonPdf(
      positionals as [string, string],
      before,
      after,
      pdf,
      io,
    );
    if (!written) return EXIT_TROUBLE;
  }
  return changes.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/** The journey comparison as PDF pages in OUT; false (and why, on stderr) when it failed. */
async function writeComparisonPdf(
  files: readonly [string, string],
  before: JourneyMap,
  after: JourneyMap,
  output: string,
  io: Io,
): Promise<boolean> {
  const name = (file: string) => basename(file);
  const result = exportComparisonPdf(
    before,
    after,
    { beforeName: name(files[0]), afterName: name(files[1]) },
    await loadPdfFonts(),
  );
  try {
    await writeFileAtomic(output, result.bytes);
  } catch (error) {
    io.err(`${output}: cannot write the file: ${writeErrorReason(error)}\n`);
    return false;
  }
  if (result.missingCharacters.length > 0) {
    const shown = result.missingCharacters.join(' ');
    io.err(`warning: ${output}: no bundled font has ${shown}: drawn as boxes\n`);
  }
  const kb = Math.max(1, Math.round(result.bytes.length / 1000));
  io.out(`${output}: ${result.pageCount} page${result.pageCount === 1 ? '' : 's'}, ${kb} KB\n`);
  return true;
}

/**
 * `touchmap diff A B [--json]`: what changed from map A to map B, by name (core/diff.ts).
 * Exit 0 when they are the same map, 1 when they differ, 2 when one cannot be read.
 *
 * `touchmap diff --git PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE` is git's external diff
 * (set up by `touchmap git-setup`): git names a side that does not exist /dev/null, and stops
 * the whole `git diff` on any exit status but 0, so this form reports problems in its output.
 */
import { diffMaps, type MapChange } from '../core/diff.ts';
import { describeChange } from '../core/diff-describe.ts';
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
  const maps = await readMapInputs(positionals, io);
  if (maps === null) return EXIT_TROUBLE;
  const changes = diffMaps(maps[0]!.map, maps[1]!.map);
  io.out(values.json === true ? `${JSON.stringify(changes, null, 2)}\n` : changeLines(changes));
  return changes.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

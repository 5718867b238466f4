/**
 * `touchmap merge BASE OURS THEIRS [-o OUT] [--name PATH]`: the three-way merge of maps by id
 * (core/merge.ts), written atomically to OUT, or over OURS as git's merge driver expects
 * (`%O %A %B`). Exit 0 on a clean merge; 1 when there were conflicts: the result is written
 * all the same, a valid map that keeps our values and lists each conflict under `conflicts`;
 * 2 when an input is not a valid map or the result cannot be written (then nothing is).
 */
import { formatPath } from '../core/describe.ts';
import { describeDiffValue } from '../core/diff-describe.ts';
import { mergeMaps } from '../core/merge.ts';
import type { MergeConflict } from '../core/model.ts';
import { serialize } from '../core/serialize.ts';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { writeErrorReason } from '../node/file-errors.ts';
import { UsageError, parseCommandArgs } from './args.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { EXIT_TROUBLE, readMapInputs } from './read-maps.ts';
import { USAGE } from './usage.ts';

const conflictLine = (conflict: MergeConflict): string =>
  `  ${formatPath(conflict.path)}: ours ${describeDiffValue(conflict.ours)}, theirs ${describeDiffValue(conflict.theirs)} (base ${describeDiffValue(conflict.base)})`;

export async function merge(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommandArgs('merge', args, {
    output: { type: 'string', short: 'o' },
    name: { type: 'string' },
  });
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 3) {
    throw new UsageError(
      `merge: expected three files (BASE OURS THEIRS), got ${positionals.length}`,
    );
  }
  const [baseFile, oursFile, theirsFile] = positionals as [string, string, string];
  const output = typeof values.output === 'string' ? values.output : undefined;
  const maps = await readMapInputs([baseFile, oursFile, theirsFile], io);
  if (maps === null) return EXIT_TROUBLE;
  const [base, ours, theirs] = maps;
  if (!base || !ours || !theirs) return EXIT_TROUBLE;
  if (output === undefined && ours.fromPdf) {
    throw new UsageError(`merge: ${oursFile} is a PDF; write the merged map with -o OUT.touchmap`);
  }
  const target = output ?? oursFile;
  // git gives its temporary files; --name is the path the user knows.
  const shown = typeof values.name === 'string' ? values.name : target;

  const { map, conflicts } = mergeMaps(base.map, ours.map, theirs.map);
  try {
    await writeFileAtomic(target, serialize(map));
  } catch (error) {
    io.err(`${target}: cannot write the file: ${writeErrorReason(error)}\n`);
    return EXIT_TROUBLE;
  }
  if (conflicts.length === 0) {
    io.out(`${shown}: merged\n`);
    return EXIT_OK;
  }
  const count = `${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}`;
  io.out(
    `${shown}: merged with ${count}, kept our side and listed under "conflicts" to resolve:\n` +
      conflicts.map((c) => `${conflictLine(c)}\n`).join(''),
  );
  return EXIT_PROBLEMS;
}

/** `touchmap schema [-o FILE]`: the JSON Schema of the file format, printed or written. */
import { readFile } from 'node:fs/promises';
import { jsonSchemaText } from '../core/json-schema.ts';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { parseCommandArgs } from './args.ts';
import { writeErrorReason } from '../node/file-errors.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { USAGE } from './usage.ts';

export async function schema(args: string[], io: Io): Promise<number> {
  const { values, help } = parseCommandArgs(
    'schema',
    args,
    { output: { type: 'string', short: 'o' } },
    { allowPositionals: false },
  );
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  const text = jsonSchemaText();
  const output = values.output;
  if (typeof output !== 'string') {
    io.out(text);
    return EXIT_OK;
  }
  // Left alone when already current, so its modification time keeps meaning something.
  const current = await readFile(output, 'utf8').catch(() => undefined);
  if (current === text) {
    io.out(`${output}: up to date\n`);
    return EXIT_OK;
  }
  try {
    await writeFileAtomic(output, text);
  } catch (error) {
    io.out(`${output}: cannot write the file: ${writeErrorReason(error)}\n`);
    return EXIT_PROBLEMS;
  }
  io.out(`${output}: written\n`);
  return EXIT_OK;
}

/**
 * For validate.test.ts and format-schema-usage.test.ts: the `touchmap` command run for real as
 * a child process (the compiled bin, `node dist/cli/touchmap.mjs`), the fixture folders, and a
 * temporary folder for each test.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './bin.ts';

export const VALID = 'test/fixtures/valid';
export const INVALID = 'test/fixtures/invalid';

export { touchmapLines as touchmap } from './run-cli.ts';
export { tmp, tmpFolderEachTest } from './tmp-folder.ts';

/** A file of the repository, as text. */
export const read = (path: string) => readFile(join(ROOT, path), 'utf8');

/**
 * The child process of crash-safety.test.ts (not a test itself): starts like the app (removes
 * the temporary files of interrupted writes), says "ready", then saves the two texts in turn
 * through the app's save path, as fast as it can, saying "saved" after each, until killed.
 *
 * Usage: node crash-child.mjs <folder>   (the folder holds a.txt, b.txt and map.touchmap)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStamp, saveDocument } from '../../../src/node/document-files.ts';
import {
  removeStaleTemporaryFiles,
  removeStaleTemporaryFilesOf,
} from '../../../src/node/temporary-files.ts';

const folder = process.argv[2];
if (!folder) throw new Error('usage: crash-child <folder>');
const target = join(folder, 'map.touchmap');
const backups = join(folder, 'backups');
const texts = [
  await readFile(join(folder, 'a.txt'), 'utf8'),
  await readFile(join(folder, 'b.txt'), 'utf8'),
];

await removeStaleTemporaryFilesOf(target);
await removeStaleTemporaryFiles(backups);

let stamp = await readStamp(target);
let turn = stamp?.hash === undefined ? 0 : (await readFile(target, 'utf8')) === texts[0] ? 1 : 0;
process.stdout.write('ready\n');
for (;;) {
  const result = await saveDocument(target, texts[turn]!, {
    expected: stamp,
    backupFolder: backups,
    keepBackups: 3,
  });
  if (result.status !== 'saved') {
    process.stderr.write(`${JSON.stringify(result)}\n`);
    process.exit(3);
  }
  stamp = result.stamp;
  turn = 1 - turn;
  process.stdout.write('saved\n');
}

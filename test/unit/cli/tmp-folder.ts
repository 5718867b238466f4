/** A fresh temporary folder for each test of the calling file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** The running test's temporary folder (a live binding, set by tmpFolderEachTest). */
export let tmp: string;

/** Gives each test of the calling file a fresh temporary folder, `tmp`, removed after it. */
export function tmpFolderEachTest(prefix = 'touchmap-cli-'): void {
  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });
}

/**
 * Set up before every e2e file (vite.config.ts, setupFiles): the Chromium the file's tests
 * shared (harness.ts) closes once the file is done.
 */
import { afterAll } from 'vitest';
import { closeSharedBrowser } from './harness.ts';

afterAll(closeSharedBrowser);

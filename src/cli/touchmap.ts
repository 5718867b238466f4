#!/usr/bin/env node
// The `touchmap` command. `npm run build:cli` (run by `prepare`, so by `npm ci` and
// `npm install`) bundles it into dist/cli/touchmap.mjs, the package's bin: plain JavaScript
// that starts as fast as Node does. Each command is its own chunk, loaded when used.
import { run } from './main.ts';

await run(process.argv.slice(2));

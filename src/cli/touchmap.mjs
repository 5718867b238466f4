#!/usr/bin/env node
// The `touchmap` command. Plain JavaScript so that it runs straight from the source tree,
// with no build step: it lets Node load TypeScript (tsx), then hands over to main.ts.
// `tsconfig: false`: the code needs no tsconfig, and one in the user's folder must not apply.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
const { run } = await import('./main.ts');
await run(process.argv.slice(2));

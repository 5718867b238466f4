#!/usr/bin/env node
// `npm start`: builds the app and runs it in Electron. Electron's binary is downloaded by its
// install script; where that could not happen, say so plainly instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (typeof electron !== 'string') {
  console.error(
    [
      'Touchmap cannot start: the Electron binary is not installed.',
      "It is downloaded when `npm install` runs Electron's install script, which needs a network connection",
      'and must not be skipped (ELECTRON_SKIP_BINARY_DOWNLOAD unset). Fix: `rm -rf node_modules/electron && npm install`.',
      'Without Electron you can still use the browser build: `npm run dev:web`.',
    ].join('\n'),
  );
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

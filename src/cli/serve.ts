/**
 * `touchmap serve FILE [--port N] [--host ADDR] [--name NAME] [--no-advertise]`: shares a
 * map for live co-editing on the local network until Ctrl+C (or End session on the host
 * page), then saves it and exits 0.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError, parseCommandArgs } from './args.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { USAGE } from './usage.ts';
import { HostError, hostSession } from '../node/session/host.ts';
import { advertise } from '../node/session/discovery.ts';

/** The built browser app, from src/cli and from the bundle's chunks in dist/cli alike. A
 * name, not a literal in `new URL`, so the bundler leaves it to run time. */
const APP_DIR = '../../dist/renderer';

function portOf(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(`serve: --port must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

/** Resolves when the process is asked to stop (Ctrl+C or a service manager). */
function stopRequested(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function serve(args: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommandArgs('serve', args, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    name: { type: 'string' },
    'no-advertise': { type: 'boolean' },
  });
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('serve: give exactly one map file');
  const appDir = fileURLToPath(new URL(APP_DIR, import.meta.url));
  if (!existsSync(appDir)) {
    io.err(
      `touchmap: serve: the browser app is not built (${appDir}); run "npm run build:web" (it builds dist/renderer)\n`,
    );
    return EXIT_PROBLEMS;
  }
  const file = positionals[0]!;
  const stop = stopRequested();
  let session;
  try {
    session = await hostSession({
      file,
      port: portOf(values.port as string | undefined),
      host: values.host as string | undefined,
      name: values.name as string | undefined,
      appDir,
      onSaveError: (error) => io.err(`touchmap: serve: could not save ${file}: ${String(error)}\n`),
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof HostError ? error.message : String(error);
    io.err(`touchmap: serve: ${file}: ${message}\n`);
    return EXIT_PROBLEMS;
  }
  io.out(`edit: ${session.editUrl}\n`);
  io.out(`view: ${session.viewUrl}\n`);
  io.out(`host: ${session.hostUrl}\n`);
  const discovery =
    values['no-advertise'] === true
      ? null
      : advertise({ name: session.name, port: session.port }, (error) =>
          io.err(`touchmap: serve: not advertised on the network (${String(error)})\n`),
        );
  // The facilitator ends the session with Ctrl+C here, or with End session on the host page.
  await Promise.race([stop, session.ended]);
  await session.close();
  await discovery?.stop();
  io.out(`saved ${file}\n`);
  return EXIT_OK;
}

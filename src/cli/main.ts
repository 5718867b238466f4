/**
 * The `touchmap` command-line tool: `main` maps arguments to a command and an exit status;
 * `run` connects it to the process. Started by `touchmap.ts` (bundled into dist/cli/touchmap.mjs).
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from './args.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CommandRun, type Io } from './io.ts';
import { USAGE, USAGE_HINT } from './usage.ts';

/** Each command is loaded when used, so `--help` and typos answer without loading the core. */
const COMMANDS: ReadonlyMap<string, () => Promise<CommandRun>> = new Map([
  ['validate', async () => (await import('./validate.ts')).validate],
  ['format', async () => (await import('./format.ts')).format],
  ['export', async () => (await import('./export.ts')).exportCommand],
  ['schema', async () => (await import('./schema.ts')).schema],
  ['diff', async () => (await import('./diff.ts')).diff],
  ['merge', async () => (await import('./merge.ts')).merge],
  ['git-setup', async () => (await import('./git-setup.ts')).gitSetup],
  ['import', async () => (await import('./import.ts')).importCommand],
  ['check', async () => (await import('./check.ts')).check],
  ['serve', async () => (await import('./serve.ts')).serve],
]);

/** From src/cli and from the bundle in dist/cli alike. A name, not a literal in `new URL`,
 * so that the bundler reads the file at run time instead of inlining the one it built with. */
const PACKAGE_JSON = '../../package.json';

async function version(): Promise<string> {
  const text = await readFile(new URL(PACKAGE_JSON, import.meta.url), 'utf8');
  return String((JSON.parse(text) as { version?: unknown }).version);
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new UsageError(`no command given (one of ${[...COMMANDS.keys()].join(', ')})`);
  }
  if (first === 'help' || first === '--help' || first === '-h') {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (first === '--version') {
    io.out(`${await version()}\n`);
    return EXIT_OK;
  }
  const load = COMMANDS.get(first);
  if (load === undefined) {
    throw new UsageError(
      first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`,
    );
  }
  return (await load())(rest, io);
}

async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`touchmap: ${error.message}\n${USAGE_HINT}\n`);
    return EXIT_USAGE;
  }
}

/** Standard output and error; a stream that fails (`touchmap validate ... | head` closes it
 * early) is no longer written to, and the work goes on so the exit status stays true. */
function processIo(): Io & { lostOutput: () => boolean } {
  let lost = false;
  const open = { stdout: true, stderr: true };
  const watch = (name: 'stdout' | 'stderr') =>
    process[name].on('error', (error: NodeJS.ErrnoException) => {
      open[name] = false;
      // A reader that stopped reading is its choice; any other failure loses results.
      if (error.code !== 'EPIPE') lost = true;
    });
  watch('stdout');
  watch('stderr');
  return {
    out: (text) => void (open.stdout && process.stdout.write(text)),
    err: (text) => void (open.stderr && process.stderr.write(text)),
    lostOutput: () => lost,
  };
}

/** Runs the tool in this process and sets its exit status; never throws. */
export async function run(argv: readonly string[]): Promise<void> {
  const io = processIo();
  let status: number;
  try {
    status = await main(argv, io);
  } catch (error) {
    // A bug in the tool, not a problem of the input: one line, the details on request.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`touchmap: unexpected error: ${message}\n`);
    if (process.env.TOUCHMAP_DEBUG) console.error(error);
    else io.err('Set TOUCHMAP_DEBUG=1 to see where it happened.\n');
    status = EXIT_PROBLEMS;
  }
  process.exitCode = status;
  // Errors of the last writes arrive after them: look once they have had their turn.
  setImmediate(() => {
    if (!io.lostOutput()) return;
    io.err('touchmap: some output could not be written\n');
    if (process.exitCode === EXIT_OK) process.exitCode = EXIT_PROBLEMS;
  });
}

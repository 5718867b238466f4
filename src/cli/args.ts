/**
 * Option parsing for the commands, on `node:util` parseArgs. Parsing is lenient and the
 * checks are made here on the tokens, so every mistake gets a short message of our own
 * (the wording of Node's errors changes between versions).
 */
import { parseArgs } from 'node:util';

/** Wrong usage: shown as one line plus a pointer to `--help`, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  /** A string option that may be given more than once: its value is then a list. */
  multiple?: boolean;
}

export interface ParsedArgs {
  /**
   * Options given, by long name: `true` for a flag, the text for an option with a value, the
   * texts in order for one that is `multiple`.
   */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
}

const HELP: OptionSpec = { type: 'boolean', short: 'h' };

export function parseCommandArgs(
  command: string,
  args: string[],
  options: Record<string, OptionSpec>,
  { allowPositionals = true }: { allowPositionals?: boolean } = {},
): ParsedArgs {
  const known: Record<string, OptionSpec> = { ...options, help: HELP };
  const { values, positionals, tokens } = parseArgs({
    args,
    options: known,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(known, token.name) ? known[token.name] : undefined;
    if (spec === undefined) {
      throw new UsageError(`${command}: unknown option "${token.rawName}"`);
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`${command}: option "${token.rawName}" takes no value`);
    }
    if (spec.type === 'string' && (token.value === undefined || token.value === '')) {
      throw new UsageError(`${command}: option "${token.rawName}" needs a value`);
    }
    // `-o --json` is far more likely a forgotten value than a file named "--json".
    if (spec.type === 'string' && token.inlineValue === false && token.value?.startsWith('-')) {
      throw new UsageError(
        `${command}: option "${token.rawName}" needs a value (for one that starts with "-", write --${token.name}=${token.value})`,
      );
    }
  }
  if (!allowPositionals && positionals.length > 0) {
    throw new UsageError(`${command}: unexpected argument "${positionals[0]}"`);
  }
  return { values, positionals, help: values.help === true };
}

/** What every command shares: where output goes, and what the exit status means. */

export interface Io {
  /** Writes to standard output as is; callers end their lines with "\n". */
  out(text: string): void;
  /** Writes to standard error as is. */
  err(text: string): void;
}

export const EXIT_OK = 0;
/** A file is invalid, unreadable, unwritable or (with `--check`) not in canonical form. */
export const EXIT_PROBLEMS = 1;
/** Wrong usage: unknown command or option, missing file names. */
export const EXIT_USAGE = 2;

export type CommandRun = (args: string[], io: Io) => Promise<number>;

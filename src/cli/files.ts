/**
 * Reading map files and reporting on them, shared by `validate`, `format` and `export`. A
 * file that cannot be read is a problem of that file, reported on its line like any other,
 * never a crash of the tool. A Touchmap PDF stands for the map inside it (see
 * src/node/read-map-file.ts), except where a command refuses PDFs.
 */
import { parse, type ParseFailure, type ParseResult } from '../core/parse.ts';
import { formatProblem } from '../core/problems.ts';
import {
  MAP_TEXT_MESSAGES,
  readMapText,
  type MapTextProblem,
  type ReadMapTextOptions,
} from '../node/read-map-file.ts';

export interface ReadFailure {
  /** `unreadable`: no access, or not UTF-8. The others: a PDF that gives no map. */
  kind: 'unreadable' | 'pdf-without-map' | 'pdf-refused';
  message: string;
}

export type MapFile =
  | { ok: true; text: string; fromPdf: boolean; result: ParseResult }
  | { ok: false; error: ReadFailure };

const READ_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
};

const WRITE_REASONS: Record<string, string> = {
  ...READ_REASONS,
  ENOENT: 'the folder does not exist',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
};

function reason(error: unknown, reasons: Record<string, string>): string {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string') return reasons[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

/** "no such file", "permission denied", ... for an error from reading a file. */
export const readErrorReason = (error: unknown): string => reason(error, READ_REASONS);
/** "the folder does not exist", "permission denied", ... for an error from writing a file. */
export const writeErrorReason = (error: unknown): string => reason(error, WRITE_REASONS);

/** Reads a map from a `.touchmap` file or a Touchmap PDF, and parses it. */
export async function readMapFile(
  path: string,
  options: ReadMapTextOptions = {},
): Promise<MapFile> {
  const read = await readMapText(path, options);
  if (!read.ok) return { ok: false, error: readFailure(read.problem) };
  return { ok: true, text: read.text, fromPdf: read.fromPdf, result: parse(read.text) };
}

function readFailure(problem: MapTextProblem): ReadFailure {
  switch (problem.kind) {
    case 'unreadable':
      return unreadable(readErrorReason(problem.error));
    case 'not-utf8':
      return unreadable(MAP_TEXT_MESSAGES['not-utf8']);
    case 'pdf-without-map':
      return { kind: 'pdf-without-map', message: MAP_TEXT_MESSAGES['pdf-without-map'] };
    case 'pdf-refused':
      return {
        kind: 'pdf-refused',
        message: 'it is a PDF, and format rewrites .touchmap files only',
      };
  }
}

function unreadable(why: string): ReadFailure {
  return { kind: 'unreadable', message: `cannot read the file: ${why}` };
}

/** One line per problem, each starting with the file's name, as compilers and linters do. */
export function failureLines(file: string, failure: ParseFailure | ReadFailure): string[] {
  switch (failure.kind) {
    case 'not-json': {
      // The place is in the prefix already, where editors and CI annotations look for it.
      const message = failure.message.replace(/ \(line \d+, column \d+\)\.$/, '.');
      return [`${file}:${failure.line}:${failure.column}: ${message}`];
    }
    case 'invalid': {
      const lines = failure.problems.map((problem) => `${file}: ${formatProblem(problem)}`);
      const hidden = failure.totalProblems - failure.problems.length;
      if (hidden > 0) {
        lines.push(
          `${file}: …and ${hidden} more problem${hidden === 1 ? '' : 's'} (${failure.totalProblems} in all)`,
        );
      }
      return lines.length > 0 ? lines : [`${file}: ${failure.message}`];
    }
    default:
      return [`${file}: ${failure.message}`];
  }
}

export const noteLines = (file: string, notes: readonly string[]): string[] =>
  notes.map((note) => `${file}: note: ${note}`);

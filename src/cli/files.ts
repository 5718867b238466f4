/**
 * Reading map files and reporting on them, shared by `validate` and `format`. A file that
 * cannot be read is a problem of that file, reported on its line like any other, never a
 * crash of the tool.
 */
import { readFile } from 'node:fs/promises';
import { parse, type ParseFailure, type ParseResult } from '../core/parse.ts';
import { formatProblem } from '../core/problems.ts';

export interface ReadFailure {
  kind: 'unreadable';
  message: string;
}

export type MapFile =
  { ok: true; text: string; result: ParseResult } | { ok: false; error: ReadFailure };

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

// The format is UTF-8. Bytes that are not UTF-8 are refused rather than replaced, so that
// `format` can never write back a damaged text. The BOM is kept in the text: `parse` skips
// it, and a file that has one is not in canonical form.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function readMapFile(path: string): Promise<MapFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(readErrorReason(error));
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return unreadable('it is not UTF-8 text');
  }
  return { ok: true, text, result: parse(text) };
}

function unreadable(why: string): MapFile {
  return { ok: false, error: { kind: 'unreadable', message: `cannot read the file: ${why}` } };
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

/**
 * Reading map files and reporting on them, shared by `validate`, `format` and `export`. A
 * file that cannot be read is a problem of that file, reported on its line like any other,
 * never a crash of the tool. A Touchmap PDF stands for the map inside it (see
 * src/node/read-map-file.ts), except where a command refuses PDFs. Bytes that are not UTF-8
 * get the core's message (src/core/decode.ts), the same as in the app.
 */
import { parse, type ParseFailure, type ParseResult } from '../core/parse.ts';
import { formatProblem } from '../core/problems.ts';
import { readErrorReason } from '../node/file-errors.ts';
import {
  PDF_WITHOUT_MAP_MESSAGE,
  readMapText,
  type MapTextProblem,
  type ReadMapTextOptions,
} from '../node/read-map-file.ts';

export interface ReadFailure {
  /** `unreadable`: no access. The others: a PDF that gives no map. */
  kind: 'unreadable' | 'pdf-without-map' | 'pdf-refused';
  message: string;
}

export type MapFile =
  | { ok: true; text: string; bom: boolean; fromPdf: boolean; result: ParseResult }
  /** A `not-utf8` parse failure when the bytes are not UTF-8 (the core's wording). */
  | { ok: false; error: ReadFailure | ParseFailure };

/** Reads a map from a `.touchmap` file or a Touchmap PDF, and parses it. */
export async function readMapFile(
  path: string,
  options: ReadMapTextOptions = {},
): Promise<MapFile> {
  const read = await readMapText(path, options);
  if (!read.ok) return { ok: false, error: readFailure(read.problem) };
  const { text, bom, fromPdf } = read;
  return { ok: true, text, bom, fromPdf, result: parse(text) };
}

function readFailure(problem: MapTextProblem): ReadFailure | ParseFailure {
  switch (problem.kind) {
    case 'unreadable':
      return unreadable(readErrorReason(problem.error));
    case 'not-utf8':
      return problem.failure;
    case 'pdf-without-map':
      return { kind: 'pdf-without-map', message: PDF_WITHOUT_MAP_MESSAGE };
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

/** A table file's bytes as text, or the problem that names why not (core/decode.ts's check). */
import { decodeUtf8 } from '../core/decode.ts';
import type { TableProblem } from '../core/table-problems.ts';

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

const whole = (message: string): TableProblem => ({
  sheet: null,
  row: null,
  column: null,
  message,
});

export function decodeTable(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: TableProblem } {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  const { problem } = decoded;
  switch (problem.encoding) {
    case 'binary':
      return {
        ok: false,
        problem: whole(
          `this is not a CSV text file (byte ${hex(problem.byte)} at offset ${problem.offset}); for an Excel workbook use a name ending in .xlsx`,
        ),
      };
    case 'invalid-utf8':
      return {
        ok: false,
        problem: whole(
          `the file is not UTF-8 text: byte ${hex(problem.byte)} at offset ${problem.offset} (line ${problem.line}) is not valid UTF-8; save it as "CSV UTF-8"`,
        ),
      };
    default:
      return {
        ok: false,
        problem: whole(
          `the file is UTF-16 text (${problem.encoding === 'utf-16le' ? 'little' : 'big'}-endian), and Touchmap reads UTF-8 only; save it as "CSV UTF-8"`,
        ),
      };
  }
}

/**
 * Argument checks that throw `OperationError`. Values are checked with the file schema's
 * own field schemas, so an op accepts exactly what a file may hold, and its messages read
 * like the problems reported when opening a file.
 */
import type * as z from 'zod';
import { describeIssue } from '../problems.ts';
import { formatPath } from '../describe.ts';
import { positionSchema } from '../schema.ts';
import { OperationError } from './errors.ts';
import { QUICK_RECORD_CHECKS } from '../quick-check.ts';

const PARSE_OPTIONS = { reportInput: true, error: describeIssue } as const;

/** The schema's output for `value` (defaults filled in, unknown keys kept), or a throw naming `what`. */
export function checked<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value, PARSE_OPTIONS);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) =>
    issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message,
  );
  throw new OperationError(`Invalid ${what}: ${details.join('; ')}`);
}

export function check(schema: z.ZodType, value: unknown, what: string): void {
  // A record that passes the hand check needs no schema run (see quick-check.ts).
  if (QUICK_RECORD_CHECKS.get(schema)?.(value) === true) return;
  checked(schema, value, what);
}

export function checkPosition(position: unknown, what = 'position'): void {
  check(positionSchema, position, what);
}

/** A whole number from 0 to `max`. */
export function checkIndex(index: number, max: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index > max) {
    throw new OperationError(
      `Invalid ${what}: expected a whole number from 0 to ${max}, got ${String(index)}`,
    );
  }
}

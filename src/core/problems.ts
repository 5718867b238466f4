/** Problems found in a map file, each with its JSON path, worded for the people who edit maps. */
import type * as z from 'zod';
import { describeValue, formatPath } from './describe.ts';

export interface Problem {
  /** `touchpoints[3].kind`, or `(file)` for the whole file. */
  path: string;
  message: string;
}

export const MAX_PROBLEMS = 50;

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const bound = small ? 'at least' : 'at most';
  const input = issue.input;
  switch (issue.origin) {
    case 'string': {
      const got =
        typeof input === 'string'
          ? input.length === 0
            ? 'an empty text'
            : plural(input.length, 'character')
          : describeValue(input);
      return `expected ${bound} ${plural(limit, 'character')}, got ${got}`;
    }
    case 'array': {
      const got = Array.isArray(input)
        ? input.length === 0
          ? 'an empty list'
          : plural(input.length, 'item')
        : describeValue(input);
      return `expected ${bound} ${plural(limit, 'item')}, got ${got}`;
    }
    default:
      return `expected ${bound} ${String(limit)}, got ${describeValue(input)}`;
  }
}

/** The generic wording; fields with a custom `error` in the schema bring their own. */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing (expected ${typeName(issue.expected)})`;
      return `expected ${typeName(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue as z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall);
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `is not in the expected format, got ${describeValue(issue.input)}`;
    default:
      return issue.message ?? 'is not valid';
  }
}

export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** `touchpoints[3].kind: expected "service" or "experience", got "support"` */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

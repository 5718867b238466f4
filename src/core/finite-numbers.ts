/**
 * Rule 7 of the format: every number in the file is finite, also in keys this version does
 * not know (JSON text such as `1e400` reads as Infinity, which could not be written back).
 */
import { formatPath } from './describe.ts';
import type { Problem } from './problems.ts';

export function findNonFiniteNumbers(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        problems.push({
          path: formatPath(path),
          message: 'expected a number, got a number too large to store',
        });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({
          value: (value as Record<string, unknown>)[keys[i]!],
          path: [...path, keys[i]!],
        });
      }
    }
  }
  return problems;
}

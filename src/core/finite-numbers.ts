/**
 * Rule 7 of the format: every number in the file is finite, also in keys this version does
 * not know (JSON text such as `1e400` reads as Infinity, which could not be written back).
 */
import { formatPath } from './describe.ts';
import type { Problem } from './problems.ts';

/** A value still to visit; its path is kept as a link to its parent, and spelled out only
 * for a problem, so the walk stays linear however deep the file nests. */
interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v !== null && v.parent !== null; v = v.parent) {
    path.push(v.key);
  }
  return path.reverse();
}

export function findNonFiniteNumbers(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: Visit[] = [{ value: data, key: '', parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        problems.push({
          path: formatPath(pathOf(visit)),
          message: 'expected a number, got a number too large to store',
        });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' || typeof item === 'number') {
          stack.push({ value: item, key: i, parent: visit });
        }
      }
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      for (let i = keys.length - 1; i >= 0; i--) {
        const item = record[keys[i]!];
        if (typeof item === 'object' || typeof item === 'number') {
          stack.push({ value: item, key: keys[i]!, parent: visit });
        }
      }
    }
  }
  return problems;
}

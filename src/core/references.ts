/**
 * The rules of the format that span the whole file and that a schema cannot say: ids are
 * unique across the file, and every reference names an existing record of the right sort.
 * Works on the raw parsed JSON so it can report alongside schema problems; anything of the
 * wrong shape is skipped here because the schema reports it.
 */
import { describeValue, formatPath } from './describe.ts';
import type { Problem } from './problems.ts';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function findReferenceProblems(data: unknown): Problem[] {
  if (!isObject(data)) return [];
  const problems: Problem[] = [];
  // Paths are spelled out only for a problem: formatting one per id would dominate the time.
  const owners = new Map<string, (string | number)[]>();

  const claim = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'string') return;
    const first = owners.get(value);
    if (first === undefined) owners.set(value, path);
    else
      problems.push({
        path: formatPath(path),
        message: `the id ${describeValue(value)} is already used by ${formatPath(first.slice(0, -1))}; ids must be unique in the file`,
      });
  };
  const ids = (key: string, sub?: (item: Raw, path: (string | number)[]) => void) => {
    list(data[key]).forEach((item, i) => {
      if (!isObject(item)) return;
      claim(item.id, [key, i, 'id']);
      sub?.(item, [key, i]);
    });
  };

  ids('stages');
  ids('departments');
  ids('touchpoints', (tp, path) => {
    for (const key of ['frictions', 'opportunities']) {
      list(tp[key]).forEach((item, j) => {
        if (isObject(item)) claim(item.id, [...path, key, j, 'id']);
      });
    }
  });
  ids('connections');

  const idsOf = (key: string) =>
    new Set(
      list(data[key]).flatMap((item) =>
        isObject(item) && typeof item.id === 'string' ? [item.id] : [],
      ),
    );
  const stages = idsOf('stages');
  const departments = idsOf('departments');
  const touchpoints = idsOf('touchpoints');

  const check = (value: unknown, known: Set<string>, sort: string, path: (string | number)[]) => {
    if (typeof value === 'string' && !known.has(value)) {
      problems.push({
        path: formatPath(path),
        message: `no ${sort} has the id ${describeValue(value)}`,
      });
    }
  };
  list(data.touchpoints).forEach((tp, i) => {
    if (!isObject(tp)) return;
    check(tp.stageId, stages, 'stage', ['touchpoints', i, 'stageId']);
    check(tp.departmentId, departments, 'department', ['touchpoints', i, 'departmentId']);
  });
  list(data.connections).forEach((cn, i) => {
    if (!isObject(cn)) return;
    check(cn.from, touchpoints, 'touchpoint', ['connections', i, 'from']);
    check(cn.to, touchpoints, 'touchpoint', ['connections', i, 'to']);
  });
  return problems;
}

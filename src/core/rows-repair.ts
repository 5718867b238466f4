/**
 * Rule 9 for `rows`: a version that does not know rows keeps the list untouched but does not
 * maintain it, so a department it added has no row and one it deleted still has one. The
 * reader repairs both instead of refusing the file, and says so in a notice:
 * - a row naming a department that no longer exists (or naming one a second time) is dropped;
 * - a department without a row gets one, with a fresh id, at the end of its layer (the place
 *   `resolveRows` shows it in). The repair is written back on the next save, so the notice
 *   is given each time the file is opened until then, and never after.
 * Runs on a validated map whose defaults are filled, before notes are repaired.
 */
import type { JourneyMap, Row } from './model.ts';
import { isImpliedRowId, layerOf, resolveRows } from './rows.ts';
import { ID_PREFIXES, type IdAllocator } from './ops/ids.ts';

/** Repairs `map.rows` in place; one notice per row dropped or added. */
export function repairRows(map: JourneyMap, ids: () => IdAllocator): string[] {
  const rows = map.rows;
  if (rows === undefined) return [];
  const departments = new Map(map.departments.map((d) => [d.id, d] as const));
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.type !== 'department') continue;
    if (!departments.has(row.departmentId)) {
      notices.push(
        `A row named the department "${row.departmentId}", which is no longer in the map; the row was removed.`,
      );
    } else if (seen.has(row.departmentId)) {
      const name = departments.get(row.departmentId)!.name;
      notices.push(`The department "${name}" had two rows; the second one was removed.`);
    }
    seen.add(row.departmentId);
  }
  const repaired = resolveRows(map).map((row): Row => {
    if (!isImpliedRowId(row.id) || row.type !== 'department') return row;
    const department = departments.get(row.departmentId)!;
    notices.push(
      `The department "${department.name}" had no row (it was added by a version of Touchmap that does not know rows); it now comes after the other ${layerOf(department)} departments.`,
    );
    return { ...row, id: ids().next(ID_PREFIXES.row) };
  });
  if (notices.length > 0) map.rows = repaired;
  return notices;
}

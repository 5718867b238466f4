/**
 * The changes of `diffMaps` as the app's Compare view lists them: by kind of element
 * (stages, departments, rows, touchpoints, notes, connections, comments, the map itself), then by element, each
 * change in the words of diff-describe.ts without the element's name it is listed under.
 */
import type { DiffEntity, MapChange } from './diff.ts';
import { describeChange } from './diff-describe.ts';

export interface ChangedElement {
  entity: DiffEntity;
  id: string;
  name: string;
  /** Added or removed as a whole, else changed in place. */
  status: 'added' | 'removed' | 'changed';
  /** One line per change, e.g. `kind: service → experience`; none for added and removed. */
  lines: string[];
}

export interface ChangeGroup {
  entity: DiffEntity;
  title: string;
  elements: ChangedElement[];
}

const GROUPS: readonly { entity: DiffEntity; title: string }[] = [
  { entity: 'stage', title: 'Stages' },
  { entity: 'department', title: 'Departments' },
  { entity: 'row', title: 'Rows' },
  { entity: 'touchpoint', title: 'Touchpoints' },
  { entity: 'note', title: 'Notes' },
  { entity: 'connection', title: 'Connections' },
  { entity: 'comment', title: 'Comments' },
  { entity: 'map', title: 'Map' },
];

/** `describeChange` without its `touchpoint "Name" ` lead. */
function changeWords(change: MapChange): string {
  const text = describeChange(change);
  const lead = `${change.entity} ${JSON.stringify(change.name)} `;
  return text.startsWith(lead) ? text.slice(lead.length) : text;
}

/** The non-empty groups in a fixed order; elements in the order of their first change. */
export function groupChanges(changes: readonly MapChange[]): ChangeGroup[] {
  const byKey = new Map<string, ChangedElement>();
  const groups = GROUPS.map(({ entity, title }) => ({
    entity,
    title,
    elements: [] as ChangedElement[],
  }));
  for (const change of changes) {
    const key = `${change.entity}\u0000${change.id}`;
    let element = byKey.get(key);
    if (element === undefined) {
      element = {
        entity: change.entity,
        id: change.id,
        name: change.name,
        status: 'changed',
        lines: [],
      };
      byKey.set(key, element);
      groups.find((g) => g.entity === change.entity)!.elements.push(element);
    }
    if (change.change === 'added' || change.change === 'removed') element.status = change.change;
    else element.lines.push(changeWords(change));
  }
  return groups.filter((g) => g.elements.length > 0);
}

/** The touchpoints of the newer map that a change touched: the cards to highlight. */
export function changedTouchpointIds(changes: readonly MapChange[]): Set<string> {
  return new Set(
    changes.filter((c) => c.entity === 'touchpoint' && c.change !== 'removed').map((c) => c.id),
  );
}

/** "3 changes in 2 elements" */
export function countChanges(groups: readonly ChangeGroup[]): {
  elements: number;
  changes: number;
} {
  let elements = 0;
  let changes = 0;
  for (const group of groups) {
    for (const element of group.elements) {
      elements++;
      changes += Math.max(1, element.lines.length);
    }
  }
  return { elements, changes };
}

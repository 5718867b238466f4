/**
 * When the flow builder (flow-model.ts) may hand back what it built before: nodes and edges
 * compared by what they show, the inputs a node was built from compared field by field, and
 * lookups kept while the array they were built from is.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Department, JourneyMap, Touchpoint } from '../../core/model.ts';
import type { LayoutCard, MapLayout } from '../../core/layout.ts';

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if (a[key] !== b[key]) return false;
  return true;
}

export function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

export function sameNode(a: Node, b: Node): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel &&
    sameData(a.data, b.data)
  );
}

export function sameEdge(a: Edge, b: Edge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    sameData(a.data!, b.data!)
  );
}

/** What one node is built from: the same objects and values give the same node. */
export interface NodeInputs {
  touchpoint: Touchpoint;
  department: Department;
  stageName: string;
  card: LayoutCard;
  selected: boolean;
  lowest: boolean;
  dimmed: boolean;
  changed: boolean;
  comments: number;
}

/** Whether `a` was built from these values: compared field by field, nothing allocated. */
export function sameInputs(
  a: NodeInputs | undefined,
  touchpoint: Touchpoint,
  department: Department,
  stageName: string,
  card: LayoutCard,
  selected: boolean,
  lowest: boolean,
  dimmed: boolean,
  changed: boolean,
  comments: number,
): a is NodeInputs {
  return (
    a !== undefined &&
    a.touchpoint === touchpoint &&
    a.department === department &&
    a.stageName === stageName &&
    a.selected === selected &&
    a.lowest === lowest &&
    a.dimmed === dimmed &&
    a.changed === changed &&
    a.comments === comments &&
    (a.card === card ||
      (a.card.x === card.x &&
        a.card.y === card.y &&
        a.card.width === card.width &&
        a.card.height === card.height))
  );
}

/**
 * A lookup built from one array or object, kept while that object is: an edit that
 * touches one touchpoint keeps the layout, the stages, the departments and the selection,
 * and so skips building 1,500-entry maps again.
 */
function keyedBy<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = make(key);
      known.set(key, value);
    }
    return value;
  };
}

export const cardsOf = keyedBy((layout: MapLayout) => new Map(layout.cards.map((c) => [c.id, c])));
export const lowestOf = keyedBy((layout: MapLayout) => new Set(layout.curve.lowest));
export const departmentsOf = keyedBy(
  (departments: readonly Department[]) => new Map(departments.map((d) => [d.id, d])),
);
export const stageNamesOf = keyedBy(
  (stages: JourneyMap['stages']) => new Map(stages.map((s) => [s.id, s.name])),
);
export const idSetOf = keyedBy((ids: readonly string[]) => new Set(ids));

/**
 * The order in which the customer meets the touchpoints: the one order shared by the
 * emotion curve (layout.ts) and the lowest moments (insights.ts).
 *
 * Stage (column) order first; inside a stage, left to right by the card's x, then top to
 * bottom (lane order, then the card's y inside its lane), then document order. This is
 * exactly the order of the cards' absolute positions on the grid, computed without a
 * layout: lanes are stacked and each is taller than every card top inside it.
 * Positions are clamped to 0 as the layout does, so a card at x -5 ties with one at x 0.
 * A touchpoint whose stage or department is unknown (never after parse, possible in the
 * middle of an edit) sorts after the known ones instead of throwing.
 */
import type { JourneyMap } from './model.ts';

/** id -> index, for the stages or departments of a map. */
export function indexById(items: readonly { id: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  items.forEach((item, index) => {
    if (!out.has(item.id)) out.set(item.id, index);
  });
  return out;
}

/** Indices into `map.touchpoints`, in journey order. */
export function journeyOrderIndices(map: JourneyMap): number[] {
  const stageIndex = indexById(map.stages);
  const departmentIndex = indexById(map.departments);
  const n = map.touchpoints.length;
  const stage = new Float64Array(n);
  const x = new Float64Array(n);
  const lane = new Float64Array(n);
  const y = new Float64Array(n);
  const order: number[] = new Array<number>(n);
  map.touchpoints.forEach((tp, i) => {
    stage[i] = stageIndex.get(tp.stageId) ?? map.stages.length;
    x[i] = Math.max(0, tp.position.x);
    lane[i] = departmentIndex.get(tp.departmentId) ?? map.departments.length;
    y[i] = Math.max(0, tp.position.y);
    order[i] = i;
  });
  // Every index is in range, hence the non-null assertions.
  order.sort(
    (a, b) =>
      stage[a]! - stage[b]! || x[a]! - x[b]! || lane[a]! - lane[b]! || y[a]! - y[b]! || a - b,
  );
  return order;
}

/** Touchpoint ids in journey order. */
export function journeyOrder(map: JourneyMap): string[] {
  return journeyOrderIndices(map).map((i) => map.touchpoints[i]!.id);
}

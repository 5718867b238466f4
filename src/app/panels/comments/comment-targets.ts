/**
 * What "Add comment" comments on, and what clicking a comment shows on the map: pure, from
 * the map and the selection.
 */
import type { CommentTarget, JourneyMap } from '../../../core/model.ts';
import { describeTarget, targetKey } from '../../../core/comments.ts';
import type { Selection, ViewState } from '../../store/view-store.ts';

/** One selected card, else one selected connection, else the map itself. */
export function selectionTarget(map: JourneyMap, selection: Selection): CommentTarget {
  const [card] = selection.touchpoints;
  if (selection.touchpoints.length === 1 && card !== undefined) {
    return { type: 'touchpoint', id: card };
  }
  const [connection] = selection.connections;
  if (selection.touchpoints.length === 0 && selection.connections.length === 1 && connection) {
    return { type: 'connection', id: connection };
  }
  return { type: 'map', id: map.id };
}

export interface TargetChoice {
  key: string;
  target: CommentTarget;
  label: string;
}

/** The composer's list: `first` (the selection's target), then the map, stages, departments. */
export function targetChoices(map: JourneyMap, first: CommentTarget): TargetChoice[] {
  const choice = (target: CommentTarget): TargetChoice => ({
    key: targetKey(target),
    target,
    label: describeTarget(map, target),
  });
  const all = [
    choice(first),
    choice({ type: 'map', id: map.id }),
    ...map.stages.map((s) => choice({ type: 'stage', id: s.id })),
    ...map.departments.map((d) => choice({ type: 'department', id: d.id })),
  ];
  return all.filter((c, i) => all.findIndex((o) => o.key === c.key) === i);
}

/**
 * Shows a comment's element: selects a card or a connection (the canvas centres a card), or
 * puts the cell cursor in the stage's or department's first cell.
 */
export function showTarget(view: ViewState, map: JourneyMap, target: CommentTarget): void {
  switch (target.type) {
    case 'touchpoint':
      view.revealTouchpoint(target.id);
      return;
    case 'connection': {
      const cn = map.connections.find((c) => c.id === target.id);
      if (cn) view.revealTouchpoint(cn.from);
      view.select({ touchpoints: [], connections: [target.id] });
      return;
    }
    case 'stage':
    case 'department': {
      const stageId = target.type === 'stage' ? target.id : map.stages[0]?.id;
      const departmentId = target.type === 'department' ? target.id : map.departments[0]?.id;
      view.clearSelection();
      if (stageId && departmentId) view.setCursor({ stageId, departmentId, reveal: true });
      return;
    }
    case 'map':
      view.clearSelection();
  }
}

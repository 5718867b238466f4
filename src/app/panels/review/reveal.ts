/**
 * Showing an element a change or a conflict is about: a card or a connection is selected and
 * scrolled into view, a stage or department gets the cell cursor at its first cell, the map
 * itself clears the selection (the inspector then shows the map); a comment, what it is on.
 */
import type { DiffEntity } from '../../../core/diff.ts';
import type { JourneyMap } from '../../../core/model.ts';
import type { ViewStore } from '../../store/view-store.ts';

/** False when the open map has no such element (it was removed): nothing to show. */
export function revealElement(
  view: ViewStore,
  map: JourneyMap,
  entity: DiffEntity,
  id: string,
): boolean {
  const state = view.getState();
  switch (entity) {
    case 'touchpoint':
      if (!map.touchpoints.some((t) => t.id === id)) return false;
      state.revealTouchpoint(id);
      return true;
    case 'connection': {
      const connection = map.connections.find((c) => c.id === id);
      if (connection === undefined) return false;
      state.revealTouchpoint(connection.from);
      view.getState().select({ touchpoints: [], connections: [id] });
      return true;
    }
    case 'stage':
    case 'department': {
      const stage = entity === 'stage' ? map.stages.find((s) => s.id === id) : map.stages[0];
      const department =
        entity === 'department' ? map.departments.find((d) => d.id === id) : map.departments[0];
      if (stage === undefined || department === undefined) return false;
      state.clearSelection();
      state.setCursor({ stageId: stage.id, departmentId: department.id, reveal: true });
      return true;
    }
    case 'map':
      state.clearSelection();
      return true;
    // Rows and notes have no selection of their own yet (issue 11's canvas work).
    case 'row':
    case 'note':
      return false;
    case 'comment': {
      // A comment is shown by what it is on.
      const comment = map.comments?.find((c) => c.id === id);
      if (comment === undefined) return false;
      return revealElement(view, map, comment.target.type, comment.target.id);
    }
  }
}

/**
 * A connection between two cards: routed around the other cards and nudged apart from the
 * connections it shares a gutter with (core/connection-routes, the route the PDF draws too),
 * with rounded corners and an arrow head, and its label when it
 * has one. Double-click (or Enter with the connection selected) edits the label in place.
 * While one of its cards is dragged, and so away from its laid-out place, it follows the
 * card with a plain stepped line until the card is let go. Memoised and registered once at
 * module level, like the cards.
 */
import { memo, useCallback, useMemo } from 'react';
import {
  BaseEdge,
  getSmoothStepPath,
  useStore,
  type EdgeProps,
  type ReactFlowState,
} from '@xyflow/react';
import { roundedPath, svgPath } from '../../core/edge-drawing.ts';
import type { EdgeRouter } from '../../core/edge-routing.ts';
import { useEditorUi } from '../editor/editor-ui.tsx';
import type { ConnectionEdge } from './flow-model.ts';
import { useRoutes } from './routes-context.tsx';
import { EdgeLabel } from './EdgeLabel.tsx';
import './edges.css';

function awayFromLayout(state: ReactFlowState, router: EdgeRouter, id: string): boolean {
  const node = state.nodeLookup.get(id);
  const card = router.cardRect(id);
  if (!node || !card) return false;
  return Math.abs(node.position.x - card.x) > 0.5 || Math.abs(node.position.y - card.y) > 0.5;
}

export const ConnectionEdgeView = memo(function ConnectionEdgeView({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  selected,
  data,
}: EdgeProps<ConnectionEdge>) {
  const editing = useEditorUi((state) => state.editingConnectionId === id);
  // The routes, not the map: an edit that moves no card and no connection keeps them, and
  // this edge unrendered.
  const routes = useRoutes();
  const router = routes.router;
  const moving = useStore(
    useCallback(
      (state: ReactFlowState) =>
        awayFromLayout(state, router, source) || awayFromLayout(state, router, target),
      [router, source, target],
    ),
  );
  const route = moving ? null : routes.route(id);
  const routed = useMemo(() => (route ? svgPath(roundedPath(route.points)) : null), [route]);
  let path = routed;
  let middle = { x: (sourceX + targetX) / 2, y: (sourceY + targetY) / 2 };
  if (path === null) {
    const [stepped, labelX, labelY] = getSmoothStepPath({
      sourceX,
      sourceY,
      sourcePosition,
      targetX,
      targetY,
      targetPosition,
    });
    path = stepped;
    middle = { x: labelX, y: labelY };
  }
  const label = data?.label ?? null;
  const className = ['tm-edge', selected ? 'is-selected' : '', data?.dimmed ? 'is-dimmed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={className}
        interactionWidth={18}
      />
      {editing || label !== null ? (
        <EdgeLabel
          id={id}
          label={label}
          editing={editing}
          selected={selected ?? false}
          dimmed={data?.dimmed ?? false}
          router={router}
          route={route}
          avoid={routes.labelsToAvoid(id)}
          fallback={middle}
        />
      ) : null}
    </>
  );
});

/**
 * React Flow's node and edge changes, turned into the document and the view: a dragged
 * card's position lives only here until it is let go (then one `moveTouchpoints`, one undo
 * step), and select / unselect changes are written into the view store's selection.
 */
import { useCallback, useMemo, useState } from 'react';
import type { EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import type { MapLayout } from '../../core/layout.ts';
import type { ViewStore } from '../store/view-store.ts';
import type { EditContext } from '../editor/edit-actions.ts';
import type { CardNode, ConnectionEdge } from './flow-model.ts';
import { commitDraggedCards } from './canvas-edits.ts';

interface DragState {
  position: XYPosition;
  dragging: boolean;
}

function withDrag(nodes: CardNode[], drag: ReadonlyMap<string, DragState> | null): CardNode[] {
  if (drag === null || drag.size === 0) return nodes;
  return nodes.map((node) => {
    const moved = drag.get(node.id);
    return moved ? { ...node, position: moved.position, dragging: moved.dragging } : node;
  });
}

/** Writes React Flow's select / unselect changes into the view store's selection. */
function applySelectChanges(
  view: ViewStore,
  key: 'touchpoints' | 'connections',
  changes: readonly { id: string; selected: boolean }[],
): void {
  if (changes.length === 0) return;
  const current = view.getState().selection[key];
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  if (next.size === current.length && current.every((id) => next.has(id))) return;
  view.getState().select({ [key]: [...next] });
}

export function useNodeChanges(ctx: EditContext, layout: MapLayout, modelNodes: CardNode[]) {
  const { view } = ctx;
  const [drag, setDrag] = useState<ReadonlyMap<string, DragState> | null>(null);
  const nodes = useMemo(() => withDrag(modelNodes, drag), [modelNodes, drag]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      const moved: { id: string; state: DragState }[] = [];
      const selects: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          moved.push({
            id: change.id,
            state: { position: change.position, dragging: change.dragging ?? false },
          });
        } else if (change.type === 'select') {
          selects.push(change);
        }
        // 'dimensions': cards have a fixed size from the layout. 'remove': Delete is ours.
      }
      if (moved.length > 0) {
        setDrag((previous) => {
          const next = new Map(previous ?? []);
          for (const { id, state } of moved) next.set(id, state);
          return next;
        });
      }
      applySelectChanges(view, 'touchpoints', selects);
    },
    [view],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ConnectionEdge>[]) => {
      applySelectChanges(
        view,
        'connections',
        changes.filter((change) => change.type === 'select'),
      );
    },
    [view],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: CardNode, dragged: CardNode[]) => {
      setDrag(null);
      commitDraggedCards(
        ctx,
        layout,
        dragged.map((node) => ({ id: node.id, position: node.position })),
      );
    },
    [layout, ctx],
  );

  return { nodes, onNodesChange, onEdgesChange, onNodeDragStop };
}

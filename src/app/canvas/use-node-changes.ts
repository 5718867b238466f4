/**
 * React Flow's node and edge changes, turned into the document and the view: a dragged
 * card's position lives only here until it is let go (then one `moveTouchpoints`, one undo
 * step) and until the canvas draws the map after the drop (use-shown-map.ts), and select /
 * unselect changes are written into the view store's selection.
 */
import { useCallback, useMemo, useState } from 'react';
import type { EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import type { ViewStore } from '../store/view-store.ts';
import type { EditContext } from '../editor/edit-actions.ts';
import type { CardNode, ConnectionEdge } from './flow-model.ts';
import { commitDrop, type DropTarget } from './use-shown-map.ts';

interface DragState {
  position: XYPosition;
  dragging: boolean;
}

interface Drag {
  cards: ReadonlyMap<string, DragState>;
  /** Let go: the cards stay where they were let go until the canvas draws the new map. */
  dropped: boolean;
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

export function useNodeChanges(ctx: EditContext, shown: DropTarget, modelNodes: CardNode[]) {
  const { view } = ctx;
  const { settling } = shown;
  const [drag, setDrag] = useState<Drag | null>(null);
  // A drag let go of and settled is left as it is (the next drag starts afresh).
  const held = drag !== null && (!drag.dropped || settling) ? drag.cards : null;
  const nodes = useMemo(() => withDrag(modelNodes, held), [modelNodes, held]);

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
          const next = new Map(previous?.dropped === false ? previous.cards : []);
          for (const { id, state } of moved) next.set(id, state);
          return { cards: next, dropped: false };
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
    (_event: unknown, _node: CardNode, cards: CardNode[]) =>
      commitDrop(
        ctx,
        shown,
        cards.map((node) => ({ id: node.id, position: node.position })),
        () => setDrag((previous) => previous && { ...previous, dropped: true }),
      ),
    [ctx, shown],
  );

  return { nodes, onNodesChange, onEdgesChange, onNodeDragStop };
}

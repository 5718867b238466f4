/**
 * Connecting cards: from a handle to a handle, or letting go over a card's body (a 200-unit
 * card is an easier target than a 10-pixel handle). A card never connects to itself.
 */
import { useCallback } from 'react';
import type { Connection, FinalConnectionState } from '@xyflow/react';
import type { EditContext } from '../editor/edit-actions.ts';
import { connectCards } from './canvas-edits.ts';

const isValidConnection = (connection: { source: string; target: string }) =>
  connection.source !== connection.target;

export function useConnect(ctx: EditContext) {
  const connect = useCallback((from: string, to: string) => connectCards(ctx, from, to), [ctx]);

  const onConnect = useCallback(
    (connection: Connection) => connect(connection.source, connection.target),
    [connect],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const element = window.document.elementFromPoint(point.clientX, point.clientY);
      const other = element?.closest('.react-flow__node')?.getAttribute('data-id');
      if (!other || other === state.fromNode.id) return;
      if (state.fromHandle?.type === 'target') connect(other, state.fromNode.id);
      else connect(state.fromNode.id, other);
    },
    [connect],
  );

  return { onConnect, onConnectEnd, isValidConnection };
}

/**
 * Turns off React Flow's selection listener, which the canvas has no use for (selection
 * lives in the view store, fed by onNodesChange). React Flow mounts the listener whenever
 * its store's `onSelectionChangeHandlers` is truthy, and it starts as `[]`, so it always
 * does; the listener then walks every node and every connection, and compares the
 * selected ones, at each change of the flow's store: each drag frame, each pick-up, each
 * Enter. On the 1,500-card map that was about 4 ms of every pick-up (profile).
 *
 * With the list unset, `useOnSelectionChange` must not be used under this flow (it spreads
 * the list); nothing in the app does.
 */
import { useEffect } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';

type Handlers = ReactFlowState['onSelectionChangeHandlers'];

export function SelectionListenerOff() {
  const store = useStoreApi();
  // A passive effect, after the listener's own first one: it must not find the list unset.
  useEffect(() => {
    if (store.getState().onSelectionChangeHandlers?.length === 0) {
      store.setState({ onSelectionChangeHandlers: undefined as unknown as Handlers });
    }
  }, [store]);
  return null;
}

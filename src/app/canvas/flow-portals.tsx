/**
 * Portals into React Flow's viewport layer and its edge label layer, found once. React
 * Flow's own ViewportPortal and EdgeLabelRenderer look their layer up with querySelector
 * in a store selector, which runs at every change of the flow's store: each drag frame,
 * each selection, each node list, once per portal. With five layers and a label on every
 * labelled connection that was a few ms of each pick-up on a big map (profile). The layer
 * elements are made with the flow's root and live as long as it, so one lookup per root
 * is enough.
 */
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore, type ReactFlowState } from '@xyflow/react';

const rootOf = (state: ReactFlowState) => state.domNode;

function usePortal(selector: string, children: ReactNode): ReactNode {
  const root = useStore(rootOf);
  const target = useMemo(() => root?.querySelector(selector) ?? null, [root, selector]);
  return target ? createPortal(children, target) : null;
}

/** Children drawn in the map's own coordinates: they pan and zoom with it. */
export function ViewportLayer({ children }: { children: ReactNode }) {
  return usePortal('.react-flow__viewport-portal', children);
}

/** Children drawn above the connections, in the map's coordinates (edge labels). */
export function EdgeLabelLayer({ children }: { children: ReactNode }) {
  return usePortal('.react-flow__edgelabel-renderer', children);
}

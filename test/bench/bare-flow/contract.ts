/** What the bare page and the editor benchmark agree on: the map's global, the hooks, the mark. */
import type { Viewport } from '@xyflow/react';

export interface BareFlowHooks {
  /** React Flow's fitView with Touchmap's Fit options. */
  fit: () => void;
  zoomTo: (zoom: number) => void;
  viewport: () => Viewport;
}

declare global {
  interface Window {
    /** A map file's text, set by the bench's init script before the page loads. */
    __BARE_FLOW_MAP__?: unknown;
    __bareFlow?: BareFlowHooks;
  }
}

/** Set when the page reads the map: "first render" counts from here, as Touchmap's bench mark. */
export const BARE_MARK = 'bare-flow:map-received';

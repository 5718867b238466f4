/**
 * React Flow's viewport (pan x, y and zoom) and its size, for the layers drawn in screen
 * space over the canvas (headers, labels, the overview). Re-renders on every pan and zoom.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';

export interface ViewTransform {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

const viewSelector = (s: ReactFlowState): ViewTransform => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
  width: s.width,
  height: s.height,
});

export function useViewTransform(): ViewTransform {
  return useStore(viewSelector, shallow);
}

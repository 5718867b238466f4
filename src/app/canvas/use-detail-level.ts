/**
 * The level of detail now (detail-level.ts), from React Flow's zoom and the text size
 * preference. A component using it re-renders when the zoom crosses a threshold, not on
 * every frame of a zoom.
 */
import { useCallback } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useTextSize } from '../preferences/use-text-size.ts';
import { detailLevel, type DetailLevel } from './detail-level.ts';

export function useDetailLevel(): DetailLevel {
  const size = useTextSize();
  return useStore(
    useCallback((state: ReactFlowState) => detailLevel(state.transform[2], size), [size]),
  );
}

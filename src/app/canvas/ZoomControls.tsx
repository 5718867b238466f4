/** The zoom buttons at the bottom right: React Flow's zoom in and out, and our fit. */
import { useCallback } from 'react';
import { ControlButton, Controls, useReactFlow } from '@xyflow/react';
import type { MapLayout } from '../../core/layout.ts';
import { IS_MAC, withShortcut } from '../editor/keymap.ts';
import { fitMap, useFlowSize } from './use-viewport.ts';

const FIT_LABEL = withShortcut('Fit the map to the window', 'zoomFit', IS_MAC);

function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}

export function ZoomControls({ layout }: { layout: MapLayout }) {
  const flow = useReactFlow();
  const size = useFlowSize();
  const fit = useCallback(() => fitMap(flow, layout, size), [flow, layout, size]);
  return (
    <Controls
      position="bottom-right"
      orientation="horizontal"
      showFitView={false}
      showInteractive={false}
      className="tm-controls"
    >
      <ControlButton onClick={fit} title={FIT_LABEL} aria-label={FIT_LABEL}>
        <FitIcon />
      </ControlButton>
    </Controls>
  );
}

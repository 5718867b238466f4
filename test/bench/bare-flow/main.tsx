/**
 * A bare React Flow page, the peer the editor benchmark measures Touchmap against: the same
 * generated map as plain default nodes with React Flow's defaults (every node rendered, no
 * culling, no memoised custom nodes), filling the window. Only what a fair comparison needs
 * differs from the defaults: Touchmap's zoom limits (React Flow's minZoom of 0.5 could not
 * fit a 1,500-card map), its opening view, and its Fit (same padding and 200 ms animation).
 *
 * The bench sets `window.__BARE_FLOW_MAP__` to a map file's text before the page loads and
 * drives it through `window.__bareFlow`. Built by ./vite.config.ts into dist/bench-bare.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { JourneyMap } from '../../../src/core/model.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import { openingViewport } from '../../../src/app/canvas/viewport.ts';
import { bareFlow } from './bare-model.ts';
import { BARE_MARK } from './contract.ts';
import './bare.css';

const FIT_OPTIONS = { padding: 0.04, duration: 200 };

function Hooks() {
  const flow = useReactFlow();
  useEffect(() => {
    window.__bareFlow = {
      fit: () => void flow.fitView(FIT_OPTIONS),
      zoomTo: (zoom) => void flow.zoomTo(zoom),
      viewport: () => flow.getViewport(),
    };
  }, [flow]);
  return null;
}

const text = window.__BARE_FLOW_MAP__;
if (typeof text !== 'string') throw new Error('Set window.__BARE_FLOW_MAP__ to a map file first.');
performance.mark(BARE_MARK);
const map = JSON.parse(text) as JourneyMap;
const { nodes, edges } = bareFlow(map);
const opening = openingViewport(computeLayout(map), {
  width: window.innerWidth,
  height: window.innerHeight,
});
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <ReactFlowProvider>
    <ReactFlow
      defaultNodes={nodes}
      defaultEdges={edges}
      defaultViewport={opening}
      minZoom={0.1}
      maxZoom={2.5}
    >
      <Controls fitViewOptions={FIT_OPTIONS} />
      <Hooks />
    </ReactFlow>
  </ReactFlowProvider>,
);

/**
 * The hover rings of the lowest points left without a label (LowestLabels.tsx) move with a
 * pan as one layer: a pan frame changes that layer's transform and none of the rings, so a
 * far-out pan over a crowded curve (hundreds of rings) costs no ring re-render.
 */
import { act, render, waitFor } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider, useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { StoreApi } from 'zustand';
import { describe, expect, it } from 'vitest';
import { LowestLabels } from '../../../src/app/canvas/LowestLabels.tsx';
import { computeLayout } from '../../../src/core/layout.ts';
import {
  createMemoryPreferences,
  createPreferencesStore,
} from '../../../src/app/preferences/preferences.ts';
import { PreferencesProvider } from '../../../src/app/preferences/context.tsx';
import { DEFAULT_USER_PREFERENCES } from '../../../src/ipc/preferences.ts';
import { generateMap } from '../../bench/generate-map.ts';

type FlowStore = StoreApi<ReactFlowState>;

function Grab({ onStore }: { onStore: (store: FlowStore) => void }) {
  onStore(useStoreApi() as unknown as FlowStore);
  return null;
}

describe('the hover rings of unlabelled lowest points', () => {
  it('move with a pan as one layer, each ring untouched', async () => {
    const { map } = generateMap(300);
    const layout = computeLayout(map);
    const titles = new Map(map.touchpoints.map((tp) => [tp.id, tp.title]));
    let store: FlowStore | null = null;
    const preferences = createPreferencesStore(createMemoryPreferences(), DEFAULT_USER_PREFERENCES);
    const view = render(
      <PreferencesProvider store={preferences}>
        <ReactFlowProvider>
          <ReactFlow nodes={[]} defaultViewport={{ x: 0, y: 0, zoom: 0.3 }} minZoom={0.05}>
            <Grab onStore={(s) => (store = s)} />
            <LowestLabels layout={layout} titles={titles} />
          </ReactFlow>
        </ReactFlowProvider>
      </PreferencesProvider>,
    );
    await waitFor(() => expect(store!.getState().width).toBeGreaterThan(0));
    const rings = () => [...view.container.querySelectorAll<HTMLElement>('.tm-lowest-hover')];
    await waitFor(() => expect(rings().length).toBeGreaterThan(3));
    const before = rings();
    const places = before.map((r) => r.getAttribute('style'));
    const layer = view.container.querySelector<HTMLElement>('.tm-lowest-rings')!;
    const changed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) if (r.target !== layer) changed.push(r.attributeName ?? '');
    });
    for (const ring of before) observer.observe(ring, { attributes: true });
    // A small pan to the left, as one drag frame does.
    act(() => store!.setState({ transform: [-4, -2, 0.3] }));
    expect(layer.style.transform).toBe('translate(-4px, -2px)');
    const after = rings().filter((r) => before.includes(r));
    expect(after.length).toBeGreaterThan(0);
    observer.disconnect();
    expect(changed).toEqual([]);
    expect(after.map((r) => r.getAttribute('style'))).toEqual(
      places.filter((_, i) => after.includes(before[i]!)),
    );
  });
});

/**
 * The canvas's level of detail follows the zoom at once when it shows less, and only once
 * the zoom has rested when it would show more (use-detail-level.ts): a wheel zoom that
 * passes a threshold and comes back mounts no cards.
 */
import { act, render, waitFor } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider, useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { useSettledDetailLevel } from '../../../src/app/canvas/use-detail-level.ts';
import { coarser, levelZooms } from '../../../src/app/canvas/detail-level.ts';
import {
  createMemoryPreferences,
  createPreferencesStore,
} from '../../../src/app/preferences/preferences.ts';
import { PreferencesProvider } from '../../../src/app/preferences/context.tsx';
import { DEFAULT_USER_PREFERENCES } from '../../../src/ipc/preferences.ts';

const M = levelZooms('m');
const FULL = M.full * 1.5;
const MARKS = M.compact * 0.5;

function Probe({ onFlow, seen }: { onFlow: (f: ReactFlowInstance) => void; seen: string[] }) {
  const flow = useReactFlow();
  onFlow(flow);
  const level = useSettledDetailLevel();
  if (seen.at(-1) !== level) seen.push(level);
  return <div data-testid="level">{level}</div>;
}

function mount() {
  const seen: string[] = [];
  let flow: ReactFlowInstance | null = null;
  const preferences = createPreferencesStore(createMemoryPreferences(), DEFAULT_USER_PREFERENCES);
  const view = render(
    <PreferencesProvider store={preferences}>
      <ReactFlowProvider>
        <ReactFlow nodes={[]} defaultViewport={{ x: 0, y: 0, zoom: FULL }} minZoom={0.01}>
          <Probe onFlow={(f) => (flow = f)} seen={seen} />
        </ReactFlow>
      </ReactFlowProvider>
    </PreferencesProvider>,
  );
  const level = () => view.getByTestId('level').textContent;
  const zoomTo = (zoom: number) => act(() => void flow!.setViewport({ x: 0, y: 0, zoom }));
  return { level, zoomTo, seen };
}

describe('the settled level of detail', () => {
  it('orders levels by how much they show', () => {
    expect(coarser('full', 'marks')).toBe('marks');
    expect(coarser('compact', 'full')).toBe('compact');
    expect(coarser('marks', 'compact')).toBe('marks');
    expect(coarser('full', 'full')).toBe('full');
  });

  it('shows less at once when zooming out', async () => {
    const { level, zoomTo, seen } = mount();
    expect(level()).toBe('full');
    await zoomTo(MARKS);
    expect(level()).toBe('marks');
    // Never a render at the finer level with the coarser zoom.
    expect(seen).toEqual(['full', 'marks']);
  });

  it('shows more only once the zoom has rested, and not at all if it comes back', async () => {
    const { level, zoomTo, seen } = mount();
    await zoomTo(MARKS);
    // In past both thresholds and straight back out: nothing finer is ever shown.
    await zoomTo(FULL);
    expect(level()).toBe('marks');
    await zoomTo(MARKS);
    await new Promise((done) => setTimeout(done, 300));
    expect(seen).toEqual(['full', 'marks']);
    // In, and rest: the finer level comes.
    await zoomTo(M.compact * 1.1);
    expect(level()).toBe('marks');
    await waitFor(() => expect(level()).toBe('compact'));
    await zoomTo(FULL);
    expect(level()).toBe('compact');
    await waitFor(() => expect(level()).toBe('full'));
    expect(seen).toEqual(['full', 'marks', 'compact', 'full']);
  });
});

/**
 * What the canvas draws around a drop (use-shown-map.ts): first the map from before it
 * (with the cards held where they were let go), then the map after it, laid out in the
 * background; any other edit, an undo during the wait, or a drop that moved nothing is
 * drawn at once.
 */
import { act, render } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { describe, expect, it } from 'vitest';
import { moveTouchpoints, updateTouchpoint } from '../../../src/core/ops/index.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { StoresProvider } from '../../../src/app/store/context.tsx';
import { createSession } from '../../../src/app/shell/session.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { commitDrop, useShownMap, type ShownMap } from '../../../src/app/canvas/use-shown-map.ts';
import { createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';
import { computeLayout } from '../../../src/core/layout.ts';
import { mapOf, touchpointOf } from '../../unit/map-parts.ts';

const start = mapOf({
  stages: [
    { id: 's1', name: 'One' },
    { id: 's2', name: 'Two' },
  ],
  departments: [{ id: 'd1', name: 'Desk', color: '#123456' }],
  touchpoints: [touchpointOf('a', 's1', 'd1')],
});

function setUp() {
  const session = createSession({ map: start });
  const renders: { map: JourneyMap; settling: boolean }[] = [];
  let shown: ShownMap | null = null;
  function Probe() {
    shown = useShownMap();
    renders.push({ map: shown.map, settling: shown.settling });
    return null;
  }
  render(
    <StoresProvider stores={{ ...session, platform: createMemoryPlatform() }}>
      <Probe />
    </StoresProvider>,
  );
  const drop = (edit: (map: JourneyMap) => JourneyMap) => {
    const from = session.document.getState().map;
    act(() => {
      flushSync(() => {
        session.document.getState().apply(edit);
        const to = session.document.getState().map;
        shown!.dropped(from, to === from ? null : to);
      });
    });
    return { from, to: session.document.getState().map };
  };
  renders.length = 0;
  return { session, renders, drop };
}

const toStageTwo = (map: JourneyMap) =>
  moveTouchpoints(map, [
    { id: 'a', stageId: 's2', departmentId: 'd1', position: { x: 16, y: 16 } },
  ]);

describe('the map the canvas draws around a drop', () => {
  it('draws the map from before the drop first, then the one after it, settled', () => {
    const { renders, drop } = setUp();
    const { from, to } = drop(toStageTwo);
    expect(from).not.toBe(to);
    // The urgent render: the old map, held; then the background one with the new map.
    expect(renders[0]).toEqual({ map: from, settling: true });
    expect(renders.at(-1)).toEqual({ map: to, settling: false });
    expect(renders.some((r) => r.map === to && r.settling)).toBe(false);
  });

  it('draws a drop that moved nothing at once, never settling', () => {
    const { renders, drop } = setUp();
    drop((map) => map);
    expect(renders.every((r) => r.map === start && !r.settling)).toBe(true);
  });

  it('draws any other edit at once', () => {
    const { session, renders } = setUp();
    act(() => session.document.getState().apply((m) => updateTouchpoint(m, 'a', { title: 'B' })));
    const renamed = session.document.getState().map;
    expect(renders[0]).toEqual({ map: renamed, settling: false });
    // And once: no second render in the background, as a deferred value would cost.
    expect(renders).toHaveLength(1);
  });

  it('draws an undo made while the drop settles at once, and forgets the drop', () => {
    const { session, renders, drop } = setUp();
    const { from } = drop(toStageTwo);
    act(() => session.document.temporal.getState().undo());
    expect(session.document.getState().map).toBe(from);
    expect(renders.at(-1)).toEqual({ map: from, settling: false });
    // Redo hands back the drop's own map object: drawn at once, not taken for the drop.
    renders.length = 0;
    act(() => session.document.temporal.getState().redo());
    expect(renders[0]!.settling).toBe(false);
    expect(renders[0]!.map).toBe(session.document.getState().map);
  });
});

describe('commitDrop', () => {
  it('holds the drag, moves the card and names both maps in one go; nothing for a drop in place', () => {
    const session = createSession({ map: start });
    const ctx = { ...session, ui: createEditorUiStore() };
    const calls: string[] = [];
    const seen: [JourneyMap, JourneyMap | null][] = [];
    const target = {
      settling: false,
      dropped: (from: JourneyMap, to: JourneyMap | null) => {
        calls.push('dropped');
        seen.push([from, to]);
      },
    };
    const column = computeLayout(start).columns.find((c) => c.id === 's2')!;
    const lane = computeLayout(start).lanes[0]!;
    const into = { x: column.x + 20, y: lane.y + 20 };
    commitDrop(ctx, target, [{ id: 'a', position: into }], () => calls.push('hold'));
    const moved = session.document.getState().map;
    expect(moved.touchpoints[0]!.stageId).toBe('s2');
    expect(calls).toEqual(['hold', 'dropped']);
    expect(seen[0]).toEqual([start, moved]);
    // Let go where it already is: the document keeps its map, the canvas has nothing to wait for.
    const here = computeLayout(moved).cards[0]!;
    commitDrop(ctx, target, [{ id: 'a', position: { x: here.x, y: here.y } }], () => {});
    expect(session.document.getState().map).toBe(moved);
    expect(seen[1]).toEqual([moved, null]);
  });
});

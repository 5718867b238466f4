/**
 * Edits cost what they change: on a big map, committing one card's title or setting its
 * emotion re-renders that card alone. Each card render is counted by wrapping the real
 * TouchpointCard (same memo comparison) in a counter.
 */
import { act, render, waitFor } from '@testing-library/react';
import { memo, type ComponentProps, type FunctionComponent } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeProps } from '@xyflow/react';
import { App } from '../../../src/app/App.tsx';
import { createSession } from '../../../src/app/shell/session.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { updateTouchpoint } from '../../../src/core/ops/index.ts';
import type { CardNode } from '../../../src/app/canvas/flow-model.ts';
import type * as CardModule from '../../../src/app/canvas/TouchpointCard.tsx';
import { generateMap } from '../../bench/generate-map.ts';

/** Opening a 1,500-card map in jsdom takes seconds. */
const SLOW = 60_000;
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../src/app/canvas/TouchpointCard.tsx', async (importActual) => {
  const actual = await importActual<typeof CardModule>();
  // The memo's inner component: rendered once per time React renders the card.
  const Inner = (
    actual.TouchpointCard as unknown as { type: FunctionComponent<NodeProps<CardNode>> }
  ).type;
  function Counted(props: ComponentProps<typeof Inner>) {
    renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
    return <Inner {...props} />;
  }
  return { ...actual, TouchpointCard: memo(Counted) };
});

async function renderBigMap() {
  const { map } = generateMap(1500);
  const session = createSession({ map });
  render(<App platform={createMemoryPlatform()} initialSession={session} />);
  await waitFor(() => expect(document.querySelectorAll('.tm-card').length).toBeGreaterThan(5), {
    timeout: SLOW,
  });
  const first = document.querySelector<HTMLElement>('.tm-card')!;
  return { session, id: first.dataset.touchpointId! };
}

describe('edits on a 1,500-card map', () => {
  beforeEach(() => renders.clear());

  it(
    're-render only the card whose title was committed',
    async () => {
      const { session, id } = await renderBigMap();
      const shown = document.querySelectorAll('.tm-card').length;
      renders.clear();
      act(() =>
        session.document.getState().apply((map) => updateTouchpoint(map, id, { title: 'Renamed' })),
      );
      await waitFor(() =>
        expect(document.querySelector(`[data-touchpoint-id="${id}"]`)!.textContent).toContain(
          'Renamed',
        ),
      );
      expect(document.querySelectorAll('.tm-card')).toHaveLength(shown);
      expect([...renders.keys()]).toEqual([id]);
    },
    SLOW,
  );

  it(
    're-render only the card whose emotion was set',
    async () => {
      const { session, id } = await renderBigMap();
      renders.clear();
      act(() =>
        session.document.getState().apply((map) => updateTouchpoint(map, id, { emotion: 2 })),
      );
      await waitFor(() =>
        expect(
          document.querySelector<HTMLElement>(`[data-touchpoint-id="${id}"]`)!.dataset.emotion,
        ).toBe('2'),
      );
      expect([...renders.keys()]).toEqual([id]);
    },
    SLOW,
  );
});

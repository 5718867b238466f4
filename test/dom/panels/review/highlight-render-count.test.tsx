/**
 * The Compare view's highlight costs what it shows: on a 1,500-card map, ringing the changed
 * cards re-renders those cards alone, and so does taking the ring away. Each card render is
 * counted by wrapping the real TouchpointCard (same memo comparison) in a counter.
 */
import { act, render, waitFor } from '@testing-library/react';
import { memo, type ComponentProps, type FunctionComponent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { NodeProps } from '@xyflow/react';
import { App } from '../../../../src/app/App.tsx';
import { createSession } from '../../../../src/app/shell/session.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import type { CardNode } from '../../../../src/app/canvas/flow-model.ts';
import type * as CardModule from '../../../../src/app/canvas/TouchpointCard.tsx';
import { generateMap } from '../../../bench/generate-map.ts';

const SLOW = 60_000;
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../../src/app/canvas/TouchpointCard.tsx', async (importActual) => {
  const actual = await importActual<typeof CardModule>();
  const Inner = (
    actual.TouchpointCard as unknown as { type: FunctionComponent<NodeProps<CardNode>> }
  ).type;
  function Counted(props: ComponentProps<typeof Inner>) {
    renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
    return <Inner {...props} />;
  }
  return { ...actual, TouchpointCard: memo(Counted) };
});

describe('the Compare highlight on a 1,500-card map', () => {
  it(
    're-renders only the cards it rings, and only them again when it goes',
    async () => {
      const session = createSession({ map: generateMap(1500).map });
      render(<App platform={createMemoryPlatform()} initialSession={session} />);
      await waitFor(() => expect(document.querySelectorAll('.tm-card').length).toBeGreaterThan(5), {
        timeout: SLOW,
      });
      const shown = [...document.querySelectorAll<HTMLElement>('.tm-card')]
        .slice(0, 3)
        .map((card) => card.dataset.touchpointId!);
      renders.clear();
      act(() => session.view.getState().setHighlight(new Set(shown)));
      await waitFor(() => expect(document.querySelectorAll('.tm-card.is-changed')).toHaveLength(3));
      expect([...renders.keys()].sort()).toEqual([...shown].sort());

      renders.clear();
      act(() => session.view.getState().setHighlight(null));
      await waitFor(() => expect(document.querySelectorAll('.tm-card.is-changed')).toHaveLength(0));
      expect([...renders.keys()].sort()).toEqual([...shown].sort());
    },
    SLOW,
  );
});

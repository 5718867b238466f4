/**
 * Edits cost what they change, for connections too: committing a card's title moves no
 * card, so no connection re-renders but those React Flow redraws for the renamed card's node (they share one edge router per layout, and the layout
 * is kept while it is the same). Moving a card re-renders connections. Each connection
 * render is counted by wrapping the real ConnectionEdgeView (same memo comparison).
 */
import { act, render, waitFor } from '@testing-library/react';
import { memo, type ComponentProps, type FunctionComponent } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EdgeProps } from '@xyflow/react';
import { App } from '../../../src/app/App.tsx';
import { createSession } from '../../../src/app/shell/session.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { moveTouchpoints, updateTouchpoint } from '../../../src/core/ops/index.ts';
import type { ConnectionEdge } from '../../../src/app/canvas/flow-model.ts';
import type * as EdgeModule from '../../../src/app/canvas/ConnectionEdgeView.tsx';
import { generateMap } from '../../bench/generate-map.ts';

const SLOW = 60_000;
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../src/app/canvas/ConnectionEdgeView.tsx', async (importActual) => {
  const actual = await importActual<typeof EdgeModule>();
  const Inner = (
    actual.ConnectionEdgeView as unknown as {
      type: FunctionComponent<EdgeProps<ConnectionEdge>>;
    }
  ).type;
  function Counted(props: ComponentProps<typeof Inner>) {
    renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
    // Called, not rendered: its hooks are this component's, so a store change that
    // re-renders the real view is counted too.
    return Inner(props);
  }
  return { ...actual, ConnectionEdgeView: memo(Counted) };
});

async function renderMap() {
  const { map } = generateMap(300);
  const session = createSession({ map });
  render(<App platform={createMemoryPlatform()} initialSession={session} />);
  await waitFor(() => expect(renders.size).toBeGreaterThan(2), { timeout: SLOW });
  const edge = document.querySelector<SVGElement>('.react-flow__edge')!;
  const id = edge.dataset.id ?? edge.getAttribute('data-id');
  const connection = session.document.getState().map.connections.find((c) => c.id === id)!;
  return { session, connection };
}

describe('connections on a big map', () => {
  beforeEach(() => renders.clear());

  it(
    'do not re-render when a card’s title is committed',
    async () => {
      const { session, connection } = await renderMap();
      const shown = renders.size;
      renders.clear();
      act(() =>
        session.document
          .getState()
          .apply((map) => updateTouchpoint(map, connection.from, { title: 'Renamed' })),
      );
      await waitFor(() =>
        expect(
          document.querySelector(`[data-touchpoint-id="${connection.from}"]`)!.textContent,
        ).toContain('Renamed'),
      );
      // React Flow itself redraws the connections of the card whose node changed; the
      // others on screen stay as they were.
      const map = session.document.getState().map;
      const touching = new Set(
        map.connections
          .filter((c) => c.from === connection.from || c.to === connection.from)
          .map((c) => c.id),
      );
      expect(shown).toBeGreaterThan(touching.size);
      expect([...renders.keys()].filter((id) => !touching.has(id))).toEqual([]);
    },
    SLOW,
  );

  it(
    'follow a card that moved',
    async () => {
      const { session, connection } = await renderMap();
      renders.clear();
      act(() =>
        session.document
          .getState()
          .apply((map) =>
            moveTouchpoints(map, [{ id: connection.from, position: { x: 0, y: 0 } }]),
          ),
      );
      await waitFor(() => expect(renders.get(connection.id)).toBeGreaterThan(0));
    },
    SLOW,
  );
});

/**
 * Edits cost what they change, under the cards too: setting one card's emotion makes a new
 * layout (its curve point moves), and the grid then redraws that point only, not every
 * point of the curve. Each point's render is counted through emotionStyle, which every
 * drawn point (and every card's emotion face) asks once per render.
 */
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { createSession } from '../../../src/app/shell/session.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { moveTouchpoints, updateTouchpoint } from '../../../src/core/ops/index.ts';
import type * as LooksModule from '../../../src/app/theme/looks.ts';
import { generateMap } from '../../bench/generate-map.ts';

const SLOW = 60_000;
const styled = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../src/app/theme/looks.ts', async (importActual) => {
  const actual = await importActual<typeof LooksModule>();
  return {
    ...actual,
    emotionStyle: (...args: Parameters<typeof actual.emotionStyle>) => {
      styled.count++;
      return actual.emotionStyle(...args);
    },
  };
});

/** The app on a generated 300-card map, once its curve is drawn. */
async function openCurve() {
  const { map } = generateMap(300);
  const session = createSession({ map });
  render(<App platform={createMemoryPlatform()} initialSession={session} />);
  await waitFor(
    () => expect(document.querySelectorAll('.tm-curve-point').length).toBeGreaterThan(50),
    { timeout: SLOW },
  );
  return { map, session };
}

describe('the emotion curve on a big map', () => {
  it(
    'redraws only the point of the card whose emotion was set',
    async () => {
      const { map, session } = await openCurve();
      const rated = map.touchpoints.filter((tp) => tp.emotion !== null);
      const target = rated[Math.floor(rated.length / 2)]!;
      const next = target.emotion === 2 ? -2 : 2;
      const before = document.querySelectorAll('.tm-curve-point').length;
      const atLevel = `.tm-curve-point.tm-emotion-${next === 2 ? '2' : 'n2'}`;
      const beforeAtLevel = document.querySelectorAll(atLevel).length;
      styled.count = 0;
      act(() =>
        session.document.getState().apply((m) => updateTouchpoint(m, target.id, { emotion: next })),
      );
      await waitFor(() =>
        expect(document.querySelectorAll(atLevel)).toHaveLength(beforeAtLevel + 1),
      );
      expect(document.querySelectorAll('.tm-curve-point')).toHaveLength(before);
      // The moved point, and the card's face if that card is on screen; never the others.
      expect(styled.count).toBeGreaterThan(0);
      expect(styled.count).toBeLessThanOrEqual(3);
    },
    SLOW,
  );

  it(
    'moves no point in the page when a card moves to an earlier stage',
    async () => {
      const { map, session } = await openCurve();
      const first = map.stages[0]!.id;
      const last = map.stages.at(-1)!.id;
      const target = map.touchpoints.find((tp) => tp.stageId === last && tp.emotion !== null)!;
      const svg = document.querySelector('.tm-grid-svg')!;
      const points = () => [...svg.querySelectorAll('.tm-curve-point')];
      const before = points();
      const path = svg.querySelector('.tm-curve')!.getAttribute('d');
      const moved: Node[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) moved.push(...r.removedNodes);
      });
      observer.observe(svg, { childList: true });
      act(() =>
        session.document
          .getState()
          .apply((m) => moveTouchpoints(m, [{ id: target.id, stageId: first }])),
      );
      // The card's point now comes early in the journey: the curve's path changed.
      await waitFor(
        () => expect(svg.querySelector('.tm-curve')!.getAttribute('d')).not.toBe(path),
        { timeout: SLOW },
      );
      observer.disconnect();
      expect(moved.filter((n) => (n as Element).classList?.contains('tm-curve-point'))).toEqual([]);
      expect(points()).toEqual(before);
    },
    SLOW,
  );
});

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
import { updateTouchpoint } from '../../../src/core/ops/index.ts';
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

describe('the emotion curve on a big map', () => {
  it(
    'redraws only the point of the card whose emotion was set',
    async () => {
      const { map } = generateMap(300);
      const session = createSession({ map });
      render(<App platform={createMemoryPlatform()} initialSession={session} />);
      await waitFor(
        () => expect(document.querySelectorAll('.tm-curve-point').length).toBeGreaterThan(50),
        { timeout: SLOW },
      );
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
});

/** Files whose cards overlap open tidy, unedited, with a note; others open exactly as written. */
import { describe, expect, it } from 'vitest';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { createOpening } from '../../../../src/app/shell/opening.ts';
import { tidyOnOpen } from '../../../../src/app/shell/tidy-on-open.ts';
import { isDirty } from '../../../../src/app/store/document-store.ts';
import { serialize } from '../../../../src/core/serialize.ts';
import { anyOverlap } from '../../../../src/core/slots.ts';
import { SMALL, shellFixture, smallMap } from './shell-fixture.ts';

/** small.touchmap with every card of its first cell piled on one spot, the last one highest. */
function piledText(): string {
  const map = smallMap();
  const first = map.touchpoints[0]!;
  const pile = Array.from({ length: 4 }, (_, i) => ({
    ...first,
    id: `tp-pile-${i}`,
    title: `Pile ${i}`,
    frictions: [],
    opportunities: [],
    position: { x: 20 + i, y: 30 - i },
  }));
  return serialize({ ...map, touchpoints: [...map.touchpoints, ...pile] });
}

describe('tidy on opening', () => {
  it('opens a file with overlapping cards tidy, in reading order, not marked edited', async () => {
    const platform = createMemoryPlatform({ 'maps/pile.touchmap': piledText() });
    const fixture = shellFixture(platform);
    platform.nextOpen = 'maps/pile.touchmap';
    await createOpening(fixture.ctx).open();
    const state = fixture.ctx.store.getState().session!.document.getState();
    const first = state.map.touchpoints[0]!;
    const cell = state.map.touchpoints.filter(
      (tp) => tp.stageId === first.stageId && tp.departmentId === first.departmentId,
    );
    expect(anyOverlap(cell.map((tp) => tp.position))).toBe(false);
    // Reading order by y then x: the card at (16, 16) first, then the pile from its highest.
    const order = cell.toSorted((a, b) => a.position.y - b.position.y).map((tp) => tp.id);
    expect(order.slice(0, 5)).toEqual([
      first.id,
      'tp-pile-3',
      'tp-pile-2',
      'tp-pile-1',
      'tp-pile-0',
    ]);
    expect(isDirty(state)).toBe(false);
    expect(fixture.notes.join(' ')).toMatch(/Cards overlapped in one cell/);
  });

  it('leaves a file without overlaps exactly as written, without a note', async () => {
    const map = smallMap();
    expect(tidyOnOpen(map)).toEqual({ map, note: null });
    expect(tidyOnOpen(map).map).toBe(map);
    const platform = createMemoryPlatform({ 'maps/small.touchmap': SMALL });
    const fixture = shellFixture(platform);
    platform.nextOpen = 'maps/small.touchmap';
    await createOpening(fixture.ctx).open();
    const state = fixture.ctx.store.getState().session!.document.getState();
    expect(serialize(state.map)).toBe(serialize(smallMap()));
    expect(fixture.notes).toEqual([]);
  });
});

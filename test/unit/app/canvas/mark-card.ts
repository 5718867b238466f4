import type { MarkCard } from '../../../../src/app/canvas/mark-shapes.ts';

/** A service card's mark at (x, 100), 200 × 96, with `patch` over it. */
export function markCard(id: string, x: number, patch: Partial<MarkCard> = {}): MarkCard {
  return {
    id,
    x,
    y: 100,
    width: 200,
    height: 96,
    kind: 'service',
    emotion: null,
    worstSeverity: null,
    departmentColor: '#112233',
    dimmed: false,
    selected: false,
    provisional: false,
    ...patch,
  };
}

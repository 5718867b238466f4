import { describe, expect, it } from 'vitest';
import {
  MARK,
  circle,
  connectionGroups,
  markCards,
  markGroups,
  roundedRect,
  type MarkCard,
} from '../../../../src/app/canvas/mark-shapes.ts';
import type { CardNode, ConnectionEdge } from '../../../../src/app/canvas/flow-model.ts';

function card(id: string, x: number, patch: Partial<MarkCard> = {}): MarkCard {
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
    ...patch,
  };
}

/** Each subpath's start point ("M x y"), in order. */
const starts = (d: string) => [...d.matchAll(/M([-\d.]+) ([-\d.]+)/g)].map((m) => [+m[1]!, +m[2]!]);

describe('mark shapes', () => {
  it('draws a rounded rectangle clockwise from the end of its top-left corner', () => {
    expect(roundedRect(10, 20, 200, 96, 16)).toBe(
      'M26 20h168a16 16 0 0 1 16 16v64a16 16 0 0 1 -16 16h-168a16 16 0 0 1 -16 -16v-64a16 16 0 0 1 16 -16z',
    );
    expect(roundedRect(0, 0, 50, 40, 0)).toBe('M0 0h50v40h-50z');
    // A radius larger than half the box is clamped, so the arcs meet.
    expect(roundedRect(0, 0, 20, 10, 30)).toContain('a5 5');
  });

  it('draws a circle as two arcs from its leftmost point', () => {
    expect(circle(50, 40, 10)).toBe('M40 40a10 10 0 1 0 20 0a10 10 0 1 0 -20 0z');
  });

  it('groups every card of a look into one path, parts in drawing order', () => {
    const groups = markGroups([
      card('a', 0, { emotion: -2, worstSeverity: 'high', selected: true }),
      card('b', 300, { kind: 'experience', emotion: -2, departmentColor: '#445566' }),
      card('c', 600, { emotion: 1 }),
    ]);
    expect(groups.map((g) => `${g.part}:${g.look}`)).toEqual([
      'card:service',
      'card:experience',
      'band:#112233',
      'band:#445566',
      'emotion:-2',
      'emotion:1',
      'friction:high',
      'selected:selected',
    ]);
    expect(starts(groups[0]!.d)).toHaveLength(2);
    // a's emotion dot: the dot's box from the card corner, as the old stylesheet had it.
    const r = MARK.DOT.size / 2;
    expect(starts(groups[4]!.d)[0]).toEqual([MARK.DOT.x, 100 + MARK.DOT.y + r]);
    // The selection outline sits a gap outside the card.
    const g = MARK.SELECTION_GAP;
    expect(groups[7]!.d.startsWith(`M${-g + 16 + g} ${100 - g}`)).toBe(true);
  });

  it('keeps filtered-out cards in groups of their own, drawn faded', () => {
    const groups = markGroups([card('a', 0), card('b', 300, { dimmed: true })]);
    const cards = groups.filter((g) => g.part === 'card');
    expect(cards.map((g) => 'dimmed' in g && g.dimmed)).toEqual([false, true]);
  });

  it('draws no dot for a card without an emotion and no badge without frictions', () => {
    const parts = markGroups([card('a', 0)]).map((g) => g.part);
    expect(parts).toEqual(['card', 'band']);
  });

  it('reads cards from flow nodes, moving only the dragged ones by the offset', () => {
    const node = (id: string, x: number): CardNode => ({
      id,
      type: 'touchpoint',
      position: { x, y: 10 },
      width: 200,
      height: 96,
      selected: id === 'b',
      data: {
        title: id,
        kind: 'experience',
        channel: 'web',
        emotion: 2,
        frictionCount: 0,
        worstSeverity: null,
        csat: null,
        stageId: 's',
        departmentId: 'd',
        departmentName: 'D',
        departmentColor: '#000000',
        dimmed: false,
        lowest: false,
      },
    });
    const cards = markCards([node('a', 0), node('b', 300)], new Set(['b']), { x: 5, y: -7 });
    expect(cards.map((c) => [c.id, c.x, c.y, c.selected])).toEqual([
      ['a', 0, 10, false],
      ['b', 305, 3, true],
    ]);
    expect(cards[0]).toMatchObject({ kind: 'experience', emotion: 2, width: 200, height: 96 });
  });

  it('draws a connection from the source right side to an arrow tip on the target left side', () => {
    const edge = (
      id: string,
      source: string,
      target: string,
      selected = false,
    ): ConnectionEdge => ({
      id,
      type: 'connection',
      source,
      target,
      selected,
      data: { label: null, dimmed: false },
    });
    const groups = connectionGroups(
      [edge('e1', 'a', 'b'), edge('e2', 'b', 'c', true), edge('e3', 'a', 'gone')],
      [card('a', 0), card('b', 300), card('c', 600)],
    );
    expect(groups.map((g) => `${g.part}:${g.look}`)).toEqual([
      'edge:normal',
      'arrow:normal',
      'edge:selected',
      'arrow:selected',
    ]);
    expect(starts(groups[0]!.d)).toEqual([[200, 148]]);
    expect(groups[0]!.d.endsWith(`${300 - MARK.ARROW} 148`)).toBe(true);
    expect(groups[1]!.d).toBe(`M300 148l-${MARK.ARROW} -${MARK.ARROW / 2}v${MARK.ARROW}z`);
  });
});

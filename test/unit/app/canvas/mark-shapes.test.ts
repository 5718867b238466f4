import { markCard } from './mark-card.ts';
import { describe, expect, it } from 'vitest';
import {
  MARK,
  STRIDE,
  connectionGroups,
  markCards,
  markGroups,
  outline,
} from '../../../../src/app/canvas/mark-shapes.ts';
import type { CardNode, ConnectionEdge } from '../../../../src/app/canvas/flow-model.ts';

const card = markCard;

/** How many shapes a group holds. */
const count = (g: { part: keyof typeof STRIDE; shapes: number[] }) =>
  g.shapes.length / STRIDE[g.part];

describe('mark shapes', () => {
  it('grows a box by a gap on every side for outlines', () => {
    expect(outline(card('a', 10), 5)).toEqual([5, 95, 210, 106]);
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
    expect(count(groups[0]!)).toBe(2);
    expect(groups[0]!.shapes).toEqual([0, 100, 200, 96, 600, 100, 200, 96]);
    // A rounded (service) card's band is clear of its corners; a square one's is flush.
    expect(groups[2]!.shapes.slice(0, 4)).toEqual([10, 100, 180, MARK.BAND]);
    expect(groups[3]!.shapes).toEqual([300, 100, 200, MARK.BAND]);
    // a's emotion dot: the dot's box from the card corner, as the old stylesheet had it.
    const r = MARK.DOT.size / 2;
    expect(groups[4]!.shapes).toEqual([
      MARK.DOT.x + r,
      100 + MARK.DOT.y + r,
      r,
      300 + MARK.DOT.x + r,
      100 + MARK.DOT.y + r,
      r,
    ]);
    const b = MARK.BADGE;
    expect(groups[6]!.shapes).toEqual([
      200 - b.right - b.width,
      196 - b.bottom - b.height,
      b.width,
      b.height,
    ]);
    // The selection outline sits a gap outside the card.
    expect(groups[7]!.shapes).toEqual(outline(card('a', 0), MARK.SELECTION_GAP));
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
        assumedFrictions: 0,
        worstSeverity: null,
        csat: null,
        stageId: 's',
        departmentId: 'd',
        departmentName: 'D',
        departmentColor: '#000000',
        dimmed: false,
        lowest: false,
        changed: false,
        comments: 0,
        evidence: id === 'b' ? 'assumed' : null,
        source: null,
      },
    });
    const cards = markCards([node('a', 0), node('b', 300)], new Set(['b']), { x: 5, y: -7 });
    expect(cards.map((c) => [c.id, c.x, c.y, c.selected])).toEqual([
      ['a', 0, 10, false],
      ['b', 305, 3, true],
    ]);
    expect(cards[0]).toMatchObject({ kind: 'experience', emotion: 2, width: 200, height: 96 });
    expect(cards.map((c) => c.provisional)).toEqual([false, true]);
  });

  it('outlines assumed cards in one provisional group, before the selection, dimmed apart', () => {
    const groups = markGroups([
      card('a', 0, { provisional: true, selected: true }),
      card('b', 300),
      card('c', 600, { provisional: true, dimmed: true }),
    ]);
    const provisional = groups.filter((g) => g.part === 'provisional');
    expect(provisional.map((g) => ['dimmed' in g && g.dimmed, g.shapes])).toEqual([
      [false, [0, 100, 200, 96]],
      [true, [600, 100, 200, 96]],
    ]);
    const parts = groups.map((g) => g.part);
    expect(parts.lastIndexOf('provisional')).toBeLessThan(parts.indexOf('selected'));
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
    expect(groups[0]!.shapes).toEqual([200, 148, 300 - MARK.ARROW, 148]);
    expect(groups[1]!.shapes).toEqual([300, 148, 1, 0]);
    expect(groups[2]!.shapes).toEqual([500, 148, 600 - MARK.ARROW, 148]);
  });

  it('draws a routed connection along its route points, the arrow along the last leg', () => {
    const edge = (id: string, source: string, target: string): ConnectionEdge => ({
      id,
      type: 'connection',
      source,
      target,
      data: { label: null, dimmed: false },
    });
    // a's right side, down the gutter, then down into c's top side.
    const route = [
      { x: 200, y: 148 },
      { x: 250, y: 148 },
      { x: 250, y: 400 },
      { x: 700, y: 400 },
      { x: 700, y: 500 },
    ];
    const routeOf = (id: string) => (id === 'e1' ? route : null);
    const cards = [card('a', 0), card('b', 300), card('c', 600, { y: 500 })];
    const edges = [edge('e1', 'a', 'c'), edge('e2', 'a', 'b')];
    const groups = connectionGroups(edges, cards, routeOf);
    expect(groups.map((g) => g.part)).toEqual(['edge', 'route', 'arrow']);
    const [curve, routed, arrows] = groups;
    expect(curve!.shapes).toEqual([200, 148, 300 - MARK.ARROW, 148]);
    // The count, then the points, the last pulled back to the arrow's base.
    expect(routed!.shapes).toEqual([
      5,
      200,
      148,
      250,
      148,
      250,
      400,
      700,
      400,
      700,
      500 - MARK.ARROW,
    ]);
    expect(routed!.shapes.length).toBe(1 + 5 * STRIDE.route);
    // e1's tip at the route's end pointing down; e2's at b's left side pointing right.
    expect(arrows!.shapes).toEqual([700, 500, 0, 1, 300, 148, 1, 0]);

    // While c is dragged, e1's route leads to where c was: the curve again.
    const dragged = connectionGroups(edges, cards, routeOf, new Set(['c']));
    expect(dragged.map((g) => g.part)).toEqual(['edge', 'arrow']);
    expect(dragged[0]!.shapes).toEqual([200, 148, 600 - MARK.ARROW, 548, 200, 148, 260, 148]);
  });
});

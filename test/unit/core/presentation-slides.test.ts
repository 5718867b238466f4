import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Friction, JourneyMap, Severity, Touchpoint } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import {
  COLUMNS,
  LINES_PER_COLUMN,
  TOP_FRICTIONS_MAX,
  buildSlides,
  cardLines,
  clampRange,
  partTitle,
  type Slide,
  type StageSlide,
} from '../../../src/core/presentation-slides.ts';

let seq = 0;
const fr = (severity: Severity, text = 'It hurts'): Friction => ({
  id: `f${++seq}`,
  text,
  severity,
});

function tp(
  id: string,
  stageId: string,
  departmentId: string,
  emotion: Touchpoint['emotion'],
  extra: Partial<Touchpoint> = {},
): Touchpoint {
  return {
    id,
    title: `Title ${id}`,
    stageId,
    departmentId,
    kind: 'experience',
    channel: 'web',
    emotion,
    frictions: [],
    opportunities: [],
    position: { x: 16, y: 16 },
    ...extra,
  };
}

function makeMap(touchpoints: Touchpoint[], extra: Partial<JourneyMap> = {}): JourneyMap {
  return {
    format: 'touchmap',
    version: 1,
    id: 'm',
    title: 'Journey',
    stages: [
      { id: 's1', name: 'Aware' },
      { id: 's2', name: 'Buy' },
      { id: 's3', name: 'Use' },
    ],
    departments: [
      { id: 'd1', name: 'Sales', color: '#336699' },
      { id: 'd2', name: 'Support', color: '#993366' },
    ],
    touchpoints,
    connections: [],
    ...extra,
  };
}

const stageSlides = (slides: Slide[]) => slides.filter((s): s is StageSlide => s.kind === 'stage');
const kinds = (slides: Slide[]) => slides.map((s) => s.kind);

function hotelStay(): JourneyMap {
  const parsed = parse(readFileSync('assets/templates/hotel-stay.touchmap', 'utf8'));
  if (!parsed.ok) throw new Error('hotel-stay does not parse');
  return parsed.map;
}

describe('presentation slides', () => {
  it('makes a title slide, one slide per stage, lowest moments and top frictions', () => {
    const map = makeMap([tp('a', 's1', 'd1', -1), tp('b', 's2', 'd2', 1)], {
      persona: { name: 'Ada', goals: ['Buy fast'] },
    });
    const slides = buildSlides(map);
    expect(kinds(slides)).toEqual([
      'title',
      'persona',
      'stage',
      'stage',
      'stage',
      'lowest',
      'frictions',
    ]);
    expect(slides[0]).toMatchObject({ kind: 'title', title: 'Journey', stages: 3, touchpoints: 2 });
    expect(slides[1]).toMatchObject({
      kind: 'persona',
      name: 'Ada',
      parts: 1,
      blocks: [{ kind: 'goals', goals: ['Buy fast'], continued: false }],
    });
    expect(stageSlides(slides).map((s) => s.heading)).toEqual(['Aware', 'Buy', 'Use']);
    // The empty stage still gets its slide, with nothing on it.
    expect(stageSlides(slides)[2]!.columns).toEqual([]);
  });

  it('handles an empty map and a map without persona', () => {
    const empty = makeMap([], { stages: [], departments: [] });
    const slides = buildSlides(empty);
    expect(kinds(slides)).toEqual(['title', 'lowest', 'frictions']);
    expect(slides[0]).toMatchObject({ description: null, stages: 0, touchpoints: 0 });
    expect(slides[1]).toMatchObject({ moments: [], parts: 1 });
    expect(slides[2]).toMatchObject({ frictions: [], parts: 1 });
    expect(clampRange(empty, { first: 0, last: 2 })).toBeNull();
  });

  it('groups a stage by department and draws the curve of rated touchpoints in journey order', () => {
    const map = makeMap([
      tp('late', 's1', 'd1', 2, { position: { x: 300, y: 0 } }),
      tp('early', 's1', 'd2', -2, { position: { x: 10, y: 0 } }),
      tp('unrated', 's1', 'd1', null, { position: { x: 100, y: 0 } }),
      tp('other', 's2', 'd1', 0),
    ]);
    const [first] = stageSlides(buildSlides(map));
    expect(first!.columns.flat().map((g) => [g.name, g.cards.map((c) => c.touchpointId)])).toEqual([
      ['Sales', ['unrated', 'late']],
      ['Support', ['early']],
    ]);
    expect(first!.curve.map((p) => [p.touchpointId, p.emotion])).toEqual([
      ['early', -2],
      ['late', 2],
    ]);
    expect(first!.unrated).toBe(1);
    const unrated = first!.columns.flat()[0]!.cards[0]!;
    expect(unrated.emotion).toBeNull();
  });

  it('orders a card’s frictions worst first', () => {
    const map = makeMap([tp('a', 's1', 'd1', 0, { frictions: [fr('low'), fr('high')] })]);
    const card = stageSlides(buildSlides(map))[0]!.columns[0]![0]!.cards[0]!;
    expect(card.frictions.map((f) => f.severity)).toEqual(['high', 'low']);
  });

  it('cuts a full stage into continuation slides instead of shrinking it', () => {
    const long = 'Waited forty minutes on hold before anyone answered the call';
    const touchpoints = Array.from({ length: 12 }, (_, i) =>
      tp(`t${i}`, 's2', i % 2 ? 'd1' : 'd2', -1, {
        position: { x: i * 10, y: 0 },
        frictions: [fr('high', long), fr('medium', long)],
      }),
    );
    const slides = stageSlides(buildSlides(makeMap(touchpoints))).filter(
      (s) => s.heading === 'Buy',
    );
    expect(slides.length).toBeGreaterThan(1);
    slides.forEach((slide, i) => {
      expect(slide.part).toBe(i + 1);
      expect(slide.parts).toBe(slides.length);
      expect(slide.columns.length).toBeLessThanOrEqual(COLUMNS);
      for (const column of slide.columns) {
        const lines = column.reduce(
          (sum, g) => sum + 1 + g.cards.reduce((n, c) => n + cardLines(c), 0),
          0,
        );
        expect(lines).toBeLessThanOrEqual(LINES_PER_COLUMN);
      }
      // Every part shows the whole stage's curve.
      expect(slide.curve).toHaveLength(12);
    });
    const shown = slides.flatMap((s) => s.columns.flat().flatMap((g) => g.cards));
    expect(
      shown
        .filter((c) => !c.continued)
        .map((c) => c.touchpointId)
        .sort(),
    ).toEqual(touchpoints.map((t) => t.id).sort());
    expect(partTitle('Buy', 2, 3)).toBe('Buy (2/3)');
    expect(partTitle('Buy', 1, 1)).toBe('Buy');
  });

  it('continues a card whose frictions do not fit in one column', () => {
    const text = 'The booking page timed out and lost every detail we had typed in';
    const frictions = Array.from({ length: 8 }, () => fr('high', text));
    const map = makeMap([tp('a', 's1', 'd1', -2, { frictions })]);
    const slides = stageSlides(buildSlides(map)).filter((s) => s.heading === 'Aware');
    const pieces = slides.flatMap((s) => s.columns.flat().flatMap((g) => g.cards));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((c) => c.continued)).toEqual(pieces.map((_, i) => i > 0));
    expect(pieces.flatMap((c) => c.frictions)).toHaveLength(8);
    for (const piece of pieces) expect(cardLines(piece) + 1).toBeLessThanOrEqual(LINES_PER_COLUMN);
  });

  it('presents a chosen range, one stage each or together', () => {
    const map = makeMap([
      tp('a', 's1', 'd1', -2, { frictions: [fr('high', 'A hurts')] }),
      tp('b', 's2', 'd1', -1, { frictions: [fr('low', 'B hurts')] }),
      tp('c', 's3', 'd2', 1),
    ]);
    const each = buildSlides(map, { range: { first: 1, last: 2 } });
    expect(stageSlides(each).map((s) => s.heading)).toEqual(['Buy', 'Use']);
    // The summary slides speak of the range only.
    const lowest = each.find((s) => s.kind === 'lowest');
    expect(lowest).toMatchObject({ moments: [{ touchpointId: 'b', stage: 'Buy' }] });
    const frictions = each.find((s) => s.kind === 'frictions');
    expect(frictions).toMatchObject({ frictions: [{ text: 'B hurts', stage: 'Buy' }] });

    const together = stageSlides(
      buildSlides(map, { range: { first: 0, last: 2 }, together: true }),
    );
    expect(together).toHaveLength(1);
    expect(together[0]!.heading).toBe('Aware – Use');
    expect(together[0]!.curve.map((p) => p.touchpointId)).toEqual(['a', 'b', 'c']);
    // Out-of-range and reversed ranges are clamped and put in order.
    expect(clampRange(map, { first: 5, last: -3 })).toEqual({ first: 0, last: 2 });
  });

  it('ranks the top frictions by severity, then journey order', () => {
    const map = makeMap([
      tp('a', 's1', 'd1', 0, { frictions: [fr('low', 'first low'), fr('high', 'first high')] }),
      tp('b', 's2', 'd1', 0, {
        frictions: Array.from({ length: TOP_FRICTIONS_MAX }, (_, i) => fr('medium', `m${i}`)),
      }),
    ]);
    const slides = buildSlides(map).filter((s) => s.kind === 'frictions');
    const all = slides.flatMap((s) => (s.kind === 'frictions' ? s.frictions : []));
    expect(all).toHaveLength(TOP_FRICTIONS_MAX);
    expect(all[0]).toMatchObject({ text: 'first high', severity: 'high', touchpoint: 'Title a' });
    expect(all.slice(1).every((f) => f.severity === 'medium')).toBe(true);
  });

  it('has no low moments when every rated touchpoint is neutral or better, or unrated', () => {
    const map = makeMap([tp('a', 's1', 'd1', null), tp('b', 's1', 'd1', 0)]);
    const lowest = buildSlides(map).find((s) => s.kind === 'lowest');
    expect(lowest).toMatchObject({ moments: [] });
    expect(stageSlides(buildSlides(map))[0]!.curve.map((p) => p.touchpointId)).toEqual(['b']);
  });

  it('presents hotel-stay with every touchpoint on a stage slide', () => {
    const map = hotelStay();
    const slides = buildSlides(map);
    const shown = stageSlides(slides).flatMap((s) => s.columns.flat().flatMap((g) => g.cards));
    expect(shown).toHaveLength(map.touchpoints.length);
    expect(slides[1]).toMatchObject({ name: 'Fiona Mackay' });
  });
});

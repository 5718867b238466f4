/**
 * The export's filters on the map: which cards are kept (departments, kinds, evidence) and
 * which lanes are drawn. Empty lanes are left out unless asked for; a map with no touchpoint
 * keeps its whole grid.
 */
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { applyFilter } from '../../../src/pdf/filter.ts';
import { mapOf } from '../map-parts.ts';
import { touchpoint } from './maps.ts';

function map(): JourneyMap {
  return mapOf({
    id: 'lanes',
    title: 'Lanes',
    stages: [
      { id: 's1', name: 'Search' },
      { id: 's2', name: 'Stay' },
    ],
    departments: [
      { id: 'd1', name: 'Marketing', color: '#d9734e' },
      { id: 'd2', name: 'Legal', color: '#3f88c5' },
      { id: 'd3', name: 'Front desk', color: '#5a9e6f' },
      { id: 'd4', name: 'Finance', color: '#8a6fc0' },
    ],
    touchpoints: [
      touchpoint('t1', 's1', 'd1', 'Ad', 16, 16),
      touchpoint('t2', 's2', 'd3', 'Check-in', 16, 16, { kind: 'service' }),
    ],
    connections: [{ id: 'c1', from: 't1', to: 't2' }],
  });
}

const ALL = { departments: null, kinds: null, filterMode: 'dim' } as const;
const lanes = (m: JourneyMap) => m.departments.map((d) => d.id);
const ids = (m: JourneyMap) => m.touchpoints.map((t) => t.id);

describe('the evidence filter', () => {
  /** t1 assumed, t2 observed (service), t3 not marked. */
  function marked(): JourneyMap {
    const m = map();
    return {
      ...m,
      touchpoints: [
        { ...m.touchpoints[0]!, evidence: 'assumed' },
        { ...m.touchpoints[1]!, evidence: 'observed' },
        touchpoint('t3', 's2', 'd1', 'Survey', 16, 16),
      ],
    };
  }

  it('keeps only the cards with the marks asked for, and their connections', () => {
    const assumed = applyFilter(marked(), { ...ALL, evidence: ['assumed'], filterMode: 'omit' });
    expect(ids(assumed.kept)).toEqual(['t1']);
    expect(ids(assumed.drawn)).toEqual(['t1']);
    expect(assumed.kept.connections).toEqual([]);
    expect(assumed.filtered).toBe(true);
    const unmarked = applyFilter(marked(), { ...ALL, evidence: ['unmarked'] });
    expect(ids(unmarked.kept)).toEqual(['t3']);
    // Dimmed: everything is drawn, only the kept are at full strength.
    expect(ids(unmarked.drawn)).toEqual(['t1', 't2', 't3']);
    expect([...unmarked.keptIds]).toEqual(['t3']);
    expect(unmarked.dimming).toBe(true);
  });

  it('combines with the kind filter; every mark, or none given, keeps everything', () => {
    const m = marked();
    const serviceAssumed = applyFilter(m, { ...ALL, kinds: ['service'], evidence: ['assumed'] });
    expect(ids(serviceAssumed.kept)).toEqual([]);
    const either = applyFilter(m, { ...ALL, evidence: ['assumed', 'observed'] });
    expect(ids(either.kept)).toEqual(['t1', 't2']);
    for (const evidence of [
      null,
      undefined,
      ['observed', 'reported', 'assumed', 'unmarked'],
    ] as const) {
      const all = applyFilter(m, { ...ALL, ...(evidence !== undefined && { evidence }) });
      expect(all.filtered).toBe(false);
      expect(all.kept).toBe(m);
    }
  });
});

describe('empty lanes', () => {
  it('are left out of the drawing by default, and kept in what the appendix describes', () => {
    const f = applyFilter(map(), ALL);
    expect(lanes(f.drawn)).toEqual(['d1', 'd3']);
    expect(lanes(f.kept)).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(f.drawn.touchpoints).toHaveLength(2);
    expect(f.drawn.connections).toHaveLength(1);
  });

  it('are drawn when asked for', () => {
    expect(lanes(applyFilter(map(), { ...ALL, emptyLanes: true }).drawn)).toEqual([
      'd1',
      'd2',
      'd3',
      'd4',
    ]);
  });

  it('count dimmed cards as content; left-out cards do not', () => {
    const service = { ...ALL, kinds: ['service' as const] };
    // Dimmed: Marketing's card is drawn as a ghost, so its lane stays.
    expect(lanes(applyFilter(map(), service).drawn)).toEqual(['d1', 'd3']);
    // Omitted: Marketing has nothing left to draw.
    expect(lanes(applyFilter(map(), { ...service, filterMode: 'omit' }).drawn)).toEqual(['d3']);
    expect(
      lanes(applyFilter(map(), { ...service, filterMode: 'omit', emptyLanes: true }).drawn),
    ).toEqual(['d1', 'd2', 'd3', 'd4']);
  });

  it('are all kept when no lane has a touchpoint (a blank grid to fill in by hand)', () => {
    const blank = { ...map(), touchpoints: [], connections: [] };
    expect(lanes(applyFilter(blank, ALL).drawn)).toEqual(['d1', 'd2', 'd3', 'd4']);
    // The filters keep nothing: the selected lanes stay, as a blank grid.
    const none = applyFilter(map(), {
      departments: ['d2', 'd4'],
      kinds: null,
      filterMode: 'omit',
    });
    expect(lanes(none.drawn)).toEqual(['d2', 'd4']);
  });
});

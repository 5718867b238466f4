/** The filter bar's evidence filter, alone and with the others: every filter set must match. */
import { describe, expect, it } from 'vitest';
import { isFiltering, matchesFilters, searchNeedle } from '../../../../src/app/canvas/filters.ts';
import type { EvidenceLevel, Touchpoint } from '../../../../src/core/model.ts';
import type { Filters } from '../../../../src/app/store/view-store.ts';

const ALL: Filters = { kind: 'all', departmentId: null, search: '', evidence: 'all' };

function card(id: string, evidence: EvidenceLevel | undefined, extra: Partial<Touchpoint> = {}) {
  return {
    id,
    stageId: 's1',
    departmentId: 'd1',
    title: `Card ${id}`,
    kind: 'service',
    channel: 'web',
    emotion: null,
    frictions: [],
    opportunities: [],
    position: { x: 0, y: 0 },
    ...(evidence !== undefined && { evidence }),
    ...extra,
  } satisfies Touchpoint;
}

const CARDS = [
  card('seen', 'observed'),
  card('told', 'reported'),
  card('guess', 'assumed'),
  card('blank', undefined),
  card('guess-elsewhere', 'assumed', { departmentId: 'd2', kind: 'experience' }),
];

const shown = (filters: Filters): string[] =>
  CARDS.filter((tp) => matchesFilters(tp, filters, searchNeedle(filters))).map((tp) => tp.id);

describe('the evidence filter', () => {
  it('counts as filtering only when a level is chosen', () => {
    expect(isFiltering(ALL)).toBe(false);
    expect(isFiltering({ ...ALL, evidence: 'assumed' })).toBe(true);
    expect(isFiltering({ ...ALL, evidence: 'none' })).toBe(true);
  });

  it('keeps the cards of the chosen level, or the unmarked ones for "none"', () => {
    expect(shown(ALL)).toEqual(CARDS.map((tp) => tp.id));
    expect(shown({ ...ALL, evidence: 'observed' })).toEqual(['seen']);
    expect(shown({ ...ALL, evidence: 'reported' })).toEqual(['told']);
    expect(shown({ ...ALL, evidence: 'assumed' })).toEqual(['guess', 'guess-elsewhere']);
    expect(shown({ ...ALL, evidence: 'none' })).toEqual(['blank']);
  });

  it('combines with kind, department and search: a card must match them all', () => {
    expect(shown({ ...ALL, evidence: 'assumed', departmentId: 'd1' })).toEqual(['guess']);
    expect(shown({ ...ALL, evidence: 'assumed', kind: 'experience' })).toEqual(['guess-elsewhere']);
    expect(shown({ ...ALL, evidence: 'assumed', search: 'elsewhere' })).toEqual([
      'guess-elsewhere',
    ]);
    expect(shown({ ...ALL, evidence: 'observed', search: 'guess' })).toEqual([]);
  });
});

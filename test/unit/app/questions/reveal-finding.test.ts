import { describe, expect, it } from 'vitest';
import { revealFinding } from '../../../../src/app/panels/questions/reveal-finding.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { checkMap } from '../../../../src/core/checks/index.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';
import { quietMap, withTouchpoint } from '../../core/checks/map-builder.ts';

/** Tp-3 unrated, stage Use empty, a customer row without notes. */
function map(): JourneyMap {
  const base = quietMap({
    stages: [...quietMap().stages, { id: 'st-c', name: 'Use' }],
    rows: [
      { id: 'row-c', type: 'customer' },
      { id: 'row-m', type: 'department', departmentId: 'dep-m' },
      { id: 'row-cs', type: 'department', departmentId: 'dep-customer-service' },
    ],
  });
  return withTouchpoint(base, 'tp-3', { emotion: null });
}

const findingOf = (m: JourneyMap, rule: string) => checkMap(m).find((f) => f.rule === rule)!;

describe('revealFinding', () => {
  it('selects and reveals the touchpoint a finding is about', () => {
    const view = createViewStore();
    const m = map();
    expect(revealFinding(view, m, findingOf(m, 'touchpoint-no-emotion'))).toBe(true);
    expect(view.getState().selection).toEqual({ touchpoints: ['tp-3'], connections: [] });
    expect(view.getState().reveal?.touchpointId).toBe('tp-3');
  });

  it('puts the cell cursor on the first cell of a stage', () => {
    const view = createViewStore();
    const m = map();
    view.getState().select({ touchpoints: ['tp-1'], connections: [] });
    expect(revealFinding(view, m, findingOf(m, 'stage-empty'))).toBe(true);
    expect(view.getState().selection.touchpoints).toEqual([]);
    expect(view.getState().cursor).toMatchObject({ stageId: 'st-c', departmentId: 'dep-m' });
  });

  it('shows a note row at its first stage, and says false when the element is gone', () => {
    const view = createViewStore();
    const m = map();
    const row = findingOf(m, 'row-empty');
    expect(row.target).toEqual({ type: 'row', id: 'row-c' });
    expect(revealFinding(view, m, row)).toBe(true);
    expect(view.getState().cursor).toMatchObject({ stageId: 'st-a' });
    const gone = { ...m, touchpoints: m.touchpoints.filter((t) => t.id !== 'tp-3') };
    expect(revealFinding(view, gone, findingOf(m, 'touchpoint-no-emotion'))).toBe(false);
    expect(revealFinding(view, { ...m, rows: [] }, row)).toBe(false);
  });
});

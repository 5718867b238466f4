/**
 * Showing what a finding is about, as the review panel shows a change: a touchpoint is
 * selected and scrolled into view, a stage or department gets the cell cursor at its first
 * cell. A customer, evidence, thoughts or notes row has no place of its own to select: its
 * first stage's cell cursor is the nearest thing.
 */
import type { Finding } from '../../../core/checks/index.ts';
import type { JourneyMap } from '../../../core/model.ts';
import type { ViewStore } from '../../store/view-store.ts';
import { revealElement } from '../review/reveal.ts';

/** False when the map no longer has the element. */
export function revealFinding(view: ViewStore, map: JourneyMap, finding: Finding): boolean {
  const { type, id } = finding.target;
  if (type !== 'row') return revealElement(view, map, type, id);
  if (!(map.rows ?? []).some((row) => row.id === id)) return false;
  const stage = map.stages[0];
  return stage === undefined ? false : revealElement(view, map, 'stage', stage.id);
}

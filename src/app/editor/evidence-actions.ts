/**
 * Marking the selected cards' evidence (observed, reported, assumed, or none) from a key,
 * the command palette or the menu: one undo step for the whole selection.
 */
import type { EvidenceLevel } from '../../core/model.ts';
import { setTouchpointsEvidence } from '../../core/ops/index.ts';
import { EVIDENCE_TERMS } from '../../core/vocabulary.ts';
import { tryApply, type EditContext } from './edit-actions.ts';

export function markSelectedEvidence(
  ctx: EditContext,
  evidence: EvidenceLevel | undefined,
): boolean {
  const ids = ctx.view.getState().selection.touchpoints;
  if (ids.length === 0) {
    ctx.ui.getState().say('Select a touchpoint first (arrows or Tab).');
    return false;
  }
  const before = ctx.document.getState().map;
  const ok = tryApply(ctx, (map) => setTouchpointsEvidence(map, ids, evidence));
  if (!ok || ctx.document.getState().map === before) return ok;
  const word = evidence === undefined ? 'Evidence cleared' : EVIDENCE_TERMS[evidence].word;
  const count = ids.length;
  ctx.ui
    .getState()
    .say(`${word}: ${count} touchpoint${count === 1 ? '' : 's'}. Undo to take it back.`);
  return true;
}

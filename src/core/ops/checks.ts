/**
 * Switching a map check off or on for this map (`checks.disabled`, one undo step).
 *
 * Ids this version does not know stay in the list (a newer version's rules). Switching the
 * last rule back on removes the `checks` key, unless it carries other keys: a map whose
 * checks are all on is saved as it was before anyone touched them.
 */
import { isCheckRuleId } from '../checks/rules.ts';
import type { JourneyMap } from '../model.ts';
import { OperationError } from './errors.ts';
import { omitKey } from './patch.ts';

export function setCheckEnabled(map: JourneyMap, ruleId: string, enabled: boolean): JourneyMap {
  const disabled = map.checks?.disabled ?? [];
  const isOff = disabled.includes(ruleId);
  if (enabled !== isOff) return map;
  if (!enabled) {
    if (!isCheckRuleId(ruleId)) throw new OperationError(`there is no map check "${ruleId}"`);
    return { ...map, checks: { ...map.checks, disabled: [...disabled, ruleId] } };
  }
  const rest = disabled.filter((id) => id !== ruleId);
  const checks = { ...map.checks, disabled: rest };
  if (rest.length === 0 && Object.keys(checks).length === 1) return omitKey(map, 'checks');
  return { ...map, checks };
}

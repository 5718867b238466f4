/**
 * The map checks ("Questions to resolve"): one pure function from a map to its findings,
 * shared by the app's panel and `touchmap check`. Rules switched off in the map's
 * `checks.disabled` are not run; ids there this version does not know are left alone (a
 * newer version's rules), and the ops keep them.
 */
import type { JourneyMap } from '../model.ts';
import { checkContext, type CheckContext, type Finding } from './finding.ts';
import { emptyRows, rowsOutOfLayerOrder } from './row-checks.ts';
import { CHECK_RULE_IDS, type CheckRuleId } from './rules.ts';
import {
  emptyStages,
  stagesAllAssumed,
  stagesWithManyHandoffs,
  stagesWithoutCustomerAction,
} from './stage-checks.ts';
import {
  highFrictionsWithoutOpportunity,
  serviceTouchpointsElsewhere,
  touchpointsWithoutEmotion,
} from './touchpoint-checks.ts';

export type { Finding } from './finding.ts';
export { CHECK_RULES, CHECK_RULE_LIST, CHECK_SEVERITY_WORDS } from './rules.ts';

const RUNS: Readonly<Record<CheckRuleId, (ctx: CheckContext) => Finding[]>> = {
  'stage-no-customer-action': stagesWithoutCustomerAction,
  'touchpoint-no-emotion': touchpointsWithoutEmotion,
  'friction-no-opportunity': highFrictionsWithoutOpportunity,
  'stage-handoffs': stagesWithManyHandoffs,
  'service-owner': serviceTouchpointsElsewhere,
  'row-layer-order': rowsOutOfLayerOrder,
  'stage-all-assumed': stagesAllAssumed,
  'stage-empty': emptyStages,
  'row-empty': emptyRows,
};

/** Every finding of the rules that are on, rule by rule in table order, each in map order. */
export function checkMap(map: JourneyMap): Finding[] {
  const disabled = new Set(map.checks?.disabled ?? []);
  const ctx = checkContext(map);
  return CHECK_RULE_IDS.filter((id) => !disabled.has(id)).flatMap((id) => RUNS[id](ctx));
}

/** The journey-map words around the grid: the scenario and what the customer expects at each stage. */
import type { JourneyMap } from '../model.ts';
import { stageSchema } from '../schema.ts';
import { replaceById } from './lists.ts';
import { applyPatch, omitKey } from './patch.ts';
import { check } from './validate.ts';

/** `undefined` or blank text removes the scenario. */
export function setScenario(map: JourneyMap, scenario: string | undefined): JourneyMap {
  if (scenario === undefined || scenario.trim() === '') return omitKey(map, 'scenario');
  return { ...map, scenario };
}

/** `undefined` or blank text removes the stage's expectations. */
export function setStageExpectations(
  map: JourneyMap,
  stageId: string,
  expectations: string | undefined,
): JourneyMap {
  const value = expectations === undefined || expectations.trim() === '' ? undefined : expectations;
  const stages = replaceById(map.stages, stageId, 'stage', (stage) => {
    const next = applyPatch(stage, { expectations: value });
    check(stageSchema, next, `stage "${stageId}"`);
    return next;
  });
  return { ...map, stages };
}

/** Small maps built by hand for the check rules: every rule quiet unless a test breaks it. */
import type { JourneyMap, Touchpoint } from '../../../../src/core/model.ts';
import { mapOf, touchpointOf } from '../../map-parts.ts';

export function tp(id: string, overrides: Partial<Touchpoint> = {}): Touchpoint {
  return touchpointOf(id, 'st-a', 'dep-m', { title: `Card ${id}`, emotion: 1, ...overrides });
}

/** Two stages (Look, Buy), two frontstage departments (Marketing, Customer Service), a card in each cell. */
export function quietMap(overrides: Partial<JourneyMap> = {}): JourneyMap {
  return mapOf({
    id: 'map-checks',
    title: 'Checks',
    stages: [
      { id: 'st-a', name: 'Look' },
      { id: 'st-b', name: 'Buy' },
    ],
    departments: [
      { id: 'dep-m', name: 'Marketing', color: '#d9734e' },
      { id: 'dep-customer-service', name: 'Customer Service', color: '#3f88c5' },
    ],
    touchpoints: [
      tp('tp-1'),
      tp('tp-2', { departmentId: 'dep-customer-service', kind: 'service' }),
      tp('tp-3', { stageId: 'st-b' }),
      tp('tp-4', { stageId: 'st-b', departmentId: 'dep-customer-service' }),
    ],
    ...overrides,
  });
}

export function withTouchpoint(
  map: JourneyMap,
  id: string,
  patch: Partial<Touchpoint>,
): JourneyMap {
  return {
    ...map,
    touchpoints: map.touchpoints.map((t) => (t.id === id ? { ...t, ...patch } : t)),
  };
}

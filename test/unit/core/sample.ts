/** A small valid map as raw JSON, fresh for each call, for tests to break in one place. */
export function sampleDocument(): Record<string, any> {
  return {
    format: 'touchmap',
    version: 1,
    id: 'map-1',
    title: 'Sample journey',
    stages: [
      { id: 'st-a', name: 'Awareness' },
      { id: 'st-b', name: 'Purchase' },
    ],
    departments: [
      { id: 'dep-m', name: 'Marketing', color: '#d9734e' },
      { id: 'dep-cs', name: 'Customer Service', color: '#3f88c5' },
    ],
    touchpoints: [
      {
        id: 'tp-1',
        title: 'Sees an ad',
        stageId: 'st-a',
        departmentId: 'dep-m',
        kind: 'experience',
        channel: 'social',
        emotion: 1,
        frictions: [{ id: 'fr-1', text: 'Too many ads', severity: 'low' }],
        opportunities: [{ id: 'op-1', text: 'Target better' }],
        position: { x: 16, y: 16 },
      },
      {
        id: 'tp-2',
        title: 'Calls support',
        stageId: 'st-b',
        departmentId: 'dep-cs',
        kind: 'service',
        channel: 'phone',
        emotion: -2,
        csat: 2.5,
        position: { x: 16, y: 16 },
      },
    ],
    connections: [{ id: 'cn-1', from: 'tp-1', to: 'tp-2' }],
  };
}

export const text = (document: unknown) => JSON.stringify(document, null, 2);

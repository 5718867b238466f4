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

/** The sample with every service-blueprint key, as raw JSON, fresh for each call. */
export function sampleBlueprintDocument(): Record<string, any> {
  const document = sampleDocument();
  document.scenario = 'Buys a bike online';
  document.state = 'future';
  document.basedOn = { id: 'map-0', title: 'Today' };
  document.checks = { disabled: ['empty-row'] };
  document.stages[0].expectations = 'Clear prices';
  document.departments[1].layer = 'backstage';
  document.touchpoints[0].evidence = 'observed';
  document.touchpoints[0].source = 'Interview 4';
  document.touchpoints[0].frictions[0].evidence = 'assumed';
  document.rows = [
    { id: 'row-e', type: 'emotion', hidden: false },
    { id: 'row-c', type: 'customer', name: 'Does' },
    { id: 'row-m', type: 'department', departmentId: 'dep-m' },
    { id: 'row-cs', type: 'department', departmentId: 'dep-cs', hidden: true },
    { id: 'row-n', type: 'notes', name: 'Questions' },
  ];
  document.notes = [
    { id: 'nt-1', rowId: 'row-c', stageId: 'st-a', text: 'Scrolls', evidence: 'reported' },
    { id: 'nt-2', rowId: 'row-n', stageId: 'st-b', text: 'Why?' },
  ];
  return document;
}

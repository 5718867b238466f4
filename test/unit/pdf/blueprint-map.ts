/**
 * A service blueprint for the PDF tests, made from the hotel-stay template: every row type
 * (physical evidence, customer actions, emotion, three layers of departments, thoughts, a
 * named notes row, pain points, ideas), notes in most stages (one long, some assumed),
 * assumed touchpoints and frictions, a scenario and each stage's expectations.
 */
import { join } from 'node:path';
import type { Department, JourneyMap, Note, Row } from '../../../src/core/model.ts';
import { TEMPLATE_DIR, loadMap } from './helpers.ts';

const LAYERS: Record<string, Department['layer']> = {
  'dep-operations': 'backstage',
  'dep-housekeeping': 'backstage',
  'dep-product': 'support',
  'dep-billing': 'support',
};

export const LONG_NOTE =
  'Reads the confirmation email twice on the train, checks that the family room has two extra beds, and screenshots the booking reference in case the hotel wifi is down on arrival';

export function blueprintMap(): JourneyMap {
  const hotel = loadMap(join(TEMPLATE_DIR, 'hotel-stay.touchmap'));
  const departments = hotel.departments.map((d) =>
    LAYERS[d.id] ? { ...d, layer: LAYERS[d.id] } : d,
  );
  const ordered = ['frontstage', 'backstage', 'support'].flatMap((layer) =>
    departments.filter((d) => (d.layer ?? 'frontstage') === layer),
  );
  const rows: Row[] = [
    { id: 'row-evidence', type: 'evidence' },
    { id: 'row-customer', type: 'customer' },
    { id: 'row-emotion', type: 'emotion' },
    ...ordered.map((d): Row => ({ id: `row-${d.id}`, type: 'department', departmentId: d.id })),
    { id: 'row-thoughts', type: 'thoughts' },
    { id: 'row-quotes', type: 'notes', name: 'Staff quotes' },
    { id: 'row-pains', type: 'pains' },
    { id: 'row-ideas', type: 'ideas' },
  ];
  const notes: Note[] = [];
  hotel.stages.forEach((stage, i) => {
    const add = (rowId: string, text: string, evidence?: Note['evidence']): void => {
      notes.push({
        id: `note-${notes.length + 1}`,
        rowId,
        stageId: stage.id,
        text,
        ...(evidence ? { evidence } : {}),
      });
    };
    add(
      'row-customer',
      `Fiona acts in ${stage.name.toLowerCase()}`,
      i % 3 === 2 ? 'assumed' : 'observed',
    );
    if (i === 2) add('row-customer', LONG_NOTE, 'reported');
    if (i % 2 === 0) add('row-evidence', `Receipt number ${i + 1} from the front desk`);
    add(
      'row-thoughts',
      `Will the kids like ${stage.name.toLowerCase()}?`,
      i === 4 ? 'assumed' : undefined,
    );
    if (i === 3) add('row-quotes', '"We never see the booking notes before they arrive"');
  });
  const touchpoints = hotel.touchpoints.map((tp, i) => ({
    ...tp,
    ...(i % 4 === 1 ? { evidence: 'assumed' as const } : {}),
    frictions: tp.frictions.map((f, j) =>
      j === 0 && i % 2 === 0 ? { ...f, evidence: 'assumed' as const } : f,
    ),
  }));
  return {
    ...hotel,
    title: 'Hotel stay service blueprint',
    scenario: 'A family of four books a long weekend in York on a phone, weeks ahead',
    stages: hotel.stages.map((s, i) =>
      i % 2 === 0 ? { ...s, expectations: `A clear answer at ${s.name.toLowerCase()}, fast` } : s,
    ),
    departments,
    touchpoints,
    rows,
    notes,
  };
}

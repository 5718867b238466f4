/** The bundled templates' journey-map and blueprint parts (issue 11): scenario, expectations, rows, notes, evidence. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { layerOf, resolveRows } from '../../../src/core/rows.ts';

const DIR = 'assets/templates';

function template(file: string): JourneyMap {
  const result = parse(readFileSync(`${DIR}/${file}`, 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  expect(result.notes).toEqual([]);
  return result.map;
}

const journeys = readdirSync(DIR).filter((f) => f.endsWith('.touchmap') && f !== 'blank.touchmap');

describe('the bundled journeys', () => {
  it.each(journeys)('%s has a scenario and an expectation for every stage', (file) => {
    const map = template(file);
    expect(map.scenario?.length).toBeGreaterThan(40);
    for (const stage of map.stages)
      expect(stage.expectations?.length, stage.id).toBeGreaterThan(10);
  });
});

describe('the service blueprint template', () => {
  const map = template('service-blueprint-family-weekend.touchmap');
  const rows = resolveRows(map);

  it('has customer actions, physical evidence and thoughts rows, and every layer in order', () => {
    const types = rows.map((r) => r.type);
    for (const type of ['emotion', 'customer', 'evidence', 'thoughts', 'pains', 'ideas']) {
      expect(types).toContain(type);
    }
    const layers = rows.flatMap((r) =>
      r.type === 'department'
        ? [layerOf(map.departments.find((d) => d.id === r.departmentId)!)]
        : [],
    );
    expect(layers).toEqual([...layers].sort((a, b) => order(a) - order(b)));
    expect(new Set(layers)).toEqual(new Set(['frontstage', 'backstage', 'support']));
    // The customer's actions sit right above the first frontstage department: the line of interaction.
    const customer = types.indexOf('customer');
    expect(rows[customer + 1]).toMatchObject({ type: 'department' });
    expect(map.rows).toEqual(rows);
  });

  it('has notes of every note row in every stage, and evidence marks of all three levels', () => {
    for (const stage of map.stages) {
      for (const type of ['customer', 'evidence', 'thoughts']) {
        const row = rows.find((r) => r.type === type)!;
        const here = map.notes!.filter((n) => n.stageId === stage.id && n.rowId === row.id);
        expect(here.length, `${stage.name} / ${type}`).toBeGreaterThan(0);
      }
    }
    const marks = [
      ...map.touchpoints.map((t) => t.evidence),
      ...map.touchpoints.flatMap((t) => t.frictions.map((f) => f.evidence)),
      ...map.notes!.map((n) => n.evidence),
    ];
    expect(new Set(marks)).toEqual(new Set(['observed', 'reported', 'assumed']));
    expect(map.touchpoints.some((t) => t.source !== undefined)).toBe(true);
    expect(map.touchpoints.every((t) => map.stages.some((s) => s.id === t.stageId))).toBe(true);
  });
});

const order = (layer: string): number => ['frontstage', 'backstage', 'support'].indexOf(layer);

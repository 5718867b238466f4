/** map -> CSV -> map keeps everything a CSV file carries (core/table-export.ts says what). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOverlap } from '../../../src/core/slots.ts';
import { mapToCsv } from '../../../src/tables/csv.ts';
import { importTableFile } from '../../../src/tables/import-file.ts';
import { tableMap, touchpointView, usedDepartmentNames, usedStageNames } from './table-maps.ts';

const OPTIONS = { id: 'imported', title: 'Imported', now: '2026-12-07T00:00:00Z' };
const importCsv = (bytes: Uint8Array) => importTableFile('t.csv', bytes, OPTIONS);

describe('CSV round trip', () => {
  it('keeps every touchpoint field, frictions and opportunities, stage order and names', async () => {
    await fc.assert(
      fc.asyncProperty(tableMap, async (map) => {
        const result = await importCsv(mapToCsv(map));
        if (map.touchpoints.length === 0) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const back = result.map;
        expect(touchpointView(back, 'map', false)).toEqual(touchpointView(map, 'table', false));
        expect(back.stages.map((s) => s.name)).toEqual(usedStageNames(map));
        expect(usedDepartmentNames(back)).toEqual(usedDepartmentNames(map));
        // Cards of one cell never overlap after the import.
        for (const stage of back.stages)
          for (const department of back.departments) {
            const cell = back.touchpoints.filter(
              (tp) => tp.stageId === stage.id && tp.departmentId === department.id,
            );
            expect(anyOverlap(cell.map((tp) => tp.position))).toBe(false);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('reads its own output the same twice (the same bytes again)', async () => {
    await fc.assert(
      fc.asyncProperty(tableMap, async (map) => {
        fc.pre(map.touchpoints.length > 0);
        const first = await importCsv(mapToCsv(map));
        if (!first.ok) throw new Error(JSON.stringify(first.problems));
        const bytes = mapToCsv(first.map);
        const second = await importCsv(bytes);
        if (!second.ok) throw new Error(JSON.stringify(second.problems));
        expect(mapToCsv(second.map)).toEqual(bytes);
      }),
      { numRuns: 100 },
    );
  });
});

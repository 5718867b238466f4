/**
 * Random sequences of ops: each one either returns a map that survives a save and reopen
 * (so ids stay unique and every reference resolves), or throws OperationError; none mutates
 * its (frozen) input or throws anything else.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { JourneyMap } from '../../../../src/core/model.ts';
import * as ops from '../../../../src/core/ops/index.ts';
import { deepFreeze, expectValid, sampleMap } from './fixtures.ts';

type Op = (map: JourneyMap) => JourneyMap;

/** Picks the n-th record (wrapping), or a missing id when the list is empty or n is negative. */
const pick = (list: readonly { id: string }[], n: number): string =>
  n < 0 || list.length === 0 ? 'missing-id' : (list[n % list.length]?.id ?? 'missing-id');

const n = fc.integer({ min: -1, max: 20 });
const text = fc.string({ maxLength: 8 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(n, n, text).map(
    ([s, d, title]): Op =>
      (m) =>
        ops.addTouchpoint(m, {
          stageId: pick(m.stages, s),
          departmentId: pick(m.departments, d),
          title,
        }),
  ),
  fc.tuple(n, fc.integer({ min: -3, max: 3 })).map(
    ([t, emotion]): Op =>
      (m) =>
        ops.updateTouchpoint(m, pick(m.touchpoints, t), { emotion: emotion as never }),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Op =>
      (m) =>
        ops.removeTouchpoints(m, [pick(m.touchpoints, a), pick(m.touchpoints, b)]),
  ),
  fc.tuple(n, n, n).map(
    ([t, s, d]): Op =>
      (m) =>
        ops.moveTouchpoint(m, pick(m.touchpoints, t), {
          stageId: pick(m.stages, s),
          departmentId: pick(m.departments, d),
        }),
  ),
  fc.tuple(n, n).map(
    ([a, b]): Op =>
      (m) =>
        ops.duplicateTouchpoints(m, [pick(m.touchpoints, a), pick(m.touchpoints, b)]).map,
  ),
  fc.tuple(n, n).map(
    ([a, s]): Op =>
      (m) =>
        ops.pasteTouchpoints(m, m.touchpoints.slice(0, a + 1), m.connections, {
          stageId: pick(m.stages, s),
        }).map,
  ),
  fc.tuple(text, n).map(
    ([name, i]): Op =>
      (m) =>
        ops.addStage(m, { name, index: i }),
  ),
  fc.tuple(text, n).map(
    ([name, i]): Op =>
      (m) =>
        ops.addDepartment(m, { name, index: i }),
  ),
  fc.tuple(n, n, fc.boolean()).map(
    ([a, b, move]): Op =>
      (m) =>
        ops.removeStage(m, pick(m.stages, a), move ? { moveTo: pick(m.stages, b) } : {}),
  ),
  fc.tuple(n, n, fc.boolean()).map(
    ([a, b, move]): Op =>
      (m) =>
        ops.removeDepartment(
          m,
          pick(m.departments, a),
          move ? { moveTo: pick(m.departments, b) } : {},
        ),
  ),
  fc.tuple(n, n).map(
    ([a, i]): Op =>
      (m) =>
        ops.reorderStage(m, pick(m.stages, a), i),
  ),
  fc.tuple(n, n, text).map(
    ([a, b, label]): Op =>
      (m) =>
        ops.addConnection(m, pick(m.touchpoints, a), pick(m.touchpoints, b), label),
  ),
  fc.tuple(n).map(
    ([a]): Op =>
      (m) =>
        ops.removeConnections(m, [pick(m.connections, a)]),
  ),
  fc.tuple(n, text).map(
    ([t, words]): Op =>
      (m) =>
        ops.addFriction(m, pick(m.touchpoints, t), words),
  ),
  fc.tuple(n, text).map(
    ([t, words]): Op =>
      (m) =>
        ops.addOpportunity(m, pick(m.touchpoints, t), words),
  ),
  fc.integer({ min: -120, max: 120 }).map(
    (nps): Op =>
      (m) =>
        ops.setNps(m, nps),
  ),
);

describe('random sequences of ops', () => {
  it('keep the map valid, never mutate their input, and throw only OperationError', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (sequence) => {
        let map = deepFreeze(sampleMap());
        for (const op of sequence) {
          try {
            map = deepFreeze(expectValid(op(map)));
          } catch (error) {
            if (!(error instanceof ops.OperationError)) throw error;
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** Random edits a participant can make to a map, as fast-check commands on plain maps. */
import fc from 'fast-check';
import type { JourneyMap, Touchpoint } from '../../../src/core/model.ts';

/** One edit, given as numbers so it applies to whatever map the participant sees then. */
export interface Edit {
  kind:
    | 'rename'
    | 'describe'
    | 'add-touchpoint'
    | 'delete-touchpoint'
    | 'move-touchpoint'
    | 'add-stage'
    | 'delete-stage'
    | 'reorder-stages'
    | 'connect'
    | 'delete-department';
  pick: number;
  other: number;
  text: string;
}

export const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>(
    'rename',
    'describe',
    'add-touchpoint',
    'delete-touchpoint',
    'move-touchpoint',
    'add-stage',
    'delete-stage',
    'reorder-stages',
    'connect',
    'delete-department',
  ),
  pick: fc.nat(1000),
  other: fc.nat(1000),
  text: fc.string({ minLength: 1, maxLength: 12 }),
});

const at = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

/** The map after `edit` by participant `who`, as the app would make it (valid on its own). */
export function applyEdit(map: JourneyMap, edit: Edit, who: number, serial: number): JourneyMap {
  const tp = at(map.touchpoints, edit.pick);
  const stage = at(map.stages, edit.other);
  const newId = `p${who}-${serial}`;
  switch (edit.kind) {
    case 'rename':
      return tp ? withTouchpoint(map, { ...tp, title: edit.text }) : map;
    case 'describe': {
      const target = at(map.stages, edit.pick)!;
      const description = `${target.description ?? ''}${edit.text}`.slice(0, 200);
      return {
        ...map,
        stages: map.stages.map((s) => (s.id === target.id ? { ...s, description } : s)),
      };
    }
    case 'add-touchpoint':
      return {
        ...map,
        touchpoints: [
          ...map.touchpoints,
          {
            id: newId,
            title: edit.text,
            stageId: stage!.id,
            departmentId: at(map.departments, edit.pick)!.id,
            kind: 'service',
            channel: 'web',
            emotion: null,
            frictions: [],
            opportunities: [],
            position: { x: edit.pick, y: edit.other },
          },
        ],
      };
    case 'delete-touchpoint':
      return tp ? withoutTouchpoint(map, tp.id) : map;
    case 'move-touchpoint':
      return tp
        ? withTouchpoint(map, { ...tp, stageId: stage!.id, position: { x: 1, y: 2 } })
        : map;
    case 'add-stage': {
      const stages = [...map.stages];
      stages.splice(edit.pick % (stages.length + 1), 0, { id: newId, name: edit.text });
      return { ...map, stages };
    }
    case 'delete-stage': {
      if (map.stages.length < 2) return map;
      let next = { ...map, stages: map.stages.filter((s) => s.id !== stage!.id) };
      for (const t of map.touchpoints) {
        if (t.stageId === stage!.id) next = withoutTouchpoint(next, t.id);
      }
      return next;
    }
    case 'reorder-stages':
      return { ...map, stages: [...map.stages.slice(1), map.stages[0]!] };
    case 'connect': {
      const to = at(map.touchpoints, edit.other);
      if (!tp || !to) return map;
      return { ...map, connections: [...map.connections, { id: newId, from: tp.id, to: to.id }] };
    }
    case 'delete-department': {
      if (map.departments.length < 2) return map;
      const gone = at(map.departments, edit.pick)!.id;
      let next = { ...map, departments: map.departments.filter((d) => d.id !== gone) };
      for (const t of map.touchpoints) {
        if (t.departmentId === gone) next = withoutTouchpoint(next, t.id);
      }
      return next;
    }
  }
}

const withTouchpoint = (map: JourneyMap, tp: Touchpoint): JourneyMap => ({
  ...map,
  touchpoints: map.touchpoints.map((t) => (t.id === tp.id ? tp : t)),
});

const withoutTouchpoint = (map: JourneyMap, id: string): JourneyMap => ({
  ...map,
  touchpoints: map.touchpoints.filter((t) => t.id !== id),
  connections: map.connections.filter((c) => c.from !== id && c.to !== id),
});

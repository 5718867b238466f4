/** What differs between the stage list and the department list of the structure panel. */
import type { JourneyMap } from '../../../core/model.ts';
import {
  addDepartment,
  addStage,
  countTouchpointsIn,
  removeDepartment,
  removeStage,
  renameDepartment,
  renameStage,
  reorderDepartment,
  reorderStage,
} from '../../../core/ops/index.ts';

export type LaneSort = 'stage' | 'department';

export interface LaneOps {
  sort: LaneSort;
  title: string;
  /** How the list reads on the map. */
  hint: string;
  /** Drag-and-drop type, one per list, so a stage never drops into the department list. */
  mime: string;
  list: (map: JourneyMap) => readonly { id: string; name: string }[];
  add: (map: JourneyMap, name: string) => JourneyMap;
  rename: (map: JourneyMap, id: string, name: string) => JourneyMap;
  reorder: (map: JourneyMap, id: string, toIndex: number) => JourneyMap;
  remove: (map: JourneyMap, id: string, moveTo?: string) => JourneyMap;
  count: (map: JourneyMap, id: string) => number;
  /** "Move them to stage" / "Hand them over to department". */
  moveLabel: string;
  moveHint: string;
}

export const STAGE_OPS: LaneOps = {
  sort: 'stage',
  title: 'Stages',
  hint: 'The columns of the map, left to right.',
  mime: 'application/x-touchmap-stage',
  list: (map) => map.stages,
  add: (map, name) => addStage(map, { name }),
  rename: renameStage,
  reorder: reorderStage,
  remove: (map, id, moveTo) => removeStage(map, id, moveTo === undefined ? {} : { moveTo }),
  count: (map, id) => countTouchpointsIn(map, { stageId: id }),
  moveLabel: 'Move them to the stage',
  moveHint: 'Each keeps its department.',
};

export const DEPARTMENT_OPS: LaneOps = {
  sort: 'department',
  title: 'Departments',
  hint: 'The swimlanes of the map, top to bottom; a lane owns its touchpoints.',
  mime: 'application/x-touchmap-department',
  list: (map) => map.departments,
  add: (map, name) => addDepartment(map, { name }),
  rename: renameDepartment,
  reorder: reorderDepartment,
  remove: (map, id, moveTo) => removeDepartment(map, id, moveTo === undefined ? {} : { moveTo }),
  count: (map, id) => countTouchpointsIn(map, { departmentId: id }),
  moveLabel: 'Hand them over to the department',
  moveHint: 'Each stays in its stage.',
};

/** Stages: the columns of the map, left to right. */
import type { JourneyMap, Note, Stage } from '../model.ts';
import { stageSchema } from '../schema.ts';
import { OperationError } from './errors.ts';
import { ID_PREFIXES, idAllocator } from './ids.ts';
import { vacate, type RemoveOptions } from './lanes.ts';
import { insertAt, moveItem, replaceById } from './lists.ts';
import { getStage } from './lookup.ts';
import { applyPatch } from './patch.ts';
import { check, checkIndex } from './validate.ts';
import { pruneComments } from './comments.ts';

export interface NewStage {
  name: string;
  description?: string;
  /** Where it goes, 0 = first; default last. */
  index?: number;
  /** Default `uniqueId(map, 'st')`. */
  id?: string;
}

export function addStage(map: JourneyMap, input: NewStage): JourneyMap {
  const index = input.index ?? map.stages.length;
  checkIndex(index, map.stages.length, 'stage index');
  const ids = idAllocator(map);
  const stage: Stage = {
    id: input.id === undefined ? ids.next(ID_PREFIXES.stage) : ids.claim(input.id),
    name: input.name,
  };
  if (input.description !== undefined) stage.description = input.description;
  check(stageSchema, stage, 'stage');
  return { ...map, stages: insertAt(map.stages, index, stage) };
}

function updateStage(map: JourneyMap, id: string, patch: Partial<Stage>): JourneyMap {
  const stages = replaceById(map.stages, id, 'stage', (stage) => {
    const next = applyPatch(stage, patch);
    check(stageSchema, next, `stage "${id}"`);
    return next;
  });
  return { ...map, stages };
}

export function renameStage(map: JourneyMap, id: string, name: string): JourneyMap {
  return updateStage(map, id, { name });
}

/** `undefined` removes the description. */
export function setStageDescription(
  map: JourneyMap,
  id: string,
  description: string | undefined,
): JourneyMap {
  return updateStage(map, id, { description });
}

/** Moves the stage so that it ends up at `toIndex`. */
export function reorderStage(map: JourneyMap, id: string, toIndex: number): JourneyMap {
  const from = map.stages.indexOf(getStage(map, id));
  checkIndex(toIndex, map.stages.length - 1, 'stage index');
  if (from === toIndex) return map;
  return { ...map, stages: moveItem(map.stages, from, toIndex) };
}

/**
 * Removes a stage. Its touchpoints and notes are deleted (touchpoints with their
 * connections), or, with `moveTo`, moved into that stage, each staying in its lane or row
 * (see `vacate`; moved notes go after the notes already there).
 */
export function removeStage(map: JourneyMap, id: string, options: RemoveOptions = {}): JourneyMap {
  getStage(map, id);
  if (map.stages.length === 1) {
    throw new OperationError('Cannot remove the last stage: a map needs at least one');
  }
  const { moveTo } = options;
  if (moveTo !== undefined) {
    getStage(map, moveTo);
    if (moveTo === id)
      throw new OperationError(`Cannot move touchpoints into the stage being removed`);
  }
  const emptied = vacate(map, 'stageId', id, moveTo);
  const notes = emptied.notes && vacateNotes(emptied.notes, id, moveTo);
  return pruneComments({
    ...emptied,
    stages: emptied.stages.filter((stage) => stage.id !== id),
    ...(notes && { notes }),
  });
}

/** A cell's notes are listed in `notes` order, so moved ones are put after the others. */
function vacateNotes(notes: readonly Note[], id: string, moveTo: string | undefined): Note[] {
  const staying = notes.filter((note) => note.stageId !== id);
  if (moveTo === undefined) return staying;
  const moving = notes
    .filter((note) => note.stageId === id)
    .map((note) => ({ ...note, stageId: moveTo }));
  return [...staying, ...moving];
}

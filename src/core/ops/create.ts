/** New maps: blank ones with the default stages and departments, and copies of templates. */
import { CURRENT_VERSION, FORMAT_ID, type JourneyMap } from '../model.ts';
import { journeyMapSchema } from '../schema.ts';
import { DEFAULT_DEPARTMENTS, DEFAULT_MAP_TITLE, DEFAULT_STAGES } from '../defaults.ts';
import { addDepartment } from './departments.ts';
import { checkNow } from './document.ts';
import { OperationError } from './errors.ts';
import { ID_PREFIXES, checkId, idAllocator } from './ids.ts';
import { addStage } from './stages.ts';
import { cloneJson } from './patch.ts';
import { check } from './validate.ts';

export interface BlankMapOptions {
  /** The map's id (e.g. from the host's random id source: ops stay deterministic). */
  id: string;
  /** ISO-8601 date-time, used for createdAt and updatedAt. */
  now: string;
  /** Default "Untitled journey". */
  title?: string;
  /** Stage names, left to right; default DEFAULT_STAGES. */
  stages?: readonly string[];
  /** Departments, top to bottom; default DEFAULT_DEPARTMENTS. */
  departments?: readonly { name: string; color: string }[];
}

export interface FromTemplateOptions {
  id: string;
  now: string;
  /** Default: the template's title. */
  title?: string;
}

function checkNewMap(id: string, now: string, title: string): void {
  checkId(id);
  checkNow(now);
  check(journeyMapSchema.shape.title, title, 'title');
}

/**
 * Stage and department ids are made from their names ("st-awareness", "dep-sales"), like
 * in the bundled templates, so a blank map made here matches `blank.touchmap`.
 */
export function createBlankMap(options: BlankMapOptions): JourneyMap {
  const { id, now, title = DEFAULT_MAP_TITLE } = options;
  const stages = options.stages ?? DEFAULT_STAGES;
  const departments = options.departments ?? DEFAULT_DEPARTMENTS;
  checkNewMap(id, now, title);
  if (stages.length === 0) throw new OperationError('A map needs at least one stage');
  if (departments.length === 0) throw new OperationError('A map needs at least one department');

  let map: JourneyMap = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    id,
    title,
    createdAt: now,
    updatedAt: now,
    stages: [],
    departments: [],
    touchpoints: [],
    connections: [],
  };
  for (const name of stages) {
    map = addStage(map, { name, id: idAllocator(map).fromName(ID_PREFIXES.stage, name) });
  }
  for (const { name, color } of departments) {
    const departmentId = idAllocator(map).fromName(ID_PREFIXES.department, name);
    map = addDepartment(map, { name, color, id: departmentId });
  }
  return map;
}

/**
 * A deep copy of the template under a new id, created and updated `now`. Everything else
 * is kept as it is, the template's ids and unknown keys included.
 */
export function createMapFromTemplate(
  template: JourneyMap,
  options: FromTemplateOptions,
): JourneyMap {
  const { id, now, title = template.title } = options;
  checkNewMap(id, now, title);
  return { ...cloneJson(template), id, title, createdAt: now, updatedAt: now };
}

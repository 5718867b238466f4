/**
 * Writes a map in the canonical form of the format: known keys in the order of the format
 * page, then any unknown keys in the order they were read, two-space indent, final newline.
 * Two saves of the same map are byte-identical, and a small edit gives a small diff.
 */
import type { JourneyMap } from './model.ts';

/** Known keys in order; a child shape for keys whose values are objects or lists of objects. */
export interface Shape {
  keys: readonly string[];
  children?: Readonly<Record<string, Shape>>;
}

const position: Shape = { keys: ['x', 'y'] };
const friction: Shape = { keys: ['id', 'text', 'severity', 'evidence'] };
const opportunity: Shape = { keys: ['id', 'text'] };
const touchpoint: Shape = {
  keys: [
    'id',
    'title',
    'description',
    'stageId',
    'departmentId',
    'kind',
    'channel',
    'emotion',
    'emotionNote',
    'frictions',
    'opportunities',
    'csat',
    'evidence',
    'source',
    'position',
  ],
  children: { frictions: friction, opportunities: opportunity, position },
};
/** The format's keys in the order they are written (checked against schema.ts by a test). */
export const MAP_SHAPE: Shape = {
  keys: [
    'format',
    'version',
    'id',
    'title',
    'description',
    'scenario',
    'state',
    'basedOn',
    'persona',
    'nps',
    'createdAt',
    'updatedAt',
    'stages',
    'departments',
    'touchpoints',
    'connections',
    'conflicts',
    'rows',
    'notes',
    'checks',
    'comments',
  ],
  children: {
    basedOn: { keys: ['id', 'title'] },
    persona: { keys: ['name', 'description', 'goals', 'quote'] },
    stages: { keys: ['id', 'name', 'description', 'expectations'] },
    departments: { keys: ['id', 'name', 'color', 'layer'] },
    touchpoints: touchpoint,
    connections: { keys: ['id', 'from', 'to', 'label'] },
    rows: { keys: ['id', 'type', 'departmentId', 'name', 'hidden'] },
    notes: { keys: ['id', 'rowId', 'stageId', 'text', 'evidence'] },
    checks: { keys: ['disabled'] },
    conflicts: { keys: ['path', 'base', 'ours', 'theirs'] },
    comments: {
      keys: ['id', 'target', 'author', 'text', 'createdAt', 'resolved', 'replyTo'],
      children: { target: { keys: ['type', 'id'] } },
    },
  },
};

function collectKeys(shape: Shape, into: Set<string>): Set<string> {
  for (const key of shape.keys) into.add(key);
  for (const child of Object.values(shape.children ?? {})) collectKeys(child, into);
  return into;
}

/** Every key the format defines, at any level: anything else is an unknown key. */
export const KNOWN_KEYS: ReadonlySet<string> = collectKeys(MAP_SHAPE, new Set());

function order(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value)) return value.map((item) => order(item, shape));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of shape.keys) {
    if (source[key] === undefined) continue;
    const child = shape.children?.[key];
    out[key] = child ? order(source[key], child) : source[key];
  }
  for (const key of Object.keys(source)) {
    if (!shape.keys.includes(key) && source[key] !== undefined) {
      // defineProperty, not assignment: an unknown key named "__proto__" must stay a key.
      Object.defineProperty(out, key, {
        value: source[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

export function serialize(map: JourneyMap): string {
  return `${JSON.stringify(order(map, MAP_SHAPE), null, 2)}\n`;
}

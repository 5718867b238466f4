/**
 * Reading a map's comments: threads, what each is about, how many are still open. Shared by
 * the canvas badges, the Comments panel, the PDF appendix and the ops.
 */
import type { CommentTarget, CommentTargetType, JourneyMap, MapComment } from './model.ts';

export interface CommentThread {
  /** The comment that opened the thread; its `resolved` is the thread's. */
  root: MapComment;
  /** In document order. */
  replies: MapComment[];
}

export const commentsOf = (map: JourneyMap): readonly MapComment[] => map.comments ?? [];

/** `type:id`, one string per element, for maps keyed by target. */
export const targetKey = (target: CommentTarget): string => `${target.type}:${target.id}`;

/** Threads in the order their first comments appear. */
export function commentThreads(comments: readonly MapComment[]): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  for (const comment of comments) {
    if (comment.replyTo === undefined) threads.set(comment.id, { root: comment, replies: [] });
  }
  for (const comment of comments) {
    if (comment.replyTo !== undefined) threads.get(comment.replyTo)?.replies.push(comment);
  }
  return [...threads.values()];
}

/** Unresolved threads per target key: the badges' numbers. */
export function unresolvedCounts(
  comments: readonly MapComment[] = [],
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const comment of comments) {
    if (comment.replyTo !== undefined || comment.resolved) continue;
    const key = targetKey(comment.target);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whether the map holds the element a target names (a map target names this map). */
export function targetExists(map: JourneyMap, target: CommentTarget): boolean {
  const has = (list: readonly { id: string }[]) => list.some((item) => item.id === target.id);
  switch (target.type) {
    case 'map':
      return target.id === map.id;
    case 'stage':
      return has(map.stages);
    case 'department':
      return has(map.departments);
    case 'touchpoint':
      return has(map.touchpoints);
    case 'connection':
      return has(map.connections);
  }
}

const SORT_WORDS: Record<CommentTargetType, string> = {
  map: 'Map',
  stage: 'Stage',
  department: 'Department',
  touchpoint: 'Touchpoint',
  connection: 'Connection',
};

/** "Touchpoint “Check-in desk”", "Map": how a list of comments heads each target. */
export function describeTarget(map: JourneyMap, target: CommentTarget): string {
  const word = SORT_WORDS[target.type];
  const title = (id: string) => map.touchpoints.find((tp) => tp.id === id)?.title ?? id;
  let name: string | undefined;
  switch (target.type) {
    case 'map':
      return `${word} “${map.title}”`;
    case 'stage':
      name = map.stages.find((s) => s.id === target.id)?.name;
      break;
    case 'department':
      name = map.departments.find((d) => d.id === target.id)?.name;
      break;
    case 'touchpoint':
      name = map.touchpoints.find((tp) => tp.id === target.id)?.title;
      break;
    case 'connection': {
      const cn = map.connections.find((c) => c.id === target.id);
      name = cn && `${title(cn.from)} → ${title(cn.to)}`;
      break;
    }
  }
  return `${word} “${name ?? target.id}”`;
}

/**
 * Threads grouped by target, targets in map order (the map, stages, departments, touchpoints,
 * connections, each in its list's order): the panel's and the appendix's order.
 */
export function threadsByTarget(
  map: JourneyMap,
  threads: readonly CommentThread[],
): { target: CommentTarget; threads: CommentThread[] }[] {
  const rank = new Map<string, number>();
  const add = (type: CommentTargetType, ids: readonly { id: string }[]) =>
    ids.forEach(({ id }) => rank.set(targetKey({ type, id }), rank.size));
  add('map', [map]);
  add('stage', map.stages);
  add('department', map.departments);
  add('touchpoint', map.touchpoints);
  add('connection', map.connections);
  const groups = new Map<string, { target: CommentTarget; threads: CommentThread[] }>();
  for (const thread of threads) {
    const key = targetKey(thread.root.target);
    const group = groups.get(key) ?? { target: thread.root.target, threads: [] };
    group.threads.push(thread);
    groups.set(key, group);
  }
  const order = (key: string) => rank.get(key) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b)).map(([, g]) => g);
}

/**
 * The journey comparison of a current-state and a future-state map (or any two copies of a
 * map): what happened to each touchpoint, read from `diffMaps` by id, and a summary per
 * stage. The Compare view, `touchmap diff --journey` and the comparison PDF all show this.
 *
 * A touchpoint that is removed takes its frictions with it: they count as resolved; an added
 * one brings its frictions: they count as new. Resolved frictions count in the stage the
 * touchpoint was in before, new ones in the stage it is in after.
 */
import { diffMaps, type MapChange } from './diff.ts';
import type { Emotion, Friction, JourneyMap, Touchpoint, TouchpointKind } from './model.ts';

export interface Change<T> {
  before: T;
  after: T;
}

export interface TouchpointComparison {
  id: string;
  title: string;
  /** The stage it is in after (before, for a removed one). */
  stageId: string;
  status: 'added' | 'removed' | 'changed';
  /** Stage and owner names, when it moved. */
  stage?: Change<string>;
  owner?: Change<string>;
  kind?: Change<TouchpointKind>;
  emotion?: Change<Emotion | null>;
  frictionsResolved: Friction[];
  frictionsNew: Friction[];
}

export interface StageSummary {
  stageId: string;
  name: string;
  /** In only one of the two maps. */
  status: 'added' | 'removed' | 'kept';
  touchpoints: Change<number>;
  added: number;
  removed: number;
  /** Moved into this stage or to another owner in it. */
  moved: number;
  /** Kind or emotion changed (touchpoints neither added nor removed). */
  changed: number;
  /** The mean of the rated emotions; null when none is rated. */
  emotion: Change<number | null>;
  frictionsResolved: number;
  frictionsNew: number;
}

export interface JourneyComparison {
  touchpoints: TouchpointComparison[];
  stages: StageSummary[];
}

const isFriction = (value: unknown): value is Friction =>
  typeof value === 'object' && value !== null && 'id' in value && 'severity' in value;

/** The rated emotions' mean, or null. */
export function meanEmotion(touchpoints: readonly Touchpoint[]): number | null {
  const rated = touchpoints.flatMap((t): number[] => (t.emotion === null ? [] : [t.emotion]));
  if (rated.length === 0) return null;
  return rated.reduce((sum, e) => sum + e, 0) / rated.length;
}

function touchpointChanges(
  before: JourneyMap,
  after: JourneyMap,
  changes: readonly MapChange[],
): TouchpointComparison[] {
  const old = new Map(before.touchpoints.map((t) => [t.id, t]));
  const now = new Map(after.touchpoints.map((t) => [t.id, t]));
  const byId = new Map<string, TouchpointComparison>();
  const entry = (id: string): TouchpointComparison => {
    let found = byId.get(id);
    if (found === undefined) {
      const record = (now.get(id) ?? old.get(id))!;
      found = {
        id,
        title: record.title,
        stageId: record.stageId,
        status: now.has(id) ? (old.has(id) ? 'changed' : 'added') : 'removed',
        frictionsResolved: [],
        frictionsNew: [],
      };
      byId.set(id, found);
    }
    return found;
  };
  for (const c of changes) {
    if (c.entity !== 'touchpoint') continue;
    if (c.change === 'added') entry(c.id).frictionsNew.push(...now.get(c.id)!.frictions);
    else if (c.change === 'removed')
      entry(c.id).frictionsResolved.push(...old.get(c.id)!.frictions);
    else if (c.change === 'moved') {
      entry(c.id)[c.field === 'stage' ? 'stage' : 'owner'] = { before: c.before, after: c.after };
    } else if (c.change === 'field') {
      if (c.field === 'kind') {
        entry(c.id).kind = { before: c.before as TouchpointKind, after: c.after as TouchpointKind };
      } else if (c.field === 'emotion') {
        const rated = (v: unknown) => (v === undefined ? null : (v as Emotion | null));
        entry(c.id).emotion = { before: rated(c.before), after: rated(c.after) };
      } else if (c.field.startsWith('frictions')) {
        if (c.before === undefined && isFriction(c.after)) entry(c.id).frictionsNew.push(c.after);
        if (c.after === undefined && isFriction(c.before))
          entry(c.id).frictionsResolved.push(c.before);
      }
    }
  }
  // In journey order: the stages of the newer map, then those only the older one has.
  const order = new Map(
    [...after.stages, ...before.stages].map((s, i) => [s.id, i] as const).reverse(),
  );
  const list = [...byId.values()];
  return list
    .map((t, i) => ({ t, i }))
    .sort((a, b) => order.get(a.t.stageId)! - order.get(b.t.stageId)! || a.i - b.i)
    .map(({ t }) => t);
}

/** What changed in the journey from `before` to `after`. */
export function compareJourneys(before: JourneyMap, after: JourneyMap): JourneyComparison {
  const touchpoints = touchpointChanges(before, after, diffMaps(before, after));
  const afterIds = new Set(after.stages.map((s) => s.id));
  const beforeIds = new Set(before.stages.map((s) => s.id));
  const stageList = [
    ...after.stages.map((s) => ({ s, status: beforeIds.has(s.id) ? 'kept' : 'added' }) as const),
    ...before.stages
      .filter((s) => !afterIds.has(s.id))
      .map((s) => ({ s, status: 'removed' }) as const),
  ];
  const oldStage = new Map(before.touchpoints.map((t) => [t.id, t.stageId]));
  const stages = stageList.map(({ s, status }): StageSummary => {
    const inBefore = before.touchpoints.filter((t) => t.stageId === s.id);
    const inAfter = after.touchpoints.filter((t) => t.stageId === s.id);
    const here = touchpoints.filter((t) => t.stageId === s.id);
    const count = (keep: (t: TouchpointComparison) => boolean) => here.filter(keep).length;
    return {
      stageId: s.id,
      name: s.name,
      status,
      touchpoints: { before: inBefore.length, after: inAfter.length },
      added: count((t) => t.status === 'added'),
      removed: count((t) => t.status === 'removed'),
      moved: count(
        (t) => t.status === 'changed' && (t.stage !== undefined || t.owner !== undefined),
      ),
      changed: count(
        (t) => t.status === 'changed' && (t.kind !== undefined || t.emotion !== undefined),
      ),
      emotion: { before: meanEmotion(inBefore), after: meanEmotion(inAfter) },
      frictionsResolved: touchpoints
        .filter((t) => (oldStage.get(t.id) ?? t.stageId) === s.id)
        .reduce((sum, t) => sum + t.frictionsResolved.length, 0),
      frictionsNew: here.reduce((sum, t) => sum + t.frictionsNew.length, 0),
    };
  });
  return { touchpoints, stages };
}

/**
 * Insights derived from a map, never stored: touchpoints by kind per department and per
 * stage, friction by stage and severity, average emotion by stage, the lowest moments and
 * the share of the journey that is reactive service. The result is plain data.
 *
 * Per-stage and per-department figures count only touchpoints whose stage (or department)
 * exists, which is every touchpoint of a parsed map; `counts` counts every touchpoint.
 */
import {
  TOUCHPOINT_KINDS,
  type Emotion,
  type Friction,
  type JourneyMap,
  type Severity,
  type Touchpoint,
  type TouchpointKind,
} from './model.ts';
import { evidenceByStage, type StageEvidence } from './evidence-shares.ts';
import { indexById, journeyOrderIndices } from './journey-order.ts';
import { SEVERITY_TERMS } from './vocabulary.ts';

/** Touchpoints of each kind, and all of them. */
export type KindCounts = { [K in TouchpointKind]: number } & { total: number };

const zeroKinds = (): KindCounts => {
  const counts = { total: 0 } as KindCounts;
  for (const kind of TOUCHPOINT_KINDS) counts[kind] = 0;
  return counts;
};

/** How many touchpoints there are of each kind: the one count every view shows. */
export function countByKind(touchpoints: Iterable<Pick<Touchpoint, 'kind'>>): KindCounts {
  const counts = zeroKinds();
  for (const tp of touchpoints) {
    counts[tp.kind]++;
    counts.total++;
  }
  return counts;
}

export type DepartmentKinds = KindCounts & {
  departmentId: string;
  name: string;
};

export type StageKinds = KindCounts & {
  stageId: string;
  name: string;
};

export interface SeverityCounts {
  low: number;
  medium: number;
  high: number;
  total: number;
}

export interface StageFrictions extends SeverityCounts {
  stageId: string;
  name: string;
}

export interface StageEmotion {
  stageId: string;
  name: string;
  /** Mean emotion of the stage's rated touchpoints, unrounded; null when none is rated. */
  average: number | null;
  rated: number;
  unrated: number;
}

export interface LowMoment {
  touchpointId: string;
  title: string;
  emotion: Emotion;
  stageId: string;
  departmentId: string;
  frictionCount: number;
  worstSeverity: Severity | null;
}

export type InsightCounts = { [K in TouchpointKind]: number } & {
  touchpoints: number;
  frictions: number;
  opportunities: number;
  rated: number;
  connections: number;
};

export interface Insights {
  byDepartment: DepartmentKinds[];
  byStage: StageKinds[];
  frictionsByStage: StageFrictions[];
  frictionsBySeverity: SeverityCounts;
  emotionByStage: StageEmotion[];
  /** Touchpoints by evidence level per stage (evidence-shares.ts). */
  evidenceByStage: StageEvidence[];
  /** Up to LOWEST_MOMENTS_MAX rated touchpoints with emotion < 0, lowest first. */
  lowestMoments: LowMoment[];
  /** Service touchpoints / all touchpoints, 0..1; null when the map has none. */
  serviceShare: number | null;
  counts: InsightCounts;
  /** Mean CSAT of the touchpoints that have one, unrounded; null when none has. */
  csatAverage: number | null;
  nps: number | null;
}

export const LOWEST_MOMENTS_MAX = 5;

/** The worst severity among some frictions; null when there are none. */
export function worstSeverity(frictions: readonly Friction[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of frictions) {
    if (worst === null || SEVERITY_TERMS[f.severity].rank > SEVERITY_TERMS[worst].rank)
      worst = f.severity;
    if (worst === 'high') break;
  }
  return worst;
}

/** What a card's friction badge shows. */
export function frictionSummary(touchpoint: Pick<Touchpoint, 'frictions'>): {
  count: number;
  worst: Severity | null;
} {
  return { count: touchpoint.frictions.length, worst: worstSeverity(touchpoint.frictions) };
}

const severityCounts = (): SeverityCounts => ({ low: 0, medium: 0, high: 0, total: 0 });
const mean = (sum: number, count: number): number | null => (count > 0 ? sum / count : null);

export function computeInsights(map: JourneyMap): Insights {
  const stageIndex = indexById(map.stages);
  const departmentIndex = indexById(map.departments);

  const byDepartment = map.departments.map((d): DepartmentKinds => ({
    departmentId: d.id,
    name: d.name,
    ...zeroKinds(),
  }));
  const byStage = map.stages.map((s): StageKinds => ({
    stageId: s.id,
    name: s.name,
    ...zeroKinds(),
  }));
  const frictionsByStage = map.stages.map((s): StageFrictions => ({
    stageId: s.id,
    name: s.name,
    ...severityCounts(),
  }));
  const emotionSums = map.stages.map(() => 0);
  const emotionByStage = map.stages.map((s): StageEmotion => ({
    stageId: s.id,
    name: s.name,
    average: null,
    rated: 0,
    unrated: 0,
  }));
  const frictionsBySeverity = severityCounts();
  const { total, ...kinds } = countByKind(map.touchpoints);
  const counts: InsightCounts = {
    ...kinds,
    touchpoints: total,
    frictions: 0,
    opportunities: 0,
    rated: 0,
    connections: map.connections.length,
  };
  let csatSum = 0;
  let csatCount = 0;

  for (const tp of map.touchpoints) {
    const s = stageIndex.get(tp.stageId);
    const d = departmentIndex.get(tp.departmentId);
    const kind = tp.kind;
    const rated = tp.emotion !== null && tp.emotion !== undefined;

    counts.frictions += tp.frictions.length;
    counts.opportunities += tp.opportunities.length;
    if (rated) counts.rated++;
    if (typeof tp.csat === 'number') {
      csatSum += tp.csat;
      csatCount++;
    }
    for (const f of tp.frictions) {
      frictionsBySeverity[f.severity]++;
      frictionsBySeverity.total++;
    }

    if (d !== undefined) {
      const row = byDepartment[d]!;
      row[kind]++;
      row.total++;
    }
    if (s !== undefined) {
      const row = byStage[s]!;
      row[kind]++;
      row.total++;
      const fr = frictionsByStage[s]!;
      for (const f of tp.frictions) {
        fr[f.severity]++;
        fr.total++;
      }
      const em = emotionByStage[s]!;
      if (rated) {
        em.rated++;
        emotionSums[s]! += tp.emotion!;
      } else em.unrated++;
    }
  }
  emotionByStage.forEach((em, s) => {
    em.average = mean(emotionSums[s]!, em.rated);
  });

  return {
    byDepartment,
    byStage,
    frictionsByStage,
    frictionsBySeverity,
    emotionByStage,
    evidenceByStage: evidenceByStage(map),
    lowestMoments: lowestMoments(map),
    serviceShare: mean(counts.service, counts.touchpoints),
    counts,
    csatAverage: mean(csatSum, csatCount),
    nps: map.nps ?? null,
  };
}

/**
 * Rated touchpoints with emotion < 0: lowest emotion first; among equal emotions the worse
 * friction first (worst severity, then number of frictions), then journey order.
 */
function lowestMoments(map: JourneyMap): LowMoment[] {
  const moments: { moment: LowMoment; rank: number; order: number }[] = [];
  journeyOrderIndices(map).forEach((i, order) => {
    const tp = map.touchpoints[i]!;
    if (tp.emotion === null || tp.emotion === undefined || tp.emotion >= 0) return;
    const summary = frictionSummary(tp);
    moments.push({
      moment: {
        touchpointId: tp.id,
        title: tp.title,
        emotion: tp.emotion,
        stageId: tp.stageId,
        departmentId: tp.departmentId,
        frictionCount: summary.count,
        worstSeverity: summary.worst,
      },
      rank: summary.worst === null ? 0 : SEVERITY_TERMS[summary.worst].rank,
      order,
    });
  });
  moments.sort(
    (a, b) =>
      a.moment.emotion - b.moment.emotion ||
      b.rank - a.rank ||
      b.moment.frictionCount - a.moment.frictionCount ||
      a.order - b.order,
  );
  return moments.slice(0, LOWEST_MOMENTS_MAX).map((m) => m.moment);
}

/**
 * How well each stage of a map is known: its touchpoints by evidence level (observed,
 * reported, assumed) and those not marked, as counts and as shares of the stage. Read by
 * the insights panel and the PDF's insights page; a stage mostly assumed is research to do.
 */
import { EVIDENCE_LEVELS, type EvidenceLevel, type JourneyMap } from './model.ts';

/** An evidence level, or no mark at all. */
export type EvidenceBucket = EvidenceLevel | 'unmarked';
export const EVIDENCE_BUCKETS: readonly EvidenceBucket[] = [...EVIDENCE_LEVELS, 'unmarked'];

export type EvidenceCounts = Record<EvidenceBucket, number> & { total: number };

export interface StageEvidence extends EvidenceCounts {
  stageId: string;
  name: string;
  /** Each bucket's share of the stage's touchpoints, 0..1, summing to 1; null for an empty stage. */
  shares: Record<EvidenceBucket, number> | null;
}

const zero = (): EvidenceCounts => ({
  observed: 0,
  reported: 0,
  assumed: 0,
  unmarked: 0,
  total: 0,
});

function evidenceShares(counts: EvidenceCounts): Record<EvidenceBucket, number> | null {
  if (counts.total === 0) return null;
  const share = (bucket: EvidenceBucket) => counts[bucket] / counts.total;
  return {
    observed: share('observed'),
    reported: share('reported'),
    assumed: share('assumed'),
    unmarked: share('unmarked'),
  };
}

/** Per stage, in the map's order, every stage listed (an empty one with null shares). */
export function evidenceByStage(map: JourneyMap): StageEvidence[] {
  const counts = new Map(map.stages.map((stage) => [stage.id, zero()]));
  for (const tp of map.touchpoints) {
    const stage = counts.get(tp.stageId);
    if (stage === undefined) continue;
    stage[tp.evidence ?? 'unmarked']++;
    stage.total++;
  }
  return map.stages.map((stage) => {
    const found = counts.get(stage.id)!;
    return { stageId: stage.id, name: stage.name, ...found, shares: evidenceShares(found) };
  });
}

/** The whole map's counts: the sum of its stages'. */
export function evidenceTotals(stages: readonly EvidenceCounts[]): EvidenceCounts {
  const total = zero();
  for (const stage of stages) {
    for (const bucket of EVIDENCE_BUCKETS) total[bucket] += stage[bucket];
    total.total += stage.total;
  }
  return total;
}

/**
 * What the derived rows show, stage by stage: the pains row lists the frictions of the
 * stage's touchpoints, worst first; the ideas row lists their opportunities. Pure, so the
 * canvas, the PDF and the layout (which sizes the rows from the counts) read one list.
 *
 * Within a severity, and for ideas, items keep the journey order of their touchpoints
 * (journey-order.ts) and then their order in the touchpoint, so the list reads like the map.
 */
import { SEVERITIES, type EvidenceLevel, type JourneyMap, type Severity } from './model.ts';
import { journeyOrderIndices } from './journey-order.ts';

export interface PainItem {
  /** The friction's id. */
  id: string;
  touchpointId: string;
  text: string;
  severity: Severity;
  /** The friction's own evidence: an assumed one is drawn provisional on canvas and paper. */
  evidence?: EvidenceLevel;
}

export interface IdeaItem {
  /** The opportunity's id. */
  id: string;
  touchpointId: string;
  text: string;
}

const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

function byStage<T>(
  map: JourneyMap,
  collect: (tp: JourneyMap['touchpoints'][number]) => T[],
): Map<string, T[]> {
  const out = new Map<string, T[]>(map.stages.map((s) => [s.id, []]));
  for (const i of journeyOrderIndices(map)) {
    const tp = map.touchpoints[i]!;
    const list = out.get(tp.stageId);
    if (list) list.push(...collect(tp));
  }
  return out;
}

/** Stage id -> the frictions of its touchpoints, high before medium before low; every stage has a list. */
export function stagePains(map: JourneyMap): Map<string, PainItem[]> {
  const out = byStage(map, (tp) =>
    tp.frictions.map((f) => ({
      id: f.id,
      touchpointId: tp.id,
      text: f.text,
      severity: f.severity,
      ...(f.evidence !== undefined && { evidence: f.evidence }),
    })),
  );
  // Array.prototype.sort is stable, so equal severities keep the journey order.
  for (const list of out.values())
    list.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return out;
}

/** Stage id -> the opportunities of its touchpoints in journey order; every stage has a list. */
export function stageIdeas(map: JourneyMap): Map<string, IdeaItem[]> {
  return byStage(map, (tp) =>
    tp.opportunities.map((o) => ({ id: o.id, touchpointId: tp.id, text: o.text })),
  );
}

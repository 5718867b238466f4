/**
 * What a legend lists beyond the vocabulary every map shares: the provisional (dashed) look
 * of evidence still to be checked, and the service blueprint's lines, each only when the drawn
 * map has it, so a plain journey map keeps its legend as it was. Decided once here for every
 * legend that draws them: the PDF's and the SVG's (pdf/legend-blueprint.ts) and the
 * PowerPoint map slide's (slides/legend.ts).
 */
import type { MapLayout } from './layout.ts';
import type { Department, JourneyMap, Layer } from './model.ts';
import {
  BLUEPRINT_LINES,
  EVIDENCE_LIST,
  LAYER_TERMS,
  ROW_TERMS,
  type BlueprintLine,
  type EvidenceTerm,
} from './vocabulary.ts';

export interface LegendContent {
  departments: readonly Department[];
  /** The evidence levels drawn provisional that some touchpoint, friction or note has. */
  provisional: readonly EvidenceTerm[];
  /** The blueprint's lines the layout draws, top to bottom. */
  lines: readonly BlueprintLine[];
}

/** The legend's content for a drawn map and its layout. */
export function legendContent(map: JourneyMap, layout: Pick<MapLayout, 'lines'>): LegendContent {
  const used = new Set<string>();
  for (const tp of map.touchpoints) {
    if (tp.evidence) used.add(tp.evidence);
    for (const f of tp.frictions) if (f.evidence) used.add(f.evidence);
  }
  for (const note of map.notes ?? []) if (note.evidence) used.add(note.evidence);
  return {
    departments: map.departments,
    provisional: EVIDENCE_LIST.filter((term) => term.provisional && used.has(term.id)),
    lines: layout.lines.map((line) => line.kind),
  };
}

const sideWord = (side: 'customer' | Layer): string =>
  side === 'customer' ? ROW_TERMS.customer.word : LAYER_TERMS[side].word;

/** What a blueprint line parts: "Frontstage above, backstage below". */
export function linePartsText(kind: BlueprintLine): string {
  const line = BLUEPRINT_LINES[kind];
  return `${sideWord(line.above)} above, ${sideWord(line.below).toLowerCase()} below`;
}

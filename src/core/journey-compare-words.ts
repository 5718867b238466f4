/**
 * The journey comparison in words, the same in the Compare view, `touchmap diff --journey`
 * and the comparison PDF: one line per change of a touchpoint, the stage summary's figures.
 */
import type { Emotion, Friction } from './model.ts';
import type {
  Change,
  JourneyComparison,
  StageSummary,
  TouchpointComparison,
} from './journey-compare.ts';
import { emotionTerm, emotionWord, kindWord, SEVERITY_TERMS } from './vocabulary.ts';

const STATUS_WORDS: Record<TouchpointComparison['status'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

export const touchpointStatusWord = (t: TouchpointComparison): string => STATUS_WORDS[t.status];

/** "Negative (−1)", "Not rated". */
function emotionText(emotion: Emotion | null): string {
  if (emotion === null) return emotionWord(null);
  const term = emotionTerm(emotion);
  return `${term.word} (${term.score})`;
}

const frictionText = (f: Friction): string =>
  `“${f.text}” (${SEVERITY_TERMS[f.severity].word.toLowerCase()})`;

const arrow = <T>(c: Change<T>, word: (v: T) => string): string =>
  `${word(c.before)} → ${word(c.after)}`;

/** One line per change: "Stage: Arrival → Check-in", "Emotion: Negative (−1) → Positive (+1)". */
export function touchpointChangeLines(t: TouchpointComparison): string[] {
  const lines: string[] = [];
  if (t.stage) lines.push(`Stage: ${arrow(t.stage, String)}`);
  if (t.owner) lines.push(`Owner: ${arrow(t.owner, String)}`);
  if (t.kind) lines.push(`Kind: ${arrow(t.kind, kindWord)}`);
  if (t.emotion) lines.push(`Emotion: ${arrow(t.emotion, emotionText)}`);
  for (const f of t.frictionsResolved) lines.push(`Friction resolved: ${frictionText(f)}`);
  for (const f of t.frictionsNew) lines.push(`New friction: ${frictionText(f)}`);
  return lines;
}

/** "−0.5", "+1.3", "0", "–" for none rated: one decimal, the vocabulary's minus sign. */
export function formatMeanEmotion(value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  const digits = Math.abs(rounded).toFixed(1).replace(/\.0$/, '');
  return `${rounded < 0 ? '\u2212' : '+'}${digits}`;
}

/** The figures of one stage's summary, as the table columns show them. */
export function stageSummaryCells(s: StageSummary): {
  touchpoints: string;
  changes: string;
  emotion: string;
  frictions: string;
} {
  const parts = [
    s.added > 0 ? `${s.added} added` : '',
    s.removed > 0 ? `${s.removed} removed` : '',
    s.moved > 0 ? `${s.moved} moved` : '',
    s.changed > 0 ? `${s.changed} changed` : '',
  ].filter((p) => p !== '');
  return {
    touchpoints: `${s.touchpoints.before} → ${s.touchpoints.after}`,
    changes: parts.length === 0 ? 'none' : parts.join(', '),
    emotion: `${formatMeanEmotion(s.emotion.before)} → ${formatMeanEmotion(s.emotion.after)}`,
    frictions: `${s.frictionsResolved} resolved, ${s.frictionsNew} new`,
  };
}

const STAGE_STATUS: Record<StageSummary['status'], string> = {
  kept: '',
  added: ' (new stage)',
  removed: ' (stage removed)',
};

export const stageTitle = (s: StageSummary): string => `${s.name}${STAGE_STATUS[s.status]}`;

/** The comparison as plain lines, stage by stage: `touchmap diff --journey`. */
export function describeJourney(comparison: JourneyComparison): string[] {
  const lines: string[] = [];
  for (const stage of comparison.stages) {
    const cells = stageSummaryCells(stage);
    lines.push(
      `${stageTitle(stage)}: touchpoints ${cells.touchpoints} (${cells.changes}); emotion ${cells.emotion}; frictions ${cells.frictions}`,
    );
    for (const t of comparison.touchpoints.filter((x) => x.stageId === stage.stageId)) {
      const changes = touchpointChangeLines(t);
      const head = `  ${touchpointStatusWord(t)} “${t.title}”`;
      lines.push(changes.length === 0 || t.status !== 'changed' ? head : `${head}:`);
      for (const change of changes) lines.push(`    ${change}`);
    }
  }
  return lines;
}

/**
 * The journey comparison as a flow of the appendix's tables (table.ts): a summary per stage,
 * then, after a page break, every touchpoint change stage by stage, in the words of
 * core/journey-compare-words.ts.
 */
import type { JourneyComparison } from '../core/journey-compare.ts';
import {
  stageSummaryCells,
  stageTitle,
  touchpointChangeLines,
  touchpointStatusWord,
} from '../core/journey-compare-words.ts';
import { singleLine } from './fonts.ts';
import {
  measureTable,
  type FlowItem,
  type TableCell,
  type TableSpec,
  type TableText,
} from './table.ts';
import { MUTED, type Rgb } from './theme.ts';

const STATUS_COLORS: Record<'added' | 'removed' | 'changed', Rgb> = {
  added: [43, 138, 62],
  removed: [201, 42, 42],
  changed: [31, 35, 40],
};

/**
 * The words as the PDF prints them: the bundled fonts are cut down to ranges without U+2192
 * and U+2212 (assets/fonts/README.md), so "before → after" reads "before to after" and the
 * minus is a hyphen-minus, as theme.ts's emotionScore does.
 */
const pdfText = (text: string): string =>
  singleLine(text)
    .replace(/ \u2192 /g, ' to ')
    .replace(/\u2212/g, '-');

export interface ComparisonHeading {
  title: string;
  /** "From hotel-stay.touchmap to Hotel stay (future state)". */
  subject: string;
}

const SUMMARY: Omit<TableSpec, 'rows'> = {
  caption: 'Summary by stage',
  columns: [
    { header: 'Stage', weight: 24 },
    { header: 'Touchpoints', weight: 12 },
    { header: 'Changes', weight: 28 },
    { header: 'Average emotion', weight: 16 },
    { header: 'Frictions', weight: 20 },
  ],
  empty: 'No stages.',
};

const CHANGES: Omit<TableSpec, 'rows'> = {
  caption: 'Changes by touchpoint',
  columns: [
    { header: 'Stage', weight: 16 },
    { header: 'Touchpoint', weight: 24 },
    { header: 'Change', weight: 10 },
    { header: 'What changed', weight: 50 },
  ],
  empty: 'No touchpoint changed.',
};

function summaryRows(comparison: JourneyComparison): TableCell[][] {
  return comparison.stages.map((s) => {
    const cells = stageSummaryCells(s);
    return [
      { text: pdfText(stageTitle(s)), bold: true },
      { text: pdfText(cells.touchpoints) },
      { text: cells.changes, color: cells.changes === 'none' ? MUTED : undefined },
      { text: pdfText(cells.emotion) },
      { text: cells.frictions },
    ];
  });
}

function changeRows(comparison: JourneyComparison): TableCell[][] {
  const stageNames = new Map(comparison.stages.map((s) => [s.stageId, singleLine(s.name)]));
  return comparison.touchpoints.map((t) => [
    { text: stageNames.get(t.stageId) ?? '' },
    { text: singleLine(t.title), bold: true },
    { text: touchpointStatusWord(t), color: STATUS_COLORS[t.status], bold: t.status !== 'changed' },
    { text: touchpointChangeLines(t).map(pdfText).join('\n') },
  ]);
}

export function comparisonFlow(
  comparison: JourneyComparison,
  heading: ComparisonHeading,
  width: number,
  text: TableText,
  u: number,
): FlowItem[] {
  const metrics = { size: 9 * u, pad: 4 * u, maxLines: 20 };
  const measure = (table: Omit<TableSpec, 'rows'>, rows: TableCell[][]) =>
    measureTable({ ...table, rows }, width, text, metrics);
  return [
    { kind: 'heading', text: pdfText(heading.title), size: 18 * u },
    { kind: 'note', lines: [pdfText(heading.subject)], size: 10 * u },
    { kind: 'table', table: measure(SUMMARY, summaryRows(comparison)) },
    { kind: 'break' },
    { kind: 'table', table: measure(CHANGES, changeRows(comparison)) },
  ];
}

/**
 * The editor benchmark's table rows: which of a pass's figures are shown, under what name,
 * in what order; and the median of several rounds. Pure.
 */
import type { Figures } from './editor-scenario.ts';
import { median } from './stats.ts';
import type { ComparisonRow } from './table.ts';

/** [figure key, label]; keys are runScenario's, labels the table's. */
const OPENING: [string, string][] = [
  ['firstRender', 'first render (ms)'],
  ['loadToRender', 'page load to render (ms)'],
  ['nodesInDom', 'flow nodes in DOM, opening view'],
];
const GESTURES: [string, string][] = [
  ['drag', 'drag'],
  ['pan', 'pan'],
  ['zoom', 'zoom (wheel)'],
];
const FRAME: [string, string][] = [
  ['fps', 'fps'],
  ['p50', 'p50 frame (ms)'],
  ['p95', 'p95 frame (ms)'],
];
const AFTER_FIT: [string, string][] = [
  ['fit.settled', 'Fit click to settled (ms)'],
  ['fit.longestTask', 'Fit: longest task (ms)'],
  ['fit.nodesInDom', 'flow nodes in DOM after Fit'],
  ['fit.domElements', 'DOM elements after Fit'],
  ['fit.idleBusyPercent', 'idle main-thread busy after Fit (%)'],
  ['fit.heapMb', 'JS heap after Fit (MB)'],
];

function gestureRows(view: string, title: string): [string, string][] {
  return GESTURES.flatMap(([gesture, gestureLabel]) =>
    FRAME.map(([stat, statLabel]): [string, string] => [
      `${view}.${gesture}.${stat}`,
      `${title} ${gestureLabel} ${statLabel}`,
    ]),
  );
}

const ROWS: [string, string][] = [
  ...OPENING,
  ...gestureRows('default', 'default view:'),
  ['enterCommit', 'Enter to title painted (ms)'],
  ...AFTER_FIT,
  ...gestureRows('fit', 'after Fit:'),
];

/** The table's rows for one map size. */
export function comparisonRows(size: number, touchmap: Figures, bare: Figures): ComparisonRow[] {
  return ROWS.filter(([key]) => key in touchmap).map(([key, label]) => ({
    figure: `${size.toLocaleString('en')} ${label}`,
    touchmap: touchmap[key]!,
    ...(key in bare && { bare: bare[key]! }),
  }));
}

/** Per key, the median over rounds. */
export function medianFigures(rounds: readonly Figures[]): Figures {
  const keys = new Set(rounds.flatMap((r) => Object.keys(r)));
  return Object.fromEntries(
    [...keys].map((key) => [key, median(rounds.flatMap((r) => (key in r ? [r[key]!] : [])))]),
  );
}

/**
 * The editor benchmark's comparison table: one row per figure, Touchmap beside the bare
 * React Flow page measured in the same run, and their ratio. Pure.
 */

export interface ComparisonRow {
  figure: string;
  touchmap: number;
  /** Absent for figures the bare page has no counterpart for (committing a card title). */
  bare?: number;
}

function show(value: number | undefined): string {
  if (value === undefined) return '—';
  if (!Number.isFinite(value)) return 'n/a';
  return Math.abs(value) >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** Touchmap ÷ bare, to two places; "—" when there is nothing to divide by. */
export function ratio(touchmap: number, bare: number | undefined): string {
  if (bare === undefined || !Number.isFinite(bare) || !Number.isFinite(touchmap) || bare === 0) {
    return '—';
  }
  return (touchmap / bare).toFixed(2);
}

export function formatComparison(rows: readonly ComparisonRow[]): string {
  const header = ['figure', 'Touchmap', 'bare React Flow', 'ratio'];
  const cells = rows.map((r) => [
    r.figure,
    show(r.touchmap),
    show(r.bare),
    ratio(r.touchmap, r.bare),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/**
 * Tables that run over several pages: rows are measured (cells wrap), a flow of headings and
 * tables is cut into pages, and a table that continues on a new page repeats its caption
 * ("continued") and its header row. Measuring and paginating are pure (text widths come from
 * a `Wrap` function); `drawFlowPage` draws one page of the result.
 */
import type { Painter } from './painter.ts';
import { HEADER_FILL, INK, MUTED, RULE, WHITE, mix, type Rgb } from './theme.ts';

export interface TableColumn {
  header: string;
  /** Share of the table's width (weights are normalised). */
  weight: number;
  align?: 'left' | 'right' | 'center';
  /** At most this many lines in this column's cells; default: the table's metrics. */
  maxLines?: number;
}

export interface TableCell {
  text: string;
  bold?: boolean;
  color?: Rgb;
  /** A background for this cell. */
  fill?: Rgb;
  /** A small colour square before the text (a department). */
  swatch?: Rgb;
}

export interface TableSpec {
  caption: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Shown instead of an empty table. */
  empty: string;
  /** Share of the available width the table takes; default 1. */
  widthFraction?: number;
}

/** Text measuring for tables: wrapping to lines, and the width of a text's widest word. */
export interface TableText {
  wrap(text: string, width: number, size: number, bold: boolean, maxLines: number): string[];
  /** The widest of the parts `split(/\s+/)` cuts the text into; 0 for none. */
  widestWord(text: string, size: number, bold: boolean): number;
}

/** Column widths from their weights, each at least `min` (when the total allows). */
function columnWidths(
  weights: readonly number[],
  mins: readonly number[],
  total: number,
): number[] {
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const widths = weights.map((w) => (total * w) / sum);
  const floor = mins.map((m) => Math.min(m, total / weights.length));
  for (let pass = 0; pass < weights.length; pass++) {
    const deficit = widths.reduce((d, w, i) => d + Math.max(0, floor[i]! - w), 0);
    if (deficit <= 1e-9) break;
    const surplus = widths.reduce((s, w, i) => s + Math.max(0, w - floor[i]!), 0);
    if (surplus <= 1e-9) break;
    const ratio = Math.min(1, deficit / surplus);
    for (let i = 0; i < widths.length; i++) {
      const w = widths[i]!;
      widths[i] = w < floor[i]! ? floor[i]! : w - (w - floor[i]!) * ratio;
    }
  }
  return widths;
}

export interface TableMetrics {
  /** Font size of the cells, points. */
  size: number;
  /** Cell padding, points. */
  pad: number;
  /** At most this many lines in a cell; the rest is cut with an ellipsis. */
  maxLines: number;
}

export interface MeasuredRow {
  cells: string[][];
  height: number;
}

export interface MeasuredTable {
  spec: TableSpec;
  widths: number[];
  header: MeasuredRow;
  rows: MeasuredRow[];
  metrics: TableMetrics;
}

export type FlowItem =
  | { kind: 'break' }
  | { kind: 'heading'; text: string; size: number }
  | { kind: 'note'; lines: string[]; size: number }
  | { kind: 'table'; table: MeasuredTable };

/** A piece of a flow item placed on a page, its top at `y` (points below the page's top). */
export type Placed =
  | { kind: 'heading'; text: string; size: number; y: number }
  | { kind: 'note'; lines: string[]; size: number; y: number }
  | {
      kind: 'table';
      table: MeasuredTable;
      /** Rows [from, to). */
      from: number;
      to: number;
      continued: boolean;
      y: number;
    };

const leading = (size: number): number => size * 1.25;

function captionHeight(size: number): number {
  return leading(size * 1.1) + size * 0.6;
}

export function measureTable(
  spec: TableSpec,
  width: number,
  text: TableText,
  metrics: TableMetrics,
): MeasuredTable {
  const tableWidth = width * Math.min(1, Math.max(0.1, spec.widthFraction ?? 1));
  // A column is at least as wide as the longest word of its header and of its cells (a word
  // of a cell counts up to a fifth of the table), so that short values are never broken.
  const longestWord = (t: string, bold: boolean): number => text.widestWord(t, metrics.size, bold);
  const mins = spec.columns.map((c, i) => {
    let cells = 0;
    for (const row of spec.rows) {
      const cell = row[i];
      if (cell && cell.text !== '')
        cells = Math.max(
          cells,
          longestWord(cell.text, cell.bold ?? false) + (cell.swatch ? metrics.size * 1.2 : 0),
        );
    }
    return (
      Math.max(longestWord(c.header, true), Math.min(cells, tableWidth / 5)) + 2 * metrics.pad + 1
    );
  });
  const widths = columnWidths(
    spec.columns.map((c) => c.weight),
    mins,
    tableWidth,
  );
  const lineH = leading(metrics.size);
  const measureRow = (cells: TableCell[], bold: boolean): MeasuredRow => {
    const wrapped = spec.columns.map((_, i) => {
      const cell = cells[i];
      if (!cell || cell.text === '') return [];
      const swatch = cell.swatch ? metrics.size * 1.2 : 0;
      const inner = Math.max(1, widths[i]! - 2 * metrics.pad - swatch);
      return text.wrap(
        cell.text,
        inner,
        metrics.size,
        bold || (cell.bold ?? false),
        spec.columns[i]!.maxLines ?? metrics.maxLines,
      );
    });
    const lines = Math.max(1, ...wrapped.map((w) => w.length));
    return {
      cells: wrapped,
      height: lines * lineH + 2 * metrics.pad - (lineH - metrics.size) * 0.4,
    };
  };
  return {
    spec,
    widths,
    header: measureRow(
      spec.columns.map((c) => ({ text: c.header, bold: true })),
      true,
    ),
    rows: spec.rows.map((r) => measureRow(r, false)),
    metrics,
  };
}

/** The height of a whole table: caption, header and every row. */
function tableHeight(t: MeasuredTable): number {
  const rows =
    t.rows.length === 0
      ? leading(t.metrics.size) + 2 * t.metrics.pad
      : t.rows.reduce((sum, r) => sum + r.height, 0);
  return captionHeight(t.metrics.size) + t.header.height + rows;
}

function itemHeight(item: Exclude<FlowItem, { kind: 'table' } | { kind: 'break' }>): number {
  if (item.kind === 'heading') return leading(item.size) + item.size * 0.5;
  if (item.kind === 'note') return item.lines.length * leading(item.size) + item.size * 0.6;
  return 0;
}

/**
 * Cuts a flow into pages of `pageHeight` points. A heading is never left alone at the foot
 * of a page; a table continues on the next page with its caption and header repeated; a row
 * taller than a whole page is placed alone (and clipped by the page).
 */
export function paginateFlow(
  items: readonly FlowItem[],
  pageHeight: number,
  gap: number,
): Placed[][] {
  const pages: Placed[][] = [[]];
  let y = 0;
  const page = (): Placed[] => pages[pages.length - 1]!;
  const newPage = (): void => {
    pages.push([]);
    y = 0;
  };
  // A table that fits on one page is not split; a longer one starts where it is.
  const keepTogether = (t: MeasuredTable, room: number): number => {
    const whole = tableHeight(t);
    if (whole <= room) return whole;
    return (
      captionHeight(t.metrics.size) +
      t.header.height +
      (t.rows[0]?.height ?? leading(t.metrics.size))
    );
  };
  items.forEach((item, index) => {
    if (item.kind === 'break') {
      if (y > 0) newPage();
      return;
    }
    if (item.kind !== 'table') {
      const h = itemHeight(item);
      // Keep a heading with the table that follows it.
      let keep = h;
      const next = items[index + 1];
      if (item.kind === 'heading' && next?.kind === 'table')
        keep += keepTogether(next.table, pageHeight - h);
      if (y > 0 && y + keep > pageHeight) newPage();
      page().push({ ...item, y });
      y += h;
      return;
    }
    const t = item.table;
    const cap = captionHeight(t.metrics.size);
    const empty = t.rows.length === 0 ? leading(t.metrics.size) + 2 * t.metrics.pad : 0;
    let from = 0;
    let continued = false;
    if (y > 0 && y + keepTogether(t, pageHeight) > pageHeight) newPage();
    do {
      const head = cap + t.header.height;
      const first = t.rows[from]?.height ?? empty;
      if (y > 0 && y + head + first > pageHeight) newPage();
      const top = y;
      y += head;
      let to = from;
      while (to < t.rows.length && (to === from || y + t.rows[to]!.height <= pageHeight)) {
        y += t.rows[to]!.height;
        to++;
      }
      if (t.rows.length === 0) y += empty;
      page().push({ kind: 'table', table: t, from, to, continued, y: top });
      y += gap;
      if (to < t.rows.length) {
        newPage();
        continued = true;
      }
      from = to;
    } while (from < t.rows.length);
  });
  if (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  return pages;
}

function drawRow(
  p: Painter,
  t: MeasuredTable,
  row: MeasuredRow,
  cells: TableCell[],
  x: number,
  y: number,
  header: boolean,
  fill: Rgb | null,
): void {
  const { size, pad } = t.metrics;
  const lineH = leading(size);
  const total = t.widths.reduce((s, w) => s + w, 0);
  if (fill) p.fill(fill).rect(x, y, total, row.height, 'F');
  let cx = x;
  t.spec.columns.forEach((col, i) => {
    const w = t.widths[i]!;
    const cell = cells[i];
    if (cell?.fill) p.fill(cell.fill).rect(cx, y, w, row.height, 'F');
    let tx = cx + pad;
    if (cell?.swatch) {
      p.fill(cell.swatch)
        .stroke(INK)
        .lineWidth(size * 0.05)
        .dash([]);
      p.rect(tx, y + pad + size * 0.1, size * 0.8, size * 0.8, 'FD');
      tx += size * 1.2;
    }
    const align = header
      ? col.align === 'right'
        ? 'right'
        : (col.align ?? 'left')
      : (col.align ?? 'left');
    const ax = align === 'right' ? cx + w - pad : align === 'center' ? cx + w / 2 : tx;
    (row.cells[i] ?? []).forEach((line, li) => {
      p.text(line, ax, y + pad + size * 0.8 + li * lineH, {
        size,
        bold: header || (cell?.bold ?? false),
        color: header ? INK : (cell?.color ?? INK),
        align,
      });
    });
    cx += w;
  });
  p.stroke(RULE)
    .lineWidth(size * 0.06)
    .dash([]);
  p.line(x, y + row.height, x + total, y + row.height);
}

/** Draws one page of a paginated flow with its top-left at (x, y). */
export function drawFlowPage(p: Painter, placed: readonly Placed[], x: number, y: number): void {
  for (const item of placed) {
    const top = y + item.y;
    if (item.kind === 'heading') {
      p.text(item.text, x, top + item.size, { size: item.size, bold: true, color: INK });
      continue;
    }
    if (item.kind === 'note') {
      item.lines.forEach((line, i) =>
        p.text(line, x, top + item.size + i * leading(item.size), {
          size: item.size,
          color: MUTED,
        }),
      );
      continue;
    }
    const t = item.table;
    const { size, pad } = t.metrics;
    const caption = item.continued ? `${t.spec.caption} (continued)` : t.spec.caption;
    p.text(caption, x, top + size * 1.1, { size: size * 1.1, bold: true, color: INK });
    let ry = top + captionHeight(size);
    const headerCells = t.spec.columns.map((c) => ({ text: c.header }));
    drawRow(p, t, t.header, headerCells, x, ry, true, HEADER_FILL);
    ry += t.header.height;
    if (t.rows.length === 0) {
      p.text(t.spec.empty, x + pad, ry + pad + size * 0.8, { size, color: MUTED });
      continue;
    }
    for (let r = item.from; r < item.to; r++) {
      const row = t.rows[r]!;
      drawRow(
        p,
        t,
        row,
        t.spec.rows[r]!,
        x,
        ry,
        false,
        r % 2 === 1 ? mix(HEADER_FILL, WHITE, 0.5) : null,
      );
      ry += row.height;
    }
  }
}

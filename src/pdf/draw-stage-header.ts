/**
 * One stage's header cell: its number, its name centred, and, when the stage says what the
 * customer expects there, the expectations under the name in smaller muted words, in the
 * room the layout gives the header (the name takes fewer lines then).
 */
import type { LayoutColumn } from '../core/layout.ts';
import type { Stage } from '../core/model.ts';
import { singleLine } from './fonts.ts';
import type { Surface } from './surface.ts';
import { FAINT, INK, MUTED } from './theme.ts';

/** Header name sizes, largest first: a long name gets more, smaller lines before it is cut. */
const STAGE_STEPS = [
  { size: 14, lines: 2 },
  { size: 12, lines: 3 },
  { size: 10, lines: 4 },
] as const;
/** With expectations under it: the name keeps to fewer lines. */
const NAME_WITH_EXPECTATIONS = [
  { size: 14, lines: 1 },
  { size: 13, lines: 1 },
  { size: 11, lines: 1 },
  { size: 10, lines: 2 },
] as const;
/**
 * Largest first: the layout makes a header tall enough for its expectations at the canvas's
 * most zoomed-out letters (core/layout-brief.ts), so on paper they usually fit at 11.
 */
const EXPECTATIONS_SIZES = [11, 10, 9, 8] as const;
const PAD = 7;

function expectationsOf(stage: Stage): string {
  return stage.expectations === undefined ? '' : singleLine(stage.expectations);
}

export function drawStageHeader(
  p: Surface,
  stage: Stage,
  index: number,
  col: LayoutColumn,
  header: { y: number; height: number },
): void {
  const expectations = expectationsOf(stage);
  if (expectations === '') drawNameOnly(p, stage, col, header);
  else drawWithExpectations(p, stage, expectations, col, header);
  p.text(String(index + 1), col.x + 7, header.y + 13, { size: 8, bold: true, color: FAINT });
}

function drawNameOnly(
  p: Surface,
  stage: Stage,
  col: LayoutColumn,
  header: { y: number; height: number },
): void {
  const { lines, size } = p.fit(singleLine(stage.name), col.width - 24, STAGE_STEPS, true);
  const leading = size * 1.2;
  const top = header.y + (header.height - lines.length * leading) / 2 + size * 0.95;
  p.lines(lines, col.x + col.width / 2, top, leading, {
    size,
    bold: true,
    color: INK,
    align: 'center',
  });
}

function drawWithExpectations(
  p: Surface,
  stage: Stage,
  expectations: string,
  col: LayoutColumn,
  header: { y: number; height: number },
): void {
  const width = col.width - 24;
  const name = p.fit(singleLine(stage.name), width, NAME_WITH_EXPECTATIONS, true);
  const nameLeading = name.size * 1.2;
  const nameHeight = name.lines.length * nameLeading;
  const room = header.height - 2 * PAD - nameHeight - 2;
  const steps = EXPECTATIONS_SIZES.map((size) => ({
    size,
    lines: Math.max(1, Math.floor(room / (size * 1.2))),
  }));
  const text = p.fit(`Expects: ${expectations}`, width, steps);
  const leading = text.size * 1.2;
  const used = nameHeight + 2 + text.lines.length * leading;
  const top = header.y + Math.max(PAD, (header.height - used) / 2);
  const cx = col.x + col.width / 2;
  p.lines(name.lines, cx, top + name.size * 0.95, nameLeading, {
    size: name.size,
    bold: true,
    color: INK,
    align: 'center',
  });
  p.lines(text.lines, cx, top + nameHeight + 2 + text.size * 0.95, leading, {
    size: text.size,
    color: MUTED,
    align: 'center',
  });
}

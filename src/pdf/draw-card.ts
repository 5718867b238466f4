/**
 * One touchpoint card, in canvas units at its layout rectangle, drawn like the canvas's card
 * (src/app/canvas/TouchpointCard.tsx):
 *
 *   +=======================================+   department colour band
 *   | [icon SERVICE]                 (face) |   kind chip; emotion face
 *   | Title, bold, wrapped to three lines   |
 *   | and cut with an ellipsis              |
 *   | Phone · CSAT 4.5        [/!\ 2 high]  |   channel, CSAT, friction badge
 *   +---------------------------------------+
 *
 * A card's shape, border, chip and icon are its kind's look (core/presentation.ts): today
 * service cards are rounded, tinted, with a thick solid border and a filled chip with a
 * headset; experience cards are square, white, with a dashed border and an outlined chip
 * with sparkles.
 */
import type { Department, Severity, Touchpoint } from '../core/model.ts';
import type { LayoutCard } from '../core/layout.ts';
import { frictionSummary } from '../core/insights.ts';
import { KIND_LOOKS, SEVERITY_LOOKS } from '../core/presentation.ts';
import { CHANNEL_TERMS, EVIDENCE_TERMS, KIND_TERMS, SEVERITY_TERMS } from '../core/vocabulary.ts';
import { singleLine } from './fonts.ts';
import { KIND_ICONS, drawFace, drawFrictionIcon } from './icons.ts';
import type { Surface } from './surface.ts';
import {
  DIMMED,
  INK,
  type CardText,
  MUTED,
  WHITE,
  formatNumber,
  hexToRgb,
  isProvisional,
  mix,
  printRgb,
  type Rgb,
} from './theme.ts';

/** The geometry; the letter sizes are the text size's (theme.ts `cardText`). */
const CARD = {
  /** Height of the department band across the top. */
  band: 5,
  pad: 10,
  /** M's detail size: the friction badge's default outside a card (the legend). */
  detailSize: 8,
  faceRadius: 9.5,
} as const;

/**
 * The friction badge, right-aligned at `right`, vertically centred on `cy`; returns its left
 * edge. Provisional (some friction only assumed): its border dashed.
 */
export function drawFrictionBadge(
  p: Surface,
  right: number,
  cy: number,
  count: number,
  severity: Severity,
  size: number = CARD.detailSize,
  provisional = false,
): number {
  const look = SEVERITY_LOOKS[severity];
  const badge = printRgb(look.badge);
  const ink = printRgb(look.badgeText);
  // Lower case: the badge reads as a phrase, "2 high".
  const label = `${count} ${SEVERITY_TERMS[severity].word.toLowerCase()}`;
  const h = size * 1.75;
  const icon = size * 1.25;
  const textW = p.measure(label, size, true);
  const w = size * 0.5 + icon + size * 0.3 + textW + size * 0.6;
  const x = right - w;
  p.fill(badge)
    .stroke(ink)
    .lineWidth(size * (provisional ? 0.14 : 0.1))
    .dash(provisional ? [size * 0.4, size * 0.3] : []);
  p.roundedRect(x, cy - h / 2, w, h, size * 0.45, 'FD');
  if (provisional) p.dash([]);
  const bars = SEVERITY_TERMS[severity].rank;
  drawFrictionIcon(p, x + size * 0.5, cy - icon / 2 - size * 0.05, icon, ink, bars);
  p.text(label, x + size * 0.5 + icon + size * 0.3, cy + size * 0.36, {
    size,
    bold: true,
    color: ink,
  });
  return x;
}

/**
 * The kind chip: icon and word, filled or outlined as the kind's look says, its top-left at
 * (x, y); returns its width. `color` overrides the kind's (dimmed cards).
 */
export function drawKindMark(
  p: Surface,
  kind: Touchpoint['kind'],
  x: number,
  y: number,
  size: number,
  color?: Rgb,
): number {
  const look = KIND_LOOKS[kind];
  const c = color ?? printRgb(look.stroke);
  const h = size * 1.75;
  const icon = size * 1.3;
  const word = KIND_TERMS[kind].word.toUpperCase();
  const w = size * 0.45 + icon + size * 0.35 + p.measure(word, size, true) + size * 0.7;
  // The chip's corners follow the card's: a pill on a rounded card, nearly square on a square one.
  const radius = Math.min(h / 2, (look.radius * size) / 10);
  const filled = look.chip === 'filled';
  if (filled) p.fill(c).roundedRect(x, y, w, h, radius, 'F');
  else {
    p.stroke(c)
      .lineWidth(size * 0.15)
      .dash([]);
    p.roundedRect(x, y, w, h, radius, 'S');
  }
  const ink = filled || color === undefined ? printRgb(look.chipText) : color;
  const [ix, iy] = [x + size * 0.45 + icon / 2, y + h / 2];
  p.stamp(`${look.icon} ${icon} ${ink.join()}`, ix, iy, () =>
    KIND_ICONS[look.icon](p, ix, iy, icon, ink),
  );
  p.text(word, x + size * 0.45 + icon + size * 0.35, y + h / 2 + size * 0.36, {
    size,
    bold: true,
    color: ink,
  });
  return w;
}

/** The card's shape and department band, as the kind's look says (corners, border, dashes). */
export function drawCardShape(
  p: Surface,
  kind: Touchpoint['kind'],
  x: number,
  y: number,
  w: number,
  h: number,
  band: Rgb,
  dimmed = false,
): void {
  // The same shape on every card of a kind, size and department (see stamps.ts).
  p.stamp(`card ${kind} ${w} ${h} ${band.join()} ${dimmed}`, x, y, () =>
    drawShapeOnce(p, kind, x, y, w, h, band, dimmed),
  );
}

function drawShapeOnce(
  p: Surface,
  kind: Touchpoint['kind'],
  x: number,
  y: number,
  w: number,
  h: number,
  band: Rgb,
  dimmed: boolean,
): void {
  const look = KIND_LOOKS[kind];
  const scale = Math.min(1, h / 96);
  const radius = look.radius * scale;
  // The card and its band filled inside the card's outline as a clip: one rounded path
  // fewer than filling the outline itself.
  p.save();
  p.clip(x, y, w, h, radius);
  p.fill(dimmed ? DIMMED.fill : printRgb(look.fill)).rect(x, y, w, h, 'F');
  p.fill(band).rect(x, y, w, CARD.band * Math.max(scale, 0.6), 'F');
  p.restore();
  p.stroke(dimmed ? DIMMED.border : printRgb(look.stroke))
    .lineWidth(dimmed ? 1 : look.border.width * scale)
    .dash(look.border.dash.map((d) => d * scale));
  p.roundedRect(x, y, w, h, radius, 'S');
}

/**
 * An assumed touchpoint: a dashed outline just outside the card, whatever its kind's border
 * (experience cards are dashed already, so the card's own border cannot say it).
 */
export function drawProvisionalOutline(
  p: Surface,
  x: number,
  y: number,
  w: number,
  h: number,
  /** The legend's size factor; 1 on the map. */
  s = 1,
): void {
  const gap = 3.5 * s;
  p.stroke(MUTED)
    .lineWidth(1.3 * s)
    .dash([4 * s, 3 * s]);
  p.roundedRect(x - gap, y - gap, w + 2 * gap, h + 2 * gap, 6 * s, 'S');
  p.dash([]);
}

export function drawCard(
  p: Surface,
  card: LayoutCard,
  tp: Touchpoint,
  department: Department | undefined,
  dimmed: boolean,
  text: CardText,
): void {
  const { x, y, width: w, height: h } = card;
  if (!p.visible(x - 4, y - 4, w + 8, h + 8)) return;
  // Drawn round its own corner: every card is then written alike (see Painter.group).
  p.group(x, y, () => {
    const deptColor = department ? hexToRgb(department.color) : MUTED;
    drawCardShape(p, tp.kind, x, y, w, h, dimmed ? mix(deptColor, WHITE, 0.65) : deptColor, dimmed);
    const assumed = !dimmed && isProvisional(tp.evidence);
    if (assumed) drawProvisionalOutline(p, x, y, w, h);

    const left = x + CARD.pad;
    const right = x + w - CARD.pad;
    drawKindMark(p, tp.kind, left, y + 11, text.kindSize, dimmed ? DIMMED.text : undefined);

    if (!dimmed && tp.emotion !== null && tp.emotion !== undefined)
      drawFace(p, right - CARD.faceRadius, y + 18, CARD.faceRadius, tp.emotion);

    const title = p.fit(singleLine(tp.title), w - 2 * CARD.pad, text.titleSteps, true);
    const step = text.titleSteps.find((s) => s.size === title.size) ?? text.titleSteps[0]!;
    p.lines(title.lines, left, y + step.top, step.leading, {
      size: title.size,
      bold: true,
      color: dimmed ? DIMMED.text : INK,
    });
    if (dimmed) return;

    const rowY = y + h - text.detailRow;
    let detailRight = right;
    const summary = frictionSummary(tp);
    if (summary.count > 0 && summary.worst !== null) {
      const guessed = tp.frictions.some((f) => isProvisional(f.evidence));
      detailRight =
        drawFrictionBadge(p, right, rowY, summary.count, summary.worst, text.detailSize, guessed) -
        5;
    }
    const parts = [CHANNEL_TERMS[tp.channel]?.word ?? tp.channel];
    // In words too: a grey print of a dashed experience card must still say it is a guess.
    if (assumed) parts.unshift(EVIDENCE_TERMS.assumed.word);
    if (typeof tp.csat === 'number') parts.push(`CSAT ${formatNumber(tp.csat)}`);
    const detail = p.ellipsize(parts.join(' \u00b7 '), detailRight - left, text.detailSize);
    p.text(detail, left, rowY + text.detailSize * 0.35, { size: text.detailSize, color: MUTED });
  });
}

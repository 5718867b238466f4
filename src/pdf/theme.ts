/**
 * The PDF's own colours and formats. Colours are `[r, g, b]`, 0..255.
 *
 * How kinds, emotions, severities and rows look is not here: it is the `print` colour of
 * core/presentation.ts's tables, read through `printRgb`, so the PDF, the canvas and the
 * panels show one vocabulary. What stays here is only the PDF's: ink, rules, header fills,
 * the dimmed ghosts of filtered-out cards, the curve's line and the connections.
 */
import type { Emotion, EvidenceLevel } from '../core/model.ts';
import type { Hex, Swatch } from '../core/presentation.ts';
import { textScale, type TextSize } from '../core/text-size.ts';
import { EVIDENCE_TERMS, emotionTerm } from '../core/vocabulary.ts';

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [128, 128, 128];
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `a` moved towards `b` by t (0: a, 1: b). */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const c = (i: 0 | 1 | 2): number => Math.round(a[i] + (b[i] - a[i]) * t);
  return [c(0), c(1), c(2)];
}

const printed = new Map<Hex, Rgb>();

/** A swatch's print colour as the painter's Rgb; cached, since every card asks again. */
export function printRgb(swatch: Swatch): Rgb {
  let rgb = printed.get(swatch.print);
  if (rgb === undefined) {
    rgb = hexToRgb(swatch.print);
    printed.set(swatch.print, rgb);
  }
  return rgb;
}

/** True for evidence the team has not checked yet: drawn dashed, in print as on screen. */
export function isProvisional(evidence: EvidenceLevel | undefined): boolean {
  return evidence !== undefined && EVIDENCE_TERMS[evidence].provisional;
}

export const WHITE: Rgb = [255, 255, 255];
export const INK: Rgb = [31, 35, 40];
export const MUTED: Rgb = [95, 102, 112];
export const FAINT: Rgb = [150, 156, 164];
export const RULE: Rgb = [201, 206, 212];
export const HEADER_FILL: Rgb = [241, 243, 245];
export const PANEL_FILL: Rgb = [251, 250, 247];

export const DIMMED = {
  fill: [246, 246, 247] as Rgb,
  border: [200, 202, 206] as Rgb,
  text: [168, 172, 178] as Rgb,
};

/** The emotion curve's line and the connections' arrows (the low points' ring is LOWEST_MOMENT). */
export const CURVE = {
  line: [52, 58, 64] as Rgb,
  connection: [92, 101, 115] as Rgb,
};

/**
 * An emotion's score as the PDF prints it: the vocabulary's "+2" / "−1", with the minus sign
 * as a hyphen-minus, because the bundled fonts are cut down to ranges without U+2212
 * (assets/fonts/README.md); once they carry it, this is just `emotionTerm(e).score`.
 */
export function emotionScore(emotion: Emotion): string {
  return emotionTerm(emotion).score.replace(/\u2212/g, '-');
}

/** Format a number the way the tables and cards show it: at most `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  const f = 10 ** digits;
  const rounded = Math.round(value * f) / f;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** One title size a card tries, with its lines, line spacing and first baseline (from the card's top). */
export interface TitleStep {
  size: number;
  lines: number;
  leading: number;
  top: number;
}

/** The letter sizes of a PDF card (canvas units, as the card is drawn at its layout size). */
export interface CardText {
  /** The kind chip's word; the chip is 1.75 times as tall, its top 11 below the card's. */
  kindSize: number;
  /** Title sizes, largest first: a title that does not fit the first gets the next. */
  titleSteps: readonly TitleStep[];
  /** The channel, CSAT and friction badge row. */
  detailSize: number;
  /** The detail row's centre, above the card's bottom edge. */
  detailRow: number;
}

/** At M: the sizes the PDF card had before there was a text size. */
const CARD_M = { kind: 7.5, detail: 8, titles: [11.5, 9.5], lines: [3, 4], leading: [13.5, 11] };
const CARD_HEIGHT = 96;
const CHIP_TOP = 11;
/** Between the chip and the title's capitals, and above the detail row. */
const TITLE_GAP = 8.25;
const ROW_GAP = 1;

/**
 * A card's letter sizes at a text size: M's times the size's scale. The card keeps its size,
 * so the title takes as many lines as fit between the chip and the detail row (at XL, two
 * where M has three): bigger letters, fewer words, as on the canvas. A smaller step that
 * gets no more lines than the one before it is left out.
 */
export function cardText(size: TextSize): CardText {
  const k = textScale(size);
  const kindSize = CARD_M.kind * k;
  const detailSize = CARD_M.detail * k;
  const chipBottom = CHIP_TOP + kindSize * 1.75;
  const detailRow = Math.max(13, 6 + detailSize * 0.875);
  const rowTop = CARD_HEIGHT - detailRow - detailSize * 0.875;
  const steps: TitleStep[] = [];
  CARD_M.titles.forEach((base, i) => {
    const titleSize = base * k;
    const leading = CARD_M.leading[i]! * k;
    const top = chipBottom + TITLE_GAP + titleSize * 0.75;
    // The last line's descenders (a quarter of the size) stay above the detail row.
    const room = Math.floor((rowTop - ROW_GAP - titleSize * 0.25 - top) / leading) + 1;
    const lines = Math.min(CARD_M.lines[i]!, room);
    if (lines >= 1 && lines > (steps.at(-1)?.lines ?? 0))
      steps.push({ size: titleSize, lines, leading, top });
  });
  return { kindSize, titleSteps: steps, detailSize, detailRow };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "22 November 2026", in UTC. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

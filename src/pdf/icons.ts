/**
 * Small vector pictures, drawn with paths (no image, no icon font): the kind icons, the
 * friction warning sign and the emotion faces. They are the canvas's icons
 * (src/app/canvas/card-icons.tsx) redrawn with PDF paths, and each reads in black and white.
 */
import type { Emotion } from '../core/model.ts';
import { EMOTION_LOOKS, type KindIcon } from '../core/presentation.ts';
import type { Surface } from './surface.ts';
import { INK, printRgb, type Rgb } from './theme.ts';

type Map2 = (x: number, y: number) => [number, number];

/** Maps an icon's own box (0..box) onto a square of `size` centred on (cx, cy). */
function box(cx: number, cy: number, size: number, units: number): { at: Map2; k: number } {
  const k = size / units;
  return { at: (x, y) => [cx + (x - units / 2) * k, cy + (y - units / 2) * k], k };
}

/** A quadratic Bezier as the cubic a PDF path takes. */
function quadTo(
  p: Surface,
  at: Map2,
  from: [number, number],
  q: [number, number],
  to: [number, number],
) {
  const c1 = at(from[0] + ((q[0] - from[0]) * 2) / 3, from[1] + ((q[1] - from[1]) * 2) / 3);
  const c2 = at(to[0] + ((q[0] - to[0]) * 2) / 3, to[1] + ((q[1] - to[1]) * 2) / 3);
  const end = at(to[0], to[1]);
  p.curveTo(c1[0], c1[1], c2[0], c2[1], end[0], end[1]);
}

/** A headset (service: people help), in a size x size box centred on (cx, cy). */
function drawHeadset(p: Surface, cx: number, cy: number, size: number, color: Rgb): void {
  const { at, k } = box(cx, cy, size, 16);
  const K = 0.5523 * 5.25;
  p.stroke(color)
    .lineWidth(1.6 * k)
    .dash([]);
  // The head band: up from the left cup, half a circle of radius 5.25 round (8, 8), down.
  p.moveTo(...at(2.75, 9.5))
    .lineTo(...at(2.75, 8))
    .curveTo(...at(2.75, 8 - K), ...at(8 - K, 2.75), ...at(8, 2.75))
    .curveTo(...at(8 + K, 2.75), ...at(13.25, 8 - K), ...at(13.25, 8))
    .lineTo(...at(13.25, 9.5))
    .paint('S');
  p.fill(color);
  for (const x of [1.75, 11.25]) {
    const [left, top] = at(x, 8.5);
    p.roundedRect(left, top, 3 * k, 4.75 * k, 1.2 * k, 'F');
  }
  // The microphone boom.
  p.lineWidth(1.3 * k)
    .moveTo(...at(12.75, 13.25))
    .curveTo(...at(12.75, 14.35), ...at(11.35, 15), ...at(9, 15))
    .paint('S');
}

const SPARKLES: readonly (readonly [number, number])[][] = [
  [
    [7, 2],
    [8.35, 6.15],
    [12.5, 7.5],
    [8.35, 8.85],
    [7, 13],
    [5.65, 8.85],
    [1.5, 7.5],
    [5.65, 6.15],
  ],
  [
    [12.5, 10.5],
    [13.1, 12.4],
    [15, 13],
    [13.1, 13.6],
    [12.5, 15.5],
    [11.9, 13.6],
    [10, 13],
    [11.9, 12.4],
  ],
];

/** Two sparkles (experience: the whole journey), in a size x size box centred on (cx, cy). */
function drawSparkle(p: Surface, cx: number, cy: number, size: number, color: Rgb): void {
  const { at } = box(cx, cy, size, 16);
  p.fill(color);
  for (const star of SPARKLES)
    p.polygon(
      star.map(([x, y]) => at(x, y)),
      'F',
    );
}

/** Draws a kind's icon in a size x size box centred on (cx, cy). */
type DrawIcon = (p: Surface, cx: number, cy: number, size: number, color: Rgb) => void;

/** Every icon a kind look can name; a new KindIcon does not compile until it is drawn here. */
export const KIND_ICONS: Readonly<Record<KindIcon, DrawIcon>> = {
  headset: drawHeadset,
  sparkle: drawSparkle,
};

/**
 * A warning triangle with one to three bars (low, medium, high), in a size x size box with
 * its top-left at (x, y).
 */
export function drawFrictionIcon(
  p: Surface,
  x: number,
  y: number,
  size: number,
  color: Rgb,
  bars: number,
): void {
  const { at, k } = box(x + size / 2, y + size / 2, size, 16);
  p.stroke(color)
    .lineWidth(1.6 * k)
    .dash([]);
  p.doc.setLineJoin('round');
  p.polygon([at(8, 1.5), at(15, 14), at(1, 14)], 'S');
  p.fill(color);
  for (let i = 0; i < bars; i++) {
    const [left, top] = at(5 + i * 2.2, 11.2 - i * 1.6);
    p.rect(left, top, 1.5 * k, (1.6 + i * 1.6) * k, 'F');
  }
}

type Pt = [number, number];

/**
 * A mouth in the face's 20-unit box, from its curvature (-1 deep frown .. 1 wide smile): the
 * corners rise and the middle sinks as it smiles. The coefficients are fitted to the five
 * mouths the PDF drew when they were a table per level (to a tenth of a unit), so -2 .. +2
 * look as they did.
 */
function mouthCurve(mouth: number): [Pt, Pt, Pt] {
  const half = 3.5 + Math.max(0, Math.abs(mouth) - 0.5) * (mouth > 0 ? 1.4 : 1);
  const corners = 13 - (mouth < 0 ? 2.2 : 1.8) * mouth;
  const middle = 13 + (mouth < 0 ? 2.4 * mouth : 3.2 * mouth + 0.8 * mouth * mouth);
  return [
    [10 - half, corners],
    [10, middle],
    [10 + half, corners],
  ];
}

/**
 * A face for an emotion, radius r, centred on (cx, cy), shaped by its look's mouth: the widest
 * smile is an open grin, the deepest frown has slanted brows, 0 a straight mouth.
 */
export function drawFace(p: Surface, cx: number, cy: number, r: number, emotion: Emotion): void {
  // The same face on every card: drawn once, then written again (see stamps.ts).
  p.stamp(`face ${emotion} ${r}`, cx, cy, () => drawFaceOnce(p, cx, cy, r, emotion));
}

function drawFaceOnce(p: Surface, cx: number, cy: number, r: number, emotion: Emotion): void {
  const look = EMOTION_LOOKS[`${emotion}`];
  const { at, k } = box(cx, cy, (r / 8.6) * 20, 20);
  p.fill(printRgb(look.face))
    .stroke(printRgb(look.color))
    .lineWidth(1.3 * k)
    .dash([]);
  p.circle(cx, cy, r, 'FD');
  p.fill(INK);
  p.circle(...at(7, 8), 1.2 * k, 'F');
  p.circle(...at(13, 8), 1.2 * k, 'F');
  p.stroke(INK).lineWidth(1.5 * k);
  if (look.mouth <= -1) {
    p.line(...at(5, 5.6), ...at(8.4, 6.6));
    p.line(...at(15, 5.6), ...at(11.6, 6.6));
  }
  const [from, q, to] = mouthCurve(look.mouth);
  p.moveTo(...at(from[0], from[1]));
  quadTo(p, at, from, q, to);
  if (look.mouth >= 1) p.closePath().paint('F');
  else p.paint('S');
}

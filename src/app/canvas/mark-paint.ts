/**
 * Paints mark-shapes.ts's groups on a 2D canvas for one viewport: the only per-frame work
 * of the 'marks' level (a pan or zoom repaints, the cards' groups stay). Axis-aligned
 * rectangles without rounded corners: far out a corner is a pixel or less, and plain
 * rectangles are what a canvas fills fastest. Shapes outside the view are skipped.
 * Colours are the theme's custom properties, resolved once (`resolveColours`).
 */
import type { Emotion, Severity, TouchpointKind } from '../../core/model.ts';
import { EMOTION_LIST, KIND_LIST, SEVERITY_LIST } from '../../core/vocabulary.ts';
import { emotionVar, kindVar, severityVar } from '../theme/vocabulary-tokens.ts';
import { MARK, STRIDE, type MarkGroup } from './mark-shapes.ts';

export interface MarkColours {
  kindFill: Record<TouchpointKind, string>;
  kindStroke: Record<TouchpointKind, string>;
  emotion: Record<`${Emotion}`, string>;
  severity: Record<Severity, string>;
  severityBadge: Record<Severity, string>;
  accent: string;
  edge: string;
  /** The dashed outline of an assumed card. */
  provisional: string;
}

export interface View {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/**
 * The theme's colours as the page resolves them now (light or dark). All probes are read
 * after one style pass: reading each after setting it would force one pass per colour.
 */
export function resolveColours(host: HTMLElement): MarkColours {
  const names = [
    ...KIND_LIST.flatMap(({ id }) => [kindVar(id, 'fill'), kindVar(id, 'stroke')]),
    ...EMOTION_LIST.map((term) => emotionVar(term, 'color')),
    ...SEVERITY_LIST.flatMap(({ id }) => [severityVar(id, 'color'), severityVar(id, 'badge')]),
    '--accent',
    '--tm-edge',
    '--muted',
  ];
  const box = document.createElement('div');
  box.style.display = 'none';
  const probes = names.map((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    box.append(probe);
    return probe;
  });
  host.append(box);
  const resolved = new Map(names.map((name, i) => [name, getComputedStyle(probes[i]!).color]));
  box.remove();
  const colour = (name: string) => resolved.get(name)!;
  const byKind = (part: 'fill' | 'stroke') =>
    Object.fromEntries(KIND_LIST.map(({ id }) => [id, colour(kindVar(id, part))])) as Record<
      TouchpointKind,
      string
    >;
  const bySeverity = (part: 'color' | 'badge') =>
    Object.fromEntries(
      SEVERITY_LIST.map(({ id }) => [id, colour(severityVar(id, part))]),
    ) as Record<Severity, string>;
  return {
    kindFill: byKind('fill'),
    kindStroke: byKind('stroke'),
    emotion: Object.fromEntries(
      EMOTION_LIST.map((term) => [`${term.value}`, colour(emotionVar(term, 'color'))]),
    ) as Record<`${Emotion}`, string>,
    severity: bySeverity('color'),
    severityBadge: bySeverity('badge'),
    accent: colour('--accent'),
    edge: colour('--tm-edge'),
    provisional: colour('--muted'),
  };
}

const DIMMED_ALPHA = 0.25;
/** How far outside an assumed card its dashed outline is drawn, in screen pixels. */
const PROVISIONAL_GAP_PX = 2.5;

export function paintMarks(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  groups: readonly MarkGroup[],
  view: View,
  colours: MarkColours,
  pixelRatio: number,
): void {
  const { x, y, zoom, width, height } = view;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width * pixelRatio, height * pixelRatio);
  context.setTransform(pixelRatio * zoom, 0, 0, pixelRatio * zoom, pixelRatio * x, pixelRatio * y);
  // The view in canvas units, with a margin for outlines drawn outside the shapes.
  const margin = MARK.SELECTION_GAP + MARK.ARROW;
  const left = -x / zoom - margin;
  const top = -y / zoom - margin;
  const right = (width - x) / zoom + margin;
  const bottom = (height - y) / zoom + margin;
  const onScreenPx = (px: number) => px / zoom;

  for (const group of groups) {
    const s = group.shapes;
    const step = STRIDE[group.part];
    context.globalAlpha =
      ('dimmed' in group && group.dimmed) || group.look === 'dimmed' ? DIMMED_ALPHA : 1;
    switch (group.part) {
      case 'card':
      case 'band':
      case 'friction': {
        context.fillStyle =
          group.part === 'card'
            ? colours.kindFill[group.look]
            : group.part === 'band'
              ? group.look
              : colours.severityBadge[group.look];
        const stroke =
          group.part === 'card'
            ? colours.kindStroke[group.look]
            : group.part === 'friction'
              ? colours.severity[group.look]
              : null;
        context.beginPath();
        for (let i = 0; i < s.length; i += step) {
          if (
            s[i]! > right ||
            s[i + 1]! > bottom ||
            s[i]! + s[i + 2]! < left ||
            s[i + 1]! + s[i + 3]! < top
          )
            continue;
          context.rect(s[i]!, s[i + 1]!, s[i + 2]!, s[i + 3]!);
        }
        context.fill();
        if (stroke !== null) {
          context.strokeStyle = stroke;
          context.lineWidth = group.part === 'card' ? onScreenPx(1) : 4;
          context.stroke();
        }
        break;
      }
      case 'emotion': {
        context.fillStyle = colours.emotion[`${group.look}`];
        context.beginPath();
        const square = s.length > 0 && s[2]! * zoom * pixelRatio < 3;
        for (let i = 0; i < s.length; i += step) {
          const [cx, cy, r] = [s[i]!, s[i + 1]!, s[i + 2]!];
          if (cx - r > right || cy - r > bottom || cx + r < left || cy + r < top) continue;
          if (square) {
            const half = r * 0.886;
            context.rect(cx - half, cy - half, 2 * half, 2 * half);
            continue;
          }
          context.moveTo(cx + r, cy);
          context.arc(cx, cy, r, 0, 2 * Math.PI);
        }
        context.fill();
        break;
      }
      case 'provisional': {
        // In screen pixels, so the dashes read at every zoom; one path, one dash pattern.
        const gap = onScreenPx(PROVISIONAL_GAP_PX);
        context.strokeStyle = colours.provisional;
        context.lineWidth = onScreenPx(1.5);
        context.setLineDash([onScreenPx(4), onScreenPx(3)]);
        context.beginPath();
        for (let i = 0; i < s.length; i += step) {
          if (s[i]! > right || s[i + 1]! > bottom) continue;
          if (s[i]! + s[i + 2]! < left || s[i + 1]! + s[i + 3]! < top) continue;
          context.rect(s[i]! - gap, s[i + 1]! - gap, s[i + 2]! + 2 * gap, s[i + 3]! + 2 * gap);
        }
        context.stroke();
        context.setLineDash([]);
        break;
      }
      case 'selected':
      case 'hover': {
        context.strokeStyle = colours.accent;
        context.lineWidth = onScreenPx(group.part === 'selected' ? 3 : 2);
        context.beginPath();
        for (let i = 0; i < s.length; i += step)
          context.rect(s[i]!, s[i + 1]!, s[i + 2]!, s[i + 3]!);
        context.stroke();
        break;
      }
      case 'edge': {
        context.strokeStyle = group.look === 'selected' ? colours.accent : colours.edge;
        context.lineWidth = onScreenPx(group.look === 'selected' ? 2.5 : 1.5);
        context.beginPath();
        for (let i = 0; i < s.length; i += step) {
          const [sx, sy, tx, ty] = [s[i]!, s[i + 1]!, s[i + 2]!, s[i + 3]!];
          if (Math.max(sx, tx) < left || Math.min(sx, tx) > right) continue;
          if (Math.max(sy, ty) < top || Math.min(sy, ty) > bottom) continue;
          const bend = Math.max(Math.abs(tx - sx) / 2, 50);
          context.moveTo(sx, sy);
          context.bezierCurveTo(sx + bend, sy, tx - bend, ty, tx, ty);
        }
        context.stroke();
        break;
      }
      case 'route': {
        context.strokeStyle = group.look === 'selected' ? colours.accent : colours.edge;
        context.lineWidth =
          group.look === 'selected' ? onScreenPx(2.5) : onScreenPx(1) / pixelRatio;
        context.beginPath();
        // Variable length: each route is its point count, then that many x, y pairs.
        for (let i = 0; i < s.length; i += 1 + s[i]! * step) {
          const n = s[i]!;
          let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
          for (let k = 0; k < n; k++) {
            const [px, py] = [s[i + 1 + k * step]!, s[i + 2 + k * step]!];
            [minX, minY] = [Math.min(minX, px), Math.min(minY, py)];
            [maxX, maxY] = [Math.max(maxX, px), Math.max(maxY, py)];
          }
          if (maxX < left || minX > right || maxY < top || minY > bottom) continue;
          context.moveTo(s[i + 1]!, s[i + 2]!);
          for (let k = 1; k < n; k++) context.lineTo(s[i + 1 + k * step]!, s[i + 2 + k * step]!);
        }
        context.stroke();
        break;
      }
      case 'arrow': {
        context.fillStyle = group.look === 'selected' ? colours.accent : colours.edge;
        const half = MARK.ARROW / 2;
        context.beginPath();
        for (let i = 0; i < s.length; i += step) {
          const [tipX, tipY, dx, dy] = [s[i]!, s[i + 1]!, s[i + 2]!, s[i + 3]!];
          if (tipX < left || tipX > right || tipY < top || tipY > bottom) continue;
          // The base's middle, back along the direction; its corners across it.
          const [baseX, baseY] = [tipX - dx * MARK.ARROW, tipY - dy * MARK.ARROW];
          context.moveTo(tipX, tipY);
          context.lineTo(baseX + dy * half, baseY - dx * half);
          context.lineTo(baseX - dy * half, baseY + dx * half);
          context.closePath();
        }
        context.fill();
        break;
      }
    }
  }
  context.globalAlpha = 1;
}

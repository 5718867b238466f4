/** What MarkLayer's painter tells the mark-paint worker (mark-paint-worker.ts). */
import type { MarkGroup } from './mark-shapes.ts';
import type { MarkColours, View } from './mark-paint.ts';

export type MarkPaintMessage =
  /** The canvas itself, once: the worker draws on it from then on. */
  | { type: 'canvas'; canvas: OffscreenCanvas }
  /** What to paint: after an edit, a hover, a drag step or a change of theme. */
  | { type: 'scene'; groups: readonly MarkGroup[]; colours: MarkColours }
  /** Where: after a pan, a zoom or a resize. */
  | { type: 'view'; view: View; pixelRatio: number };

/** What MarkLayer's painter tells the mark-paint worker (mark-paint-worker.ts). */
import type { MarkGroup } from './mark-shapes.ts';
import type { MarkColours, View } from './mark-paint.ts';

export type MarkPaintMessage =
  /** The canvas itself, once: the worker draws on it from then on. */
  | { type: 'canvas'; canvas: OffscreenCanvas }
  /**
   * What to paint, in layers painted in order. Only a layer that changed is sent: a drag
   * step changes the live layer (moving cards, their connections, hover), not the base.
   */
  | { type: 'layer'; index: number; groups: readonly MarkGroup[] }
  /** The theme's colours: at first and when the system switches light and dark. */
  | { type: 'colours'; colours: MarkColours }
  /** Where: after a pan, a zoom or a resize. */
  | { type: 'view'; view: View; pixelRatio: number };

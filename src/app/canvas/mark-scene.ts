/**
 * What a mark painter keeps between paints, on the page or in the worker alike: the
 * layers, the colours and the view, each replaced by its own message; paints once all are
 * known.
 */
import { paintMarks, type MarkColours, type View } from './mark-paint.ts';
import type { MarkGroup } from './mark-shapes.ts';
import type { MarkPaintMessage } from './mark-paint-messages.ts';

type SceneMessage = Exclude<MarkPaintMessage, { type: 'canvas' }>;

export class MarkScene {
  private layers: (readonly MarkGroup[])[] = [];
  private colours: MarkColours | null = null;
  private at: { view: View; pixelRatio: number } | null = null;

  take(message: SceneMessage): void {
    if (message.type === 'layer') this.layers[message.index] = message.groups;
    else if (message.type === 'colours') this.colours = message.colours;
    else this.at = { view: message.view, pixelRatio: message.pixelRatio };
  }

  /** Sizes the canvas to the view and paints every layer; nothing until all are known. */
  paint(canvas: HTMLCanvasElement | OffscreenCanvas): void {
    const context = canvas.getContext('2d') as
      CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!context || !this.colours || !this.at) return;
    const { view, pixelRatio } = this.at;
    const [w, h] = [Math.round(view.width * pixelRatio), Math.round(view.height * pixelRatio)];
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    paintMarks(context, this.layers.flat(), view, this.colours, pixelRatio);
  }
}

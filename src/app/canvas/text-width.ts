/**
 * A line of text's width on screen (px) in the page's font, for labels laid out in screen
 * space (LowestLabels.tsx, MarkLabels.tsx). Measured on a canvas where there is one;
 * elsewhere (jsdom) estimated, which only moves an ellipsis or hides a label.
 */
let context: OffscreenCanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

export function textWidth(text: string, px: number, weight: 400 | 600 | 650 | 700): number {
  const key = `${weight}|${px}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (context === undefined)
    context =
      typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  let width = text.length * px * 0.6;
  if (context !== null) {
    context.font = `${weight} ${px}px ${getComputedStyle(document.body).fontFamily}`;
    width = context.measureText(text).width;
  }
  if (widths.size > 2000) widths.clear();
  widths.set(key, width);
  return width;
}

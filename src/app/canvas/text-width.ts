/**
 * A line of text's width on screen (px) in the map's font (theme/map-font.css), for the
 * canvas's text laid out in script: compact titles, headers, labels. Measured on a canvas
 * where there is one; elsewhere (jsdom) estimated, which only moves an ellipsis or hides a
 * label.
 */
let context: OffscreenCanvasRenderingContext2D | null | undefined;
/**
 * The map's font family, read once: reading a computed style on every measure made the
 * browser recompute the whole page's style at once, mid-render, after each edit (7 ms of a
 * title's Enter on the 1,500-card map).
 */
let family: string | undefined;
const widths = new Map<string, number>();
/** Enough for every title line of a big map at each size it is drawn at. */
const MAX_WIDTHS = 20_000;

export function textWidth(text: string, px: number, weight: 400 | 600 | 650 | 700): number {
  const key = `${weight}|${px}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (context === undefined)
    context =
      typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  let width = text.length * px * 0.6;
  if (context !== null) {
    family ??= mapFontFamily();
    context.font = `${weight} ${px}px ${family}`;
    width = context.measureText(text).width;
  }
  if (widths.size >= MAX_WIDTHS) widths.clear();
  widths.set(key, width);
  return width;
}

function mapFontFamily(): string {
  const map = getComputedStyle(document.documentElement).getPropertyValue('--tm-map-font');
  return map.trim() || getComputedStyle(document.body).fontFamily;
}

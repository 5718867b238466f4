/**
 * How many lines a text takes in a box, estimated without a screen, so the layout can size
 * note cards, stage headers and the map's brief from their words in any host (the canvas,
 * the PDF, the CLI). Widths are those of a wide sans-serif (DejaVu Sans, the fallback of
 * system-ui on Linux, wider than Segoe UI, SF or Noto Sans), so a box sized here holds its
 * text in the narrower fonts too: the estimate errs towards one line too many, never too few.
 * Lines break between words; only a word longer than a whole line is cut inside.
 */

/** Advance widths in em of the letters whose width is far from the average. */
const NARROW: Record<string, number> = {
  ' ': 0.32,
  i: 0.28,
  j: 0.28,
  l: 0.28,
  f: 0.36,
  t: 0.4,
  r: 0.42,
  I: 0.3,
  J: 0.3,
  '.': 0.32,
  ',': 0.32,
  ':': 0.34,
  ';': 0.34,
  "'": 0.28,
  '’': 0.32,
  '!': 0.4,
  '|': 0.34,
  '(': 0.4,
  ')': 0.4,
  '-': 0.37,
  m: 0.98,
  w: 0.82,
  M: 0.87,
  W: 1,
  '@': 1,
  '%': 0.95,
  '—': 1,
};
const LOWER = 0.62;
const UPPER = 0.74;
const OTHER = 0.66;
/** Bold letters are about this much wider. */
const BOLD = 1.1;

/** The estimated width of one line of `text` at `size` (same unit as the size). */
function estimateWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const known = NARROW[ch];
    if (known !== undefined) em += known;
    else if (ch >= 'a' && ch <= 'z') em += LOWER;
    else if (ch >= 'A' && ch <= 'Z') em += UPPER;
    else em += OTHER;
  }
  return em * size * (bold ? BOLD : 1);
}

export interface TextMetrics {
  /** Letter size, in the unit of the widths. */
  size: number;
  bold?: boolean;
}

/**
 * The lines of `text` wrapped in whole words to `width`. Runs of whitespace (line breaks
 * too) are one space; an empty text has no lines.
 */
export function wrapWords(text: string, width: number, metrics: TextMetrics): string[] {
  const { size, bold = false } = metrics;
  const measure = (s: string) => estimateWidth(s, size, bold);
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    // A word wider than a line (a pasted address) is the one thing cut inside.
    while (measure(word) > width && word.length > 1) {
      if (line !== '') lines.push(line);
      line = '';
      let fit = 1;
      while (fit < word.length && measure(word.slice(0, fit + 1)) <= width) fit++;
      lines.push(word.slice(0, fit));
      word = word.slice(fit);
    }
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lines a text takes at `width`, at most `maxLines` (then it is cut with "…"); 0 for none. */
export function lineCount(
  text: string,
  width: number,
  metrics: TextMetrics,
  maxLines = Infinity,
): number {
  return Math.min(maxLines, wrapWords(text, width, metrics).length);
}

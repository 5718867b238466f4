/**
 * How much text a box holds, estimated without fonts: a cautious average letter width and a
 * line height per point size, and words wrapped greedily as PowerPoint and Impress wrap them.
 * A text that does not fit is cut between words and ends in "…", never drawn smaller.
 */

/** Average advance of a letter, in ems: cautious (wide capitals, bold) so text fits for real. */
const EM_PER_CHAR = 0.55;
/** Line height, in ems. */
const LINE_HEIGHT = 1.2;

/** Letters of `size`-point text that fit across `width` inches (at least one). */
export function charsPerLine(width: number, size: number): number {
  return Math.max(1, Math.floor((width * 72) / (size * EM_PER_CHAR)));
}

/** The height of `lines` lines of `size`-point text, in inches. */
export const linesHeight = (lines: number, size: number): number =>
  (lines * size * LINE_HEIGHT) / 72;

/** Lines of `size`-point text that fit down `height` inches. */
export const linesIn = (height: number, size: number): number =>
  Math.floor((height * 72) / (size * LINE_HEIGHT) + 1e-9);

const wordsOf = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/**
 * The lines `words` wrap to, `perLine` letters at most each, as slide software wraps: between
 * words; only a word longer than a whole line is broken, over lines of its own.
 */
function wrappedLines(words: readonly string[], perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of words) {
    if (word.length > perLine) {
      const pieces = Math.ceil(word.length / perLine);
      lines += (used > 0 ? 1 : 0) + pieces - 1;
      used = word.length - (pieces - 1) * perLine;
    } else if (used === 0) used = word.length;
    else if (used + 1 + word.length <= perLine) used += 1 + word.length;
    else {
      lines++;
      used = word.length;
    }
  }
  return lines;
}

/**
 * `text` as it fits in `maxLines` lines of `perLine` letters: whole, or cut after the last
 * word that fits, with "…", every word on one line (slide software would break a longer
 * word inside: "Mark / eting"); a first word longer than a line is cut on it, with "…";
 * null when not even one letter and "…" fit.
 */
export function fitLines(text: string, perLine: number, maxLines: number): string | null {
  if (maxLines < 1 || perLine < 2) return null;
  const words = wordsOf(text);
  const holds = (kept: readonly string[]) =>
    kept.every((word) => word.length <= perLine) && wrappedLines(kept, perLine) <= maxLines;
  if (holds(words)) return words.join(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const kept = words.slice(0, k);
    kept[k - 1] = `${kept[k - 1]!.replace(/[,.;:–-]+$/, '')}…`;
    if (holds(kept)) return kept.join(' ');
  }
  return `${words[0]!.slice(0, perLine - 1)}…`;
}

/** `text` fitted into a box of `width` × `height` inches at `size` points (see fitLines). */
export function fitText(text: string, width: number, height: number, size: number): string | null {
  return fitLines(text, charsPerLine(width, size), linesIn(height, size));
}

/** The lines `text` takes across `width` inches at `size` points. */
export const lineCount = (text: string, width: number, size: number): number =>
  wrappedLines(wordsOf(text), charsPerLine(width, size));

/**
 * How much text a box holds, estimated without fonts: a cautious average letter width and a
 * line height per point size, and words wrapped greedily as PowerPoint and Impress wrap them.
 * A text that does not fit is cut between words and ends in "…", never drawn smaller.
 */

/** Average advance of a letter, in ems: cautious (wide capitals, bold) so text fits for real. */
const EM_PER_CHAR = 0.6;
/** Line height, in ems. */
export const LINE_HEIGHT = 1.2;

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

/** The lines `text` wraps to, `perLine` letters at most each (a longer word is cut). */
export function wrapWords(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    while (word.length > perLine) {
      if (line !== '') lines.push(line);
      lines.push(word.slice(0, perLine));
      word = word.slice(perLine);
      line = '';
    }
    if (word === '') continue;
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length > perLine) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `text` as it fits in `maxLines` lines of `perLine` letters: whole, or cut after the last
 * word that fits with "…"; null when not even one letter and "…" fit (no room for words).
 */
export function fitLines(text: string, perLine: number, maxLines: number): string | null {
  if (maxLines < 1 || perLine < 2) return null;
  const lines = wrapWords(text, perLine);
  if (lines.length <= maxLines) return text.trim().split(/\s+/).join(' ');
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  // Room for the ellipsis: drop words from the last line (or letters, for one long word).
  while (last.length + 1 > perLine) {
    const space = last.lastIndexOf(' ');
    last = space > 0 ? last.slice(0, space) : last.slice(0, perLine - 1);
  }
  kept[maxLines - 1] = `${last.replace(/[\s,.;:–-]+$/, '')}…`;
  return kept.join(' ');
}

/** `text` fitted into a box of `width` × `height` inches at `size` points (see fitLines). */
export function fitText(text: string, width: number, height: number, size: number): string | null {
  return fitLines(text, charsPerLine(width, size), linesIn(height, size));
}

/** The lines `text` takes across `width` inches at `size` points. */
export const lineCount = (text: string, width: number, size: number): number =>
  Math.max(1, wrapWords(text, charsPerLine(width, size)).length);

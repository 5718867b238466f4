/**
 * How much text fits on a presentation slide, estimated without a screen: text is counted in
 * lines of a fixed number of characters, and a text or a list longer than a slide is cut
 * into pieces that each fit. Slides never shrink text to fit, so cutting is the only way a
 * long persona or description stays readable on a projector.
 */

/** Lines a text takes when `perLine` characters fit on a line (at least one). */
export const linesOf = (text: string, perLine: number): number =>
  Math.max(1, Math.ceil(text.length / perLine));

/**
 * Cuts `text` between words into pieces of at most `lines` lines of `perLine` characters
 * (the first piece `firstLines`, when it shares its slide with something else). A word
 * longer than a whole piece (a pasted URL) is cut inside, the only place a word may break.
 * Runs of whitespace become one space; the words and their order are kept.
 */
export function chunkText(
  text: string,
  perLine: number,
  lines: number,
  firstLines = lines,
): string[] {
  const chunks: string[] = [];
  const limit = () => Math.max(1, chunks.length === 0 ? firstLines : lines);
  let chunk = '';
  const close = () => {
    if (chunk !== '') chunks.push(chunk);
    chunk = '';
  };
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    while (word.length > perLine * limit()) {
      close();
      const room = perLine * limit();
      chunks.push(word.slice(0, room));
      word = word.slice(room);
    }
    const next = chunk === '' ? word : `${chunk} ${word}`;
    if (chunk !== '' && linesOf(next, perLine) > limit()) {
      close();
      chunk = word;
    } else chunk = next;
  }
  close();
  return chunks;
}

/** Cuts a list into pages of at most `budget` lines; an empty list is one empty page. */
export function paginateList<T>(
  items: readonly T[],
  lines: (item: T) => number,
  budget: number,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = lines(item);
    if (page.length > 0 && used + cost > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += cost;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/**
 * A compact card's title as the lines it shows: whole words only, as many as fit (fewer
 * words, never smaller letters, never a word broken across two lines; a compound may break
 * after its hyphen, "Comparison-" / "site ad"). The first line is shorter than the others
 * (the kind mark sits beside it); a first word too wide for it but not for a whole line
 * starts on the line under the mark, which is left empty. Where words are left out the last
 * line ends with an ellipsis (unless not even the first words leave room for one: they show
 * whole, without it); only a first word wider than a whole line is cut (with an ellipsis),
 * since nothing whole could stand in for it. The full title is the card's tooltip.
 */
const ELLIPSIS = '…';

interface Token {
  text: string;
  /** Whether a space comes before it (none after a hyphen). */
  spaced: boolean;
}

function tokens(title: string): Token[] {
  return title
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) =>
      (word.match(/[^-]+-+(?=[^-])|.+$/g) ?? [word]).map((text, i) => ({
        text,
        spaced: i === 0,
      })),
    );
}

/** The longest start of `text` that fits with an ellipsis after it. */
function cut(text: string, width: number, measure: (text: string) => number): string {
  let end = text.length;
  while (end > 1 && measure(`${text.slice(0, end)}${ELLIPSIS}`) > width) end--;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

const join = (line: Token[]) =>
  line.map((t, i) => (i > 0 && t.spaced ? ` ${t.text}` : t.text)).join('');

/** The room on a title's lines: the first (beside the kind mark) and every later one. */
export interface TitleWidths {
  first: number;
  rest: number;
}

export function titleLines(
  title: string,
  widths: TitleWidths,
  maxLines: number,
  measure: (text: string) => number,
): string[] {
  const widthOf = (line: number) => (line === 0 ? widths.first : widths.rest);
  const all = tokens(title);
  const lines: Token[][] = [];
  /** Whether any line so far holds words (the first may be left empty, beside the mark). */
  const started = () => lines.some((line) => line.length > 0);
  let next = 0;
  while (next < all.length && lines.length < maxLines) {
    const width = widthOf(lines.length);
    const first = all[next]!;
    if (measure(first.text) > width) {
      if (lines.length === 0 && maxLines > 1 && widths.rest > width) {
        lines.push([]);
        continue;
      }
      // Wider than a line: cut on the first line with words; on a later one, left out (an
      // ellipsis above says so).
      if (!started()) return [...lines.map(() => ''), cut(first.text, width, measure)];
      break;
    }
    const line = [first];
    next++;
    while (next < all.length && measure(join([...line, all[next]!])) <= width) {
      line.push(all[next]!);
      next++;
    }
    lines.push(line);
  }
  const text = lines.map(join);
  if (next < all.length && started()) {
    // Tokens left out: the last line says so, giving up its own last tokens (or, for a
    // lone one, the whole line) to make room for the ellipsis.
    for (;;) {
      const last = lines.pop()!;
      text.pop();
      const width = widthOf(lines.length);
      while (last.length > 1 && measure(`${join(last)}${ELLIPSIS}`) > width) last.pop();
      const line = join(last);
      if (measure(`${line}${ELLIPSIS}`) <= width) {
        text.push(`${line}${ELLIPSIS}`);
        break;
      }
      if (!started()) {
        // No room for an ellipsis after the first words: they stay whole, without one (the
        // tooltip holds the rest), rather than be cut.
        text.push(line);
        break;
      }
    }
  }
  return text;
}

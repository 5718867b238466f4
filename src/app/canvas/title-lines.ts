/**
 * A compact card's title as the lines it shows: whole words only, as many as fit (fewer
 * words, never smaller letters, never a word broken across two lines; a compound may break
 * after its hyphen, "Comparison-" / "site ad"). Where words are left out the last line ends
 * with an ellipsis; only a first word wider than a whole line is cut (with an ellipsis),
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

export function titleLines(
  title: string,
  width: number,
  maxLines: number,
  measure: (text: string) => number,
): string[] {
  const all = tokens(title);
  const lines: Token[][] = [];
  let next = 0;
  while (next < all.length && lines.length < maxLines) {
    const first = all[next]!;
    if (measure(first.text) > width) {
      // Wider than a line: cut on the first line; on a later one, left out (ellipsis above).
      if (lines.length === 0) return [cut(first.text, width, measure)];
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
  if (next < all.length && lines.length > 0) {
    // Tokens left out: the last line says so, giving up its own last tokens (or, for a
    // lone one, the whole line) to make room for the ellipsis.
    for (;;) {
      const last = lines.pop()!;
      text.pop();
      while (last.length > 1 && measure(`${join(last)}${ELLIPSIS}`) > width) last.pop();
      const line = join(last);
      if (measure(`${line}${ELLIPSIS}`) <= width) {
        text.push(`${line}${ELLIPSIS}`);
        break;
      }
      if (lines.length === 0) {
        text.push(cut(line, width, measure));
        break;
      }
    }
  }
  return text;
}

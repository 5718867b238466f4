/**
 * Fitting text into boxes: wrapping into lines, and cutting with an ellipsis what does not
 * fit. Pure: widths come from a `measure` function (FontSet.measure times a font size), so
 * the same code wraps for the page and for the tests.
 *
 * Lines break at spaces, after hyphens and slashes, and between CJK characters (which have
 * no spaces); a word wider than the line is broken between characters. A new line in the
 * text starts a new line.
 */

export type Measure = (text: string) => number;

export const ELLIPSIS = '\u2026';

export interface Wrapped {
  lines: string[];
  /** True when text was cut (an ellipsis ends the last line). */
  truncated: boolean;
}

// CJK ideographs, kana, Hangul, CJK punctuation and full-width forms break anywhere.
const BREAK_ANYWHERE =
  /[\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** What wrapping would change in a text that fits: new lines, tabs, runs of spaces, outer spaces. */
const MUST_TOKENIZE = /[\n\r\t]| {2}|^ | $/;

interface Token {
  text: string;
  /** A space separates it from the token before. */
  spaced: boolean;
}

function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let current = '';
  let spaced = false;
  const flush = (): void => {
    if (current !== '') tokens.push({ text: current, spaced });
    current = '';
    spaced = false;
  };
  for (const ch of paragraph) {
    if (ch === ' ' || ch === '\t') {
      flush();
      if (tokens.length > 0) spaced = true;
    } else if (ch >= '\u2e80' && BREAK_ANYWHERE.test(ch)) {
      const wasSpaced = spaced;
      flush();
      tokens.push({ text: ch, spaced: wasSpaced });
    } else {
      current += ch;
      if (ch === '-' || ch === '/' || ch === '\u2013' || ch === '\u2014') flush();
    }
  }
  flush();
  return tokens;
}

/** The longest prefix of `chars` (at least one character) that fits. */
function fittingPrefix(chars: string[], maxWidth: number, measure: Measure): number {
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(chars.slice(0, mid).join('')) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text cut to fit `maxWidth`, ending in an ellipsis when it was cut. */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const candidate = chars.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (measure(candidate) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const kept = chars
    .slice(0, lo)
    .join('')
    .replace(/[\s,;:.\-\u2013\u2014]+$/, '');
  return kept === '' && measure(ELLIPSIS) > maxWidth ? '' : kept + ELLIPSIS;
}

/** A line that was followed by more text: it ends in an ellipsis, cut further if need be. */
export function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
  const trimmed = line.replace(/[\s,;:.\-\u2013\u2014]+$/, '');
  const candidate = trimmed + ELLIPSIS;
  if (measure(candidate) <= maxWidth) return candidate;
  return ellipsize(trimmed + ELLIPSIS + ELLIPSIS, maxWidth, measure);
}

/**
 * Lines of at most `maxWidth`; with `maxLines`, the last allowed line takes an ellipsis
 * when more text follows. Empty text gives no lines.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: Measure,
  maxLines = Infinity,
): Wrapped {
  // Most texts (a stage's name, an owner, a channel) fit as they are: one line, no tokens.
  if (maxLines >= 1 && !MUST_TOKENIZE.test(text) && measure(text) <= maxWidth)
    return { lines: text === '' ? [] : [text], truncated: false };
  const lines: string[] = [];
  const space = measure(' ');
  let truncated = false;
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n');

  outer: for (let p = 0; p < paragraphs.length; p++) {
    const tokens = tokenize(paragraphs[p]!);
    if (tokens.length === 0) {
      if (p > 0 && p < paragraphs.length - 1) {
        if (lines.length >= maxLines) {
          truncated = true;
          break;
        }
        lines.push('');
      }
      continue;
    }
    let line = '';
    let width = 0;
    const push = (): boolean => {
      if (lines.length >= maxLines) {
        truncated = true;
        return false;
      }
      lines.push(line);
      line = '';
      width = 0;
      return true;
    };
    for (const token of tokens) {
      const tokenWidth = measure(token.text);
      const gap = line !== '' && token.spaced ? space : 0;
      if (width + gap + tokenWidth <= maxWidth) {
        line += (gap > 0 ? ' ' : '') + token.text;
        width += gap + tokenWidth;
        continue;
      }
      if (line !== '' && !push()) break outer;
      if (tokenWidth <= maxWidth) {
        line = token.text;
        width = tokenWidth;
        continue;
      }
      // A word wider than the line: break it between characters.
      let chars = [...token.text];
      while (chars.length > 0) {
        const n = fittingPrefix(chars, maxWidth, measure);
        line = chars.slice(0, n).join('');
        width = measure(line);
        chars = chars.slice(n);
        if (chars.length > 0 && !push()) break outer;
      }
    }
    if (line !== '' && !push()) break;
  }

  if (truncated && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = withEllipsis(lines[last]!, maxWidth, measure);
  }
  return { lines, truncated };
}

/** A size to try and the lines the text may take at it. */
export interface FitStep {
  size: number;
  lines: number;
}

export interface Fitted {
  lines: string[];
  size: number;
}

/**
 * Wraps at the first size of `steps` (largest first) at which the whole text fits in its
 * number of lines; at the last size the text is cut with an ellipsis if need be.
 */
export function fitText(
  text: string,
  maxWidth: number,
  steps: readonly FitStep[],
  measureAt: (size: number) => Measure,
): Fitted {
  let last: Fitted = { lines: [], size: steps[0]?.size ?? 10 };
  for (const step of steps) {
    const wrapped = wrapText(text, maxWidth, measureAt(step.size), step.lines);
    last = { lines: wrapped.lines, size: step.size };
    if (!wrapped.truncated) break;
  }
  return last;
}

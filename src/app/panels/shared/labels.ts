/** Small text helpers the panels share (the vocabulary's words are in core/vocabulary.ts). */

/** "+2", "0", "−1.5" (a real minus sign, readable on a projector). */
export function formatScore(value: number, digits = 0): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}

/** "1 touchpoint", "5 touchpoints". */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

/** “Name”, in typographic quotes. */
export function quoted(text: string): string {
  return `\u201c${text}\u201d`;
}

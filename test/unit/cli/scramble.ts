/** For the `touchmap format` tests: a map written differently, for formatting to put right. */

export interface ScrambleOptions {
  /** What ends each line: '\n' (the default) or '\r\n'. */
  lineEnd?: '\n' | '\r\n';
  /** Whether the text ends with a line end (default: no). */
  finalNewline?: boolean;
}

/**
 * The same map written differently: 4-space indent and the known keys of every object in
 * reverse order. Unknown keys (the fixtures' all start with "x-") and their values are left as
 * they are: their order is the user's and survives formatting.
 */
export function scramble(text: string, options: ScrambleOptions = {}): string {
  const { lineEnd = '\n', finalNewline = false } = options;
  const reverse = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverse);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    const known = entries.filter(([k]) => !k.startsWith('x-'));
    const unknown = entries.filter(([k]) => k.startsWith('x-'));
    return Object.fromEntries([...known.reverse().map(([k, v]) => [k, reverse(v)]), ...unknown]);
  };
  const json = JSON.stringify(reverse(JSON.parse(text)), null, 4);
  return `${json}${finalNewline ? '\n' : ''}`.replace(/\n/g, lineEnd);
}

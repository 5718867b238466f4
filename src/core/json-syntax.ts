/**
 * Finds where JSON text breaks, as line and column. `JSON.parse` says so differently in
 * every engine (and sometimes not at all), so the message must not depend on it.
 * Only called once `JSON.parse` has failed; iterative, so deep nesting cannot overflow.
 *
 * Kept rather than replaced by jsonc-parser after measuring both on the same inputs: the
 * library, bundled, is four times the size (10.2 KB against 2.5 KB minified); it reports an
 * error code at the start of the token (a bad escape or a raw tab in a text points at the
 * opening quote) where this names the character and points at it; its recursive parser
 * overflows the stack on 100,000 nested lists; and it was no faster on a 4.7 MB file.
 */

export interface JsonSyntaxError {
  /** 1-based */
  line: number;
  /** 1-based, in characters of the line */
  column: number;
  message: string;
}

type Expect = 'value' | 'key-or-end' | 'key' | 'colon' | 'comma-or-end' | 'value-or-end' | 'eof';

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'a line break';
  if (ch === '\t') return 'a tab';
  if (ch === '"') return "a quote '\"'";
  // Quoting a character the reader cannot see (a control, a format mark, a lone surrogate, a
  // replacement or an unassigned code point) would show an empty box: name its code instead.
  if (ch !== ' ' && INVISIBLE.test(ch)) {
    const code = ch.codePointAt(0)!;
    const name = CONTROL.test(ch) ? 'control character' : 'invisible character';
    return `${name} U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  }
  return `"${ch}"`;
}

const INVISIBLE = /^[\p{C}\p{Z}\uFFFD]$/u;
const CONTROL = /^\p{Cc}$/u;

/** The whole character at `i` (both halves of a surrogate pair), or undefined at the end. */
function charAt(text: string, i: number): string | undefined {
  const code = text.codePointAt(i);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';

  const fail = (at: number, message: string): JsonSyntaxError => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < at && k < text.length; k++) {
      if (text[k] === '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: at - lineStart + 1, message };
  };
  const skipSpace = () => {
    while (
      i < text.length &&
      (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')
    )
      i++;
  };
  /** Scans a string starting at the opening quote; returns an error or null. */
  const scanString = (): JsonSyntaxError | null => {
    const start = i;
    i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return null;
      }
      if (ch === '\\') {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return fail(i, 'a \\u escape needs four hex digits');
          i += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else return fail(i, `invalid escape "\\${esc ?? ''}" in a text`);
        continue;
      }
      if (ch.charCodeAt(0) < 0x20)
        return fail(i, `${describeChar(ch)} inside a text (missing closing quote?)`);
      i++;
    }
    return fail(start, 'a text is not closed: missing closing quote');
  };
  const scanNumber = (): JsonSyntaxError | null => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') return fail(i, `invalid number`);
    i += m[0].length;
    return null;
  };
  /** After a complete value: what may follow depends on the container. */
  const afterValue = (): Expect => (stack.length === 0 ? 'eof' : 'comma-or-end');

  for (;;) {
    skipSpace();
    const ch = charAt(text, i);
    switch (expect) {
      case 'eof':
        if (ch === undefined) return null;
        return fail(i, `unexpected ${describeChar(ch)} after the end of the data`);
      case 'colon':
        if (ch !== ':')
          return fail(i, `expected ":" after a property name, found ${describeChar(ch)}`);
        i++;
        expect = 'value';
        continue;
      case 'comma-or-end': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (ch === ',') {
          i++;
          expect = stack[stack.length - 1] === '{' ? 'key' : 'value';
          continue;
        }
        if (ch === close) {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        const startsValue = ch !== undefined && /["{[0-9tfn-]/.test(ch);
        const hint = startsValue ? ' (is a comma missing before it?)' : '';
        return fail(i, `expected "," or "${close}", found ${describeChar(ch)}${hint}`);
      }
      case 'key':
      case 'key-or-end':
        if (ch === '}' && expect === 'key-or-end') {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (ch !== '"') {
          const trailing = ch === '}' ? ' (a comma before "}" is not allowed)' : '';
          return fail(
            i,
            `expected a property name in double quotes, found ${describeChar(ch)}${trailing}`,
          );
        }
        {
          const err = scanString();
          if (err) return err;
        }
        expect = 'colon';
        continue;
      case 'value':
      case 'value-or-end': {
        if (ch === ']' && expect === 'value-or-end') {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (ch === '{') {
          i++;
          stack.push('{');
          expect = 'key-or-end';
          continue;
        }
        if (ch === '[') {
          i++;
          stack.push('[');
          expect = 'value-or-end';
          continue;
        }
        if (ch === '"') {
          const err = scanString();
          if (err) return err;
          expect = afterValue();
          continue;
        }
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
          const err = scanNumber();
          if (err) return err;
          expect = afterValue();
          continue;
        }
        const word = /^(true|false|null)/.exec(text.slice(i, i + 5));
        if (word) {
          i += word[1]!.length;
          expect = afterValue();
          continue;
        }
        const trailing = ch === ']' ? ' (a comma before "]" is not allowed)' : '';
        return fail(i, `expected a value, found ${describeChar(ch)}${trailing}`);
      }
    }
  }
}

/**
 * Rule 9 of the format: the nesting limit. A file nested deeper than this is refused before it is
 * parsed: such a file cannot be a map a person made, and the engines' recursive writers
 * (JSON.stringify in serialise and format) overflow their stack long before their parsers
 * do, so a deeper file that were let in could be opened but never saved.
 *
 * The check reads the text left to right counting open containers (once more, keeping keys
 * and indices, only when it is too deep, to say where), so it costs the same whatever the
 * shape of the file, and it runs before `JSON.parse` in every host, so no engine's parser
 * or error locator ever sees more than the limit.
 */
import { formatPath } from './describe.ts';

/** The deepest nesting a file may have; the top-level object is level 1. */
export const MAX_DEPTH = 64;

export interface DepthExcess {
  /** The JSON path of the first container past the limit, as problems show it. */
  path: string;
  /** 1-based, where that container opens. */
  line: number;
  column: number;
}

/** One open container: in an object, where its current key's text lies; in a list, the index. */
interface Frame {
  list: boolean;
  index: number;
  keyStart: number;
  keyEnd: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** The index just past the string whose opening quote is at `start` (or the text's end). */
function skipString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return text.length;
    // A quote preceded by an odd run of backslashes is escaped.
    let slashes = 0;
    for (let k = quote - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

function keyOf(text: string, frame: Frame): string {
  const raw = text.slice(frame.keyStart, frame.keyEnd);
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.slice(1, -1);
  }
}

function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Whether `text` nests deeper than `limit` anywhere: strings and brackets only, no keys or
 * indices kept. Every file is read this way; only a file that is too deep is read again
 * by `locateDepthExcess` to say where.
 */
function nestsDeeper(text: string, limit: number): boolean {
  // One regular expression takes a whole string or one bracket per step. An unterminated
  // string is not taken, so what follows it counts as brackets: this may say yes to broken
  // text that `locateDepthExcess` then clears, never no where it would say yes.
  const token = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|[{}[\]]/g;
  let depth = 0;
  while (token.test(text)) {
    const code = text.charCodeAt(token.lastIndex - 1);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (code !== QUOTE) depth--;
  }
  return false;
}

/**
 * Where `text` first nests deeper than `limit`, or null. Tolerant of broken JSON (the
 * syntax is checked afterwards): it follows only strings, brackets and commas.
 */
export function findDepthExcess(text: string, limit: number = MAX_DEPTH): DepthExcess | null {
  return nestsDeeper(text, limit) ? locateDepthExcess(text, limit) : null;
}

function locateDepthExcess(text: string, limit: number): DepthExcess | null {
  const stack: Frame[] = [];
  // Jumps from one character that matters to the next: white space, numbers and words are
  // never looked at one by one, and strings are skipped by `skipString`.
  const structural = /["{}[\],]/g;
  // `test` rather than `exec`: no match object per character, so no garbage to collect.
  while (structural.test(text)) {
    const i = structural.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = skipString(text, i);
      const top = stack[stack.length - 1];
      // In an object a string is a key when it is the first thing since "{" or ",".
      if (top !== undefined && !top.list && top.keyEnd === -1) {
        top.keyStart = i;
        top.keyEnd = end;
      }
      structural.lastIndex = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (stack.length >= limit) {
        const path = formatPath(stack.map((f) => (f.list ? f.index : keyOf(text, f))));
        return { path, ...locate(text, i) };
      }
      stack.push({ list: code === OPEN_BRACKET, index: 0, keyStart: -1, keyEnd: -1 });
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      stack.pop();
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) continue;
      if (top.list) top.index++;
      else top.keyEnd = -1;
    }
  }
  return null;
}

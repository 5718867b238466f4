/**
 * A hidden test hook for the benchmark (test/bench/editor.bench.ts): a page whose init
 * script sets `window.__TOUCHMAP_BENCH_MAP__` to a map file's text opens that map straight
 * away, skipping the start screen and the file dialog. Nothing in the app's UI sets it.
 */
import { parse } from '../../core/parse.ts';
import { createSession, type Session } from './session.ts';

declare global {
  interface Window {
    __TOUCHMAP_BENCH_MAP__?: unknown;
  }
}

const BENCH_MARK = 'touchmap:bench-map-received';

export function benchSession(win: Window = window): Session | null {
  const text = win.__TOUCHMAP_BENCH_MAP__;
  if (typeof text !== 'string') return null;
  performance.mark(BENCH_MARK);
  const result = parse(text);
  if (!result.ok) throw new Error(`Benchmark map does not parse: ${result.error.message}`);
  return createSession({ map: result.map });
}

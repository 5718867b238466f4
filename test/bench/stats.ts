export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile, rounded to 0.01. */
function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]! * 100) / 100;
}

export interface FrameStats {
  /** Frames per second over the whole gesture. */
  fps: number;
  p50: number;
  p95: number;
  frames: number;
}

/** Frame rate and frame times from consecutive animation-frame timestamps (ms). */
export function frameStats(stamps: readonly number[]): FrameStats {
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const span = stamps.length > 1 ? stamps[stamps.length - 1]! - stamps[0]! : 0;
  return {
    fps: span > 0 ? Math.round((deltas.length / span) * 10_000) / 10 : Number.NaN,
    p50: median(deltas),
    p95: percentile(deltas, 95),
    frames: deltas.length,
  };
}

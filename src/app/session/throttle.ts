/**
 * At most one call per interval, the last value always delivered: pointer moves and pans
 * fire at 60 Hz or more, and every awareness change is a message to every participant.
 */
export interface Throttled<T> {
  (value: T): void;
  /** Drops a pending call (the component went away). */
  cancel(): void;
}

export function throttle<T>(
  run: (value: T) => void,
  intervalMs: number,
  clock: { now: () => number } = Date,
): Throttled<T> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;

  const fire = () => {
    timer = null;
    if (pending === null) return;
    const { value } = pending;
    pending = null;
    last = clock.now();
    run(value);
  };

  const throttled = ((value: T) => {
    pending = { value };
    if (timer !== null) return;
    const wait = last + intervalMs - clock.now();
    if (wait <= 0) fire();
    else timer = setTimeout(fire, wait);
  }) as Throttled<T>;
  throttled.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}

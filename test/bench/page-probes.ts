/**
 * Functions the editor benchmark runs inside the page (through `page.evaluate`): each is
 * self-contained, since only its source text reaches the page. Times are the page's
 * `performance.now()` clock; event timestamps share it, so "from the click" or "from the
 * key press" includes the time the event waited for a busy main thread.
 */

declare global {
  interface Window {
    __benchFrames?: number[];
    /** The recording loop that may run; an older one stops at its next frame. */
    __benchLoop?: number;
    /** What `armFit` or `armCommit` is watching for. */
    __benchResult?: Promise<unknown>;
    /** The drafts in localStorage when `draftsChanged` last remembered them. */
    __benchDrafts?: string;
  }
}

export interface Point {
  x: number;
  y: number;
}

/** Records every animation frame's timestamp until `stopFrames`. */
export function startFrames(): void {
  const generation = (window.__benchLoop ?? 0) + 1;
  window.__benchLoop = generation;
  window.__benchFrames = [];
  const loop = (t: number) => {
    if (window.__benchLoop !== generation) return;
    window.__benchFrames!.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

export async function stopFrames(): Promise<number[]> {
  // Until the page is idle (work a page defers past the gesture, such as a background
  // render, is the gesture's too), then one more frame so the last input's work is counted.
  await new Promise((done) => requestIdleCallback(done, { timeout: 2000 }));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  window.__benchLoop = (window.__benchLoop ?? 0) + 1;
  return window.__benchFrames ?? [];
}

/**
 * Waits until the number of `selector` elements stops changing for two frames; returns ms
 * from the performance mark `mark` (where the page received the map) and from navigation.
 */
export function waitForFullRender(args: {
  selector: string;
  mark: string;
}): Promise<{ fromMap: number; fromNavigation: number; nodes: number }> {
  return new Promise((resolve) => {
    let last = -1;
    let stable = 0;
    let settledAt = 0;
    const tick = () => {
      const count = document.querySelectorAll(args.selector).length;
      if (count > 0 && count === last) {
        stable++;
      } else {
        stable = 0;
        settledAt = performance.now();
      }
      last = count;
      if (stable >= 2) {
        const mark = performance.getEntriesByName(args.mark)[0];
        resolve({
          fromMap: settledAt - (mark?.startTime ?? 0),
          fromNavigation: settledAt,
          nodes: count,
        });
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The centre of the flow node nearest to the middle of the flow's pane. */
export function nodeNearMiddle(selector: string): Point | null {
  const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
  const x = pane.x + pane.width / 2;
  const y = pane.y + pane.height / 2;
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const node of document.querySelectorAll(selector)) {
    const r = node.getBoundingClientRect();
    const centre = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    const d = Math.hypot(centre.x - x, centre.y - y);
    if (d < bestDistance && r.width > 4 && r.height > 4) {
      bestDistance = d;
      best = centre;
    }
  }
  return best;
}

/**
 * A point of empty canvas (no node, edge, panel or header under it) nearest the middle of
 * the flow, where pressing and dragging pans; with room to drag up and left.
 */
export function emptyPanePoint(
  /** Screen boxes that count as taken too: Touchmap's far-out marks have no element. */
  taken: { x: number; y: number; width: number; height: number }[] = [],
): Point | null {
  const flow = document.querySelector('.react-flow')!.getBoundingClientRect();
  const blocked =
    '.react-flow__node, .react-flow__edge, .react-flow__panel, button, input, [class*="header"], [class*="legend"]';
  const candidates: Point[] = [];
  for (let y = flow.y + flow.height * 0.15; y < flow.y + flow.height * 0.85; y += 4) {
    for (let x = flow.x + flow.width * 0.35; x < flow.x + flow.width * 0.9; x += 8) {
      candidates.push({ x, y });
    }
  }
  const middle = { x: flow.x + flow.width * 0.6, y: flow.y + flow.height * 0.5 };
  candidates.sort(
    (a, b) =>
      Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y),
  );
  return (
    candidates.find((p) => {
      const inTaken = taken.some(
        (r) =>
          p.x >= r.x - 4 && p.x <= r.x + r.width + 4 && p.y >= r.y - 4 && p.y <= r.y + r.height + 4,
      );
      if (inTaken) return false;
      const element = document.elementFromPoint(p.x, p.y);
      return element !== null && element.closest('.react-flow') && !element.closest(blocked);
    }) ?? null
  );
}

/** The flow's pan and zoom, as React Flow writes it on its viewport element. */
export function viewportTransform(): string {
  return document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
}

export function isDragging(): boolean {
  // Touchmap's far-out marks are paths: its mark layer says when one is being dragged.
  return document.querySelector('.react-flow__node.dragging, [data-dragging="true"]') !== null;
}

/**
 * The drafts under `prefix` in localStorage: with `remember`, kept for later (returns
 * false); without, whether one was written since.
 */
export function draftsChanged(args: { prefix: string; remember: boolean }): boolean {
  const parts: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? '';
    if (key.startsWith(args.prefix)) parts.push(key, localStorage.getItem(key) ?? '');
  }
  const now = parts.join('\n');
  if (args.remember) window.__benchDrafts = now;
  return !args.remember && now !== window.__benchDrafts;
}

export function domNodeCount(): number {
  return document.getElementsByTagName('*').length;
}

export type Watch =
  /**
   * Fit: from the press until the view has settled: the viewport and the number of
   * `selector` elements have not changed for three frames (the fit animation has ended and
   * the cards it uncovered are drawn) AND no long task has run for `quietMs` (a Fit that
   * jumps moves the view at once and then does its work in one long task). Result: ms
   * from the press to the later of the last frame that changed and the end of the last
   * long task, the longest task meanwhile and the node count.
   */
  | { kind: 'fit'; selector: string; quietMs: number }
  /**
   * Enter in a title field: from the key press until an element matching `selector` shows
   * `title` and that frame is painted. Result: ms.
   */
  | { kind: 'commit'; selector: string; title: string };

/** Before the press: starts watching; `collectResult` gives what it found. */
export function arm(watch: Watch): void {
  const type = watch.kind === 'fit' ? 'pointerdown' : 'keydown';
  let at = Infinity;
  let longest = 0;
  /** Where the last long task since the press ended. */
  let busyUntil = 0;
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      const end = entry.startTime + entry.duration;
      if (end < at) continue;
      longest = Math.max(longest, entry.duration);
      busyUntil = Math.max(busyUntil, end);
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask' });
  const listener = (event: Event) => {
    if (watch.kind === 'commit' && (event as KeyboardEvent).key !== 'Enter') return;
    at = event.timeStamp;
    window.removeEventListener(type, listener, true);
  };
  window.addEventListener(type, listener, true);
  const transform = () =>
    document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const started = performance.now();
  const before = transform();
  let last = '';
  let changedAt = 0;
  let stable = 0;
  window.__benchResult = new Promise((resolve, reject) => {
    const done = (result: () => unknown) => {
      // Entries are delivered in a later task: take those still queued first.
      record(observer.takeRecords());
      observer.disconnect();
      resolve(result());
    };
    const tick = (now: number) => {
      if (now - started > 20_000) {
        observer.disconnect();
        reject(new Error(`${watch.kind}: nothing settled in 20 s`));
        return;
      }
      if (watch.kind === 'commit') {
        // A compact card shows its title in lines of whole words: compare the words.
        const shown = [...document.querySelectorAll(watch.selector)].some(
          (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim() === watch.title,
        );
        if (shown) {
          // This is a frame callback: a message posted here arrives once the frame is painted.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(() => performance.now() - at);
          channel.port2.postMessage(null);
          return;
        }
      } else {
        const nodes = document.querySelectorAll(watch.selector).length;
        const state = `${transform()}|${nodes}`;
        const moved = transform() !== before;
        if (state !== last) {
          last = state;
          // The clock now, not the frame's start: a frame that waited for a long task
          // starts before the task ends.
          changedAt = performance.now();
          stable = 0;
        } else if (moved) stable++;
        record(observer.takeRecords());
        const settledAt = Math.max(changedAt, busyUntil);
        if (moved && stable >= 3 && performance.now() - settledAt >= watch.quietMs) {
          done(() => ({ ms: settledAt - at, longestTask: longest, nodes }));
          return;
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** What the armed watch found. */
export function collectResult(): Promise<unknown> {
  return window.__benchResult ?? Promise.reject(new Error('nothing armed'));
}

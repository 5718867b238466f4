/**
 * Editor benchmark: the built renderer in headless Chromium with generated maps of 300 and
 * 1,500 touchpoints. For each size it measures
 *   - first render: from the moment the app receives the map (the hidden bench hook, see
 *     src/app/shell/bench-hook.ts) until every card React Flow renders is in the DOM
 *     and two frames have passed without a change (also from navigation start);
 *   - frame times while dragging a card and while panning the canvas, from
 *     requestAnimationFrame timestamps (median and 95th percentile).
 * Targets: p95 frame < 16.7 ms at 300 cards and < 33 ms at 1,500; first render of 1,500 < 1.5 s.
 *
 *   npx tsx test/bench/editor.bench.ts      (prints the figures as JSON)
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { RENDERER_DIR, openApp } from '../e2e/harness.ts';
import { generateMap } from './generate-map.ts';
import { median, percentile } from './stats.ts';

const SIZES = [300, 1500] as const;
const DRAG_STEPS = 90;
const PAN_STEPS = 90;

declare global {
  interface Window {
    __benchFrames?: number[];
    /** The recording loop that may run; an older one stops at its next frame. */
    __benchLoop?: number;
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const generation = (window.__benchLoop ?? 0) + 1;
    window.__benchLoop = generation;
    window.__benchFrames = [];
    const loop = (t: number) => {
      if (window.__benchLoop !== generation) return;
      window.__benchFrames!.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

async function stopFrames(page: Page): Promise<{ median: number; p95: number; frames: number }> {
  const stamps = await page.evaluate(async () => {
    // One more frame so the last input's work is counted.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    window.__benchLoop = (window.__benchLoop ?? 0) + 1;
    return window.__benchFrames ?? [];
  });
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!);
  return {
    median: round(median(deltas)),
    p95: round(percentile(deltas, 95)),
    frames: deltas.length,
  };
}

/** Waits until the card count stops changing for two frames; returns ms since the bench mark and since navigation. */
async function waitForFullRender(
  page: Page,
): Promise<{ fromMap: number; fromNavigation: number; cards: number }> {
  return page.evaluate(
    () =>
      new Promise<{ fromMap: number; fromNavigation: number; cards: number }>((resolve) => {
        let last = -1;
        let stable = 0;
        let settledAt = 0;
        const tick = () => {
          const count = document.querySelectorAll('.react-flow__node-touchpoint').length;
          if (count > 0 && count === last) {
            stable++;
          } else {
            stable = 0;
            settledAt = performance.now();
          }
          last = count;
          if (stable >= 2) {
            const mark = performance.getEntriesByName('touchmap:bench-map-received')[0];
            resolve({
              fromMap: settledAt - (mark?.startTime ?? 0),
              fromNavigation: settledAt,
              cards: count,
            });
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

async function benchSize(size: number): Promise<Record<string, number>> {
  const { text } = generateMap(size);
  const app = await openApp({ width: 1440, height: 900 });
  try {
    const { page } = app;
    // tsx compiles with keepNames, which wraps named functions in a `__name` helper that
    // the functions sent to the page would otherwise miss.
    await page.addInitScript('window.__name = (f) => f;');
    await page.addInitScript((mapText: string) => {
      window.__TOUCHMAP_BENCH_MAP__ = mapText;
    }, text);
    await page.reload();
    const render = await waitForFullRender(page);

    // Drag a card that is on screen, near the middle of the canvas.
    const canvas = (await page.locator('.tm-canvas').boundingBox())!;
    const target = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    const cardBox = await page.evaluate(({ x, y }) => {
      let best: DOMRect | null = null;
      let bestDistance = Infinity;
      for (const node of document.querySelectorAll('.react-flow__node-touchpoint')) {
        const r = node.getBoundingClientRect();
        const d = Math.hypot(r.x + r.width / 2 - x, r.y + r.height / 2 - y);
        if (d < bestDistance) {
          bestDistance = d;
          best = r;
        }
      }
      return best ? { x: best.x + best.width / 2, y: best.y + 20 } : null;
    }, target);
    if (!cardBox) throw new Error('no card on screen');
    await startFrames(page);
    await page.mouse.move(cardBox.x, cardBox.y);
    await page.mouse.down();
    for (let i = 1; i <= DRAG_STEPS; i++) {
      await page.mouse.move(cardBox.x + i * 3, cardBox.y + Math.sin(i / 8) * 40);
    }
    await page.mouse.up();
    const dragFrames = await stopFrames(page);

    // Pan by dragging the background of the emotion row (no cards there).
    const row = (await page.locator('.tm-emotion-legend').boundingBox())!;
    const start = { x: canvas.x + canvas.width * 0.6, y: row.y + row.height / 2 };
    await startFrames(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= PAN_STEPS; i++) {
      await page.mouse.move(start.x - i * 4, start.y - i * 3);
    }
    await page.mouse.up();
    const panFrames = await stopFrames(page);

    return {
      [`cards${size}InDom`]: render.cards,
      [`firstRender${size}Ms`]: round(render.fromMap),
      [`loadToRender${size}Ms`]: round(render.fromNavigation),
      [`drag${size}MedianMs`]: dragFrames.median,
      [`drag${size}P95Ms`]: dragFrames.p95,
      [`drag${size}Frames`]: dragFrames.frames,
      [`pan${size}MedianMs`]: panFrames.median,
      [`pan${size}P95Ms`]: panFrames.p95,
      [`pan${size}Frames`]: panFrames.frames,
    };
  } finally {
    await app.close();
  }
}

export async function benchEditor(): Promise<Record<string, number>> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    execSync('npx vite build', { stdio: 'inherit' });
  }
  const results: Record<string, number> = {};
  for (const size of SIZES) Object.assign(results, await benchSize(size));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchEditor().then(
    (results) => console.log(JSON.stringify(results, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

/**
 * Connections that share a gutter, in Chromium: four connections from one stage's cards to
 * the next stage's cards, one lane down, all run down the gutter between the two stages.
 * Nudged apart, their drawn SVG paths keep a clear distance everywhere (routed one by one
 * they lay on top of each other), do not cross, and their labels do not cover each other.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { MOD, cards, openFile, viewSettled } from '../support/editor-helpers.ts';

const FIXTURE = resolve('test/fixtures/e2e/parallel-connections.touchmap');
const ARTIFACTS = resolve('test/artifacts');

interface Point {
  x: number;
  y: number;
}

/** Each connection's drawn path, sampled every 2 canvas units, by connection id. */
async function edgePaths(page: Page): Promise<Map<string, Point[]>> {
  const entries = await page.locator('.react-flow__edge').evaluateAll((edges) =>
    edges.map((edge) => {
      const path = edge.querySelector('path.react-flow__edge-path') as SVGPathElement;
      const length = path.getTotalLength();
      const points: { x: number; y: number }[] = [];
      for (let at = 0; at < length + 2; at += 2) {
        const p = path.getPointAtLength(Math.min(at, length));
        points.push({ x: p.x, y: p.y });
      }
      return [edge.getAttribute('data-id') ?? '', points] as const;
    }),
  );
  return new Map(entries);
}

/** The least distance between two sampled paths. */
function closest(a: readonly Point[], b: readonly Point[]): number {
  let best = Infinity;
  for (const p of a) for (const q of b) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
  return best;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}

async function zoomUntil(page: Page, key: string, selector: string): Promise<void> {
  await page.locator('.tm-canvas').focus();
  for (let i = 0; i < 12 && (await page.locator(selector).count()) === 0; i++) {
    await page.keyboard.press(`${MOD}+${key}`);
    await page.waitForTimeout(250);
  }
  await page.locator(selector).waitFor({ state: 'attached' });
  await viewSettled(page);
}

describe('parallel connections (built renderer in Chromium)', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('draws connections that share a gutter apart, uncrossed, with their labels apart', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await openFile(page, FIXTURE, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    await expect.poll(() => cards(page).count()).toBe(6);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);
    await viewSettled(page);
    await screenshot(page, 'parallel-connections-1280x720');

    const paths = await edgePaths(page);
    expect([...paths.keys()].sort()).toEqual(['cn-1', 'cn-2', 'cn-3', 'cn-4']);
    const ids = [...paths.keys()];
    // All four run down the one gutter between the stages: every vertical stretch there.
    const gutterXs = ids.map((id) => {
      const points = paths.get(id)!;
      const mid = points[Math.floor(points.length / 2)]!;
      return mid.x;
    });
    expect(new Set(gutterXs.map((x) => Math.round(x))).size).toBe(4);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const gap = closest(paths.get(ids[i]!)!, paths.get(ids[j]!)!);
        expect(gap, `${ids[i]} and ${ids[j]} come ${gap.toFixed(1)} units close`).toBeGreaterThan(
          3,
        );
      }
    }

    // Labels show with the cards in full: the two sit apart, each whole.
    await zoomUntil(page, '=', '.tm-canvas--full');
    const labels = page.locator('.tm-edge-label[data-connection-id]');
    await expect.poll(() => labels.count()).toBe(2);
    const boxes = await labels.evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        const text = e.querySelector('.tm-edge-label-text') as HTMLElement;
        return {
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          clipped: text.scrollHeight > text.clientHeight + 1,
        };
      }),
    );
    const [a, b] = boxes;
    const overlap =
      a!.x < b!.x + b!.width &&
      b!.x < a!.x + a!.width &&
      a!.y < b!.y + b!.height &&
      b!.y < a!.y + a!.height;
    expect(overlap).toBe(false);
    expect(boxes.map((box) => box.clipped)).toEqual([false, false]);
    await screenshot(page, 'parallel-connections-labels');

    // Far out, after Fit, the same map drawn as marks.
    await zoomUntil(page, '-', '.tm-canvas--marks');
    await screenshot(page, 'parallel-connections-far-out');
    // Further out (about 40 %), still marks: the connections keep to their routes.
    await page.keyboard.press(`${MOD}+-`);
    await viewSettled(page);
    await page.locator('.tm-canvas--marks').waitFor({ state: 'attached' });
    await screenshot(page, 'parallel-connections-marks-40');
  });
});

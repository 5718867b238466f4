/**
 * Where a card is on screen when Touchmap draws it as a mark (a path, with no element of
 * its own): its box in the map's layout (the one the app draws from) through React Flow's
 * viewport transform, read from the page.
 */
import type { Page } from 'playwright-core';
import { computeLayout, type MapLayout } from '../../src/core/layout.ts';
import { parse } from '../../src/core/parse.ts';
import type { Point } from './page-probes.ts';

export function layoutOf(mapText: string): MapLayout {
  const result = parse(mapText);
  if (!result.ok) throw new Error(`bench map: ${result.error.message}`);
  return computeLayout(result.map);
}

/** Every card's screen box while the cards are marks (none while they are nodes). */
export async function markBoxes(
  page: Page,
  layout: MapLayout,
): Promise<{ x: number; y: number; width: number; height: number }[]> {
  if ((await page.locator('.tm-marks').count()) === 0) return [];
  const view = await screenView(page);
  if (view === null) return [];
  return layout.cards.map((card) => ({
    x: view.left + card.x * view.zoom,
    y: view.top + card.y * view.zoom,
    width: card.width * view.zoom,
    height: card.height * view.zoom,
  }));
}

/** Where canvas unit (0, 0) is on screen, and the zoom. */
async function screenView(page: Page): Promise<{ left: number; top: number; zoom: number } | null> {
  const flow = await page.locator('.react-flow').boundingBox();
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((e) => (e as HTMLElement).style.transform);
  const match = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform);
  if (flow === null || match === null) return null;
  return {
    left: flow.x + Number(match[1]),
    top: flow.y + Number(match[2]),
    zoom: Number(match[3]),
  };
}

/** The screen centre of the card nearest the middle of the flow, or null with no cards. */
export async function markNearMiddle(page: Page, layout: MapLayout): Promise<Point | null> {
  const flow = await page.locator('.react-flow').boundingBox();
  const view = await screenView(page);
  if (flow === null || view === null) return null;
  const middle = { x: flow.x + flow.width / 2, y: flow.y + flow.height / 2 };
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const card of layout.cards) {
    const centre = {
      x: view.left + (card.x + card.width / 2) * view.zoom,
      y: view.top + (card.y + card.height / 2) * view.zoom,
    };
    const d = Math.hypot(centre.x - middle.x, centre.y - middle.y);
    if (d < bestDistance) {
      bestDistance = d;
      best = centre;
    }
  }
  return best;
}

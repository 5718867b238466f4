/**
 * One look for the vocabulary, on screen: an experience card on the canvas and the
 * experience chip and kind segment in the inspector show the same computed colour (the
 * presentation table's), in the light theme and in the forced dark theme. Saves the
 * hotel-stay editor in both themes at 1280x720 for a person to look at.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KIND_LOOKS, type Hex } from '../../../src/core/presentation.ts';
import { openApp, type App } from '../support/harness.ts';
import { CARD, startFromTemplate } from '../support/editor-helpers.ts';

/** "#7a5a1e" -> "rgb(122, 90, 30)", as getComputedStyle reports it. */
function rgb(hex: Hex): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

interface Colours {
  cardBorder: string;
  chipBorder: string;
  segment: string;
}

/** The experience card's border, and the inspector's experience chip and chosen segment. */
async function experienceColours(page: Page): Promise<Colours> {
  return page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (element === null) throw new Error(`no ${selector}`);
      return getComputedStyle(element);
    };
    const inspector = '[aria-label="Inspector"]';
    return {
      cardBorder: style('.tm-card--experience.is-selected').borderTopColor,
      chipBorder: style(`${inspector} .pn-kind-experience`).borderTopColor,
      segment: style(`${inspector} .pn-segment-experience.pn-segment-on`).backgroundColor,
    };
  });
}

describe('the vocabulary looks the same on the canvas and in the panels', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('draws experience in the table colour on cards, chips and segments, light and dark', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const experience = page.locator(CARD).filter({ has: page.locator('.tm-card--experience') });
    await experience.first().click();
    await page.locator('[aria-label="Inspector"] .pn-segment-experience.pn-segment-on').waitFor();
    await app.screenshot('vocabulary-hotel-light');

    const light = await experienceColours(page);
    const stroke = KIND_LOOKS.experience.stroke;
    expect(light).toEqual({
      cardBorder: rgb(stroke.light),
      chipBorder: rgb(stroke.light),
      segment: rgb(stroke.light),
    });

    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await expect
      .poll(async () => (await experienceColours(page)).cardBorder)
      .toBe(rgb(stroke.dark));
    expect(await experienceColours(page)).toEqual({
      cardBorder: rgb(stroke.dark),
      chipBorder: rgb(stroke.dark),
      segment: rgb(stroke.dark),
    });
    await app.screenshot('vocabulary-hotel-dark');
  });

  it('gives each kind its border style and corner radius from the table', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const borders = await page.evaluate(() =>
      ['service', 'experience'].map((kind) => {
        const style = getComputedStyle(document.querySelector(`.tm-card--${kind}`)!);
        return { style: style.borderTopStyle, radius: style.borderTopLeftRadius };
      }),
    );
    expect(borders).toEqual(
      (['service', 'experience'] as const).map((kind) => {
        const look = KIND_LOOKS[kind];
        return { style: look.border.style, radius: `${look.radius}px` };
      }),
    );
  });
});

/**
 * "Questions to resolve" in the real editor: the tab counts the map checks' findings of
 * hotel-stay, a finding clicked selects its card and scrolls it into view, a rule switched
 * off takes its findings away (and the count with them), and undo brings them back.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appsClosedAfterEach, type App } from '../support/harness.ts';
import {
  MOD,
  card,
  selectedIds,
  startFromTemplate,
  viewSettled,
} from '../support/editor-helpers.ts';

const ARTIFACTS = resolve('test/artifacts');
const SURVEY = 'Review request and survey';

async function keep(app: App, name: string): Promise<void> {
  const path = await app.screenshot(name);
  await mkdir(ARTIFACTS, { recursive: true });
  await copyFile(path, join(ARTIFACTS, `${name}.png`));
}

describe('questions to resolve (built renderer in Chromium)', () => {
  const apps = appsClosedAfterEach();

  for (const [width, height] of [
    [1280, 800],
    [1280, 720],
  ] as const) {
    it(`shows, reveals and switches off map checks at ${width}x${height}`, async () => {
      const app = await apps.open({ width, height });
      const { page } = app;
      await startFromTemplate(page, /hotel/i);

      // At 100 % the last stage's cards are off screen: the reveal has to bring one in.
      await page.locator('.tm-canvas').focus();
      await page.keyboard.press(`${MOD}+0`);
      await viewSettled(page);
      await page.getByRole('button', { name: /Questions to resolve/ }).click();
      const panel = page.getByRole('region', { name: 'Questions to resolve' });
      await panel.waitFor();
      const tab = page.getByRole('tab', { name: /Questions/ });
      expect(await tab.textContent()).toBe('Questions 4');
      const findings = panel.locator('.qs-finding');
      expect(await findings.count()).toBe(4);
      expect(await panel.locator('.qs-group-title').allTextContents()).toEqual([
        'Search and compare 1',
        'Pre-arrival and check-in 1',
        'The stay 1',
        'After the stay 1',
      ]);
      await keep(app, `questions-by-stage-${width}x${height}`);

      const survey = findings.filter({ hasText: SURVEY });
      const canvas = await page.locator('.tm-canvas').boundingBox();
      const before = await card(page, SURVEY).boundingBox();
      expect(before!.x).toBeGreaterThan(canvas!.x + canvas!.width);
      await survey.click();
      await expect.poll(() => selectedIds(page)).toEqual(['tp-review-survey']);
      await viewSettled(page);
      const after = await card(page, SURVEY).boundingBox();
      expect(after!.x).toBeGreaterThanOrEqual(canvas!.x);
      expect(after!.x + after!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width);
      expect(after!.y).toBeGreaterThanOrEqual(canvas!.y);
      expect(after!.y + after!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height);
      expect(await survey.getAttribute('aria-current')).toBe('true');
      await keep(app, `questions-revealed-${width}x${height}`);

      // Grouped by rule, then the emotion rule switched off: its two findings go.
      await panel.getByRole('radio', { name: 'By rule' }).check();
      expect(await panel.locator('.qs-group-title').allTextContents()).toEqual([
        'Touchpoints without an emotion 2',
        'Many hand-offs in a stage 2',
      ]);
      const emotionSwitch = panel.getByRole('switch', { name: /Touchpoints without an emotion/ });
      await emotionSwitch.uncheck();
      await expect.poll(() => findings.count()).toBe(2);
      expect(await findings.filter({ hasText: SURVEY }).count()).toBe(0);
      expect(await tab.textContent()).toBe('Questions 2');
      await keep(app, `questions-rule-off-${width}x${height}`);

      // One undo step brings the rule and its findings back.
      await page.locator('.tm-canvas').focus();
      await page.keyboard.press(`${MOD}+z`);
      await expect.poll(() => findings.count()).toBe(4);
      expect(await emotionSwitch.isChecked()).toBe(true);
      expect(await tab.textContent()).toBe('Questions 4');
    });
  }
});

/**
 * Comments in the real editor: Ctrl+Alt+M on a selected card opens the Comments tab on it,
 * a comment is posted with the keyboard, answered and resolved with the mouse; the card's
 * badge counts the unresolved threads, "Unresolved only" hides the others, undo brings a
 * thread back, and a stage's comment badges its header.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appsClosedAfterEach, type App } from '../support/harness.ts';
import { MOD, card, startFromTemplate } from '../support/editor-helpers.ts';

const ARTIFACTS = resolve('test/artifacts');
const TITLE = 'Instagram reel of family rooms';

/** A screenshot for the report, kept under test/artifacts too. */
async function keep(app: App, name: string): Promise<void> {
  const path = await app.screenshot(name);
  await mkdir(ARTIFACTS, { recursive: true });
  await copyFile(path, join(ARTIFACTS, `${name}.png`));
}

const badge = (page: Page) => card(page, TITLE).locator('.tm-comment-badge');

describe('comments on a map (built renderer in Chromium)', () => {
  const apps = appsClosedAfterEach();

  for (const [width, height] of [
    [1280, 800],
    [1280, 720],
  ] as const) {
    it(`adds, answers, resolves, filters and undoes a comment at ${width}x${height}`, async () => {
      const app = await apps.open({ width, height });
      const { page } = app;
      await startFromTemplate(page, /hotel/i);
      await card(page, TITLE).click();

      // Keyboard: the shortcut opens the tab on the selected card, the text box focused.
      await page.keyboard.press(`${MOD}+Alt+KeyM`);
      const panel = page.getByRole('region', { name: 'Comments' });
      await panel.waitFor();
      await expect
        .poll(() => panel.getByRole('combobox', { name: 'New comment on' }).inputValue())
        .toMatch(/^touchpoint:/);
      const box = panel.getByRole('textbox', { name: 'New comment' });
      await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Too many rooms look alike in the reel');
      await page.keyboard.press(`${MOD}+Enter`);
      const thread = panel.locator('.cm-thread');
      await expect.poll(() => thread.count()).toBe(1);
      await expect.poll(() => box.inputValue()).toBe('');
      const heading = panel.getByRole('button', { name: `Touchpoint “${TITLE}”` });
      expect(await heading.count()).toBe(1);
      expect(await thread.locator('.cm-author').first().textContent()).toBe('Anonymous');

      // At 100 % cards show their details, the badge among them; the heading shows the card.
      await page.locator('.tm-canvas').focus();
      await page.keyboard.press(`${MOD}+0`);
      // Once at 100 % (the zoom is animated): the heading's reveal keeps the zoom it finds.
      await expect
        .poll(() => page.locator('.react-flow__viewport').getAttribute('style'))
        .toContain('scale(1)');
      await heading.click();
      await expect.poll(() => badge(page).getAttribute('data-comments')).toBe('1');

      // Mouse: reply, then resolve.
      await thread.getByRole('button', { name: 'Reply' }).click();
      await thread.getByRole('textbox', { name: 'Your reply' }).fill('Show the family suite first');
      await thread.getByRole('button', { name: 'Reply' }).click();
      await expect.poll(() => thread.locator('.cm-reply').count()).toBe(1);
      expect(await thread.locator('.cm-reply .cm-text').textContent()).toBe(
        'Show the family suite first',
      );
      await keep(app, `comments-open-${width}x${height}`);
      await thread.getByRole('button', { name: 'Resolve' }).click();
      await expect.poll(() => badge(page).count()).toBe(0);
      expect(await thread.getAttribute('class')).toContain('is-resolved');

      // The filter hides resolved threads.
      await panel.getByRole('checkbox', { name: 'Unresolved only' }).check();
      await expect.poll(() => thread.count()).toBe(0);
      expect(await panel.getByText('Every comment is resolved.').count()).toBe(1);
      await panel.getByRole('checkbox', { name: 'Unresolved only' }).uncheck();
      await expect.poll(() => thread.count()).toBe(1);

      // Undo reopens it (one step), and the badge is back.
      await page.keyboard.press(`${MOD}+Z`);
      await expect.poll(() => badge(page).getAttribute('data-comments')).toBe('1');
      expect(await thread.getByRole('button', { name: 'Reopen' }).count()).toBe(0);

      // A comment on a stage, chosen in the list, badges the stage's header.
      const choose = panel.getByRole('combobox', { name: 'New comment on' });
      const stage = await page.locator('.tm-stage-header').first().getAttribute('data-stage-id');
      await choose.selectOption(`stage:${stage}`);
      await box.fill('Is this stage one or two?');
      await panel.getByRole('button', { name: 'Comment', exact: true }).click();
      const header = page.locator(`.tm-stage-header[data-stage-id="${stage}"]`);
      await expect.poll(() => header.locator('.tm-comment-badge').count()).toBe(1);
      await expect.poll(() => panel.locator('.cm-thread').count()).toBe(2);
      await keep(app, `comments-stage-${width}x${height}`);
    });
  }
});

/**
 * Never losing the morning's work, in the browser build: a draft is kept a few seconds after
 * an edit, reloading with unsaved changes asks first, and after the reload the start screen
 * offers the draft back (Restore: the edit is there and the map is unsaved; Discard: gone).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/harness.ts';
import { cards, startFromTemplate } from '../support/editor-helpers.ts';

/** The titles of the drafts in localStorage, once one has the given number of touchpoints. */
async function waitForDraft(page: Page, touchpoints: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (count) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('touchmap.draft.'))
        .some((key) => {
          const draft = JSON.parse(localStorage.getItem(key) ?? '{}') as { text?: string };
          const map = JSON.parse(draft.text ?? '{}') as { touchpoints?: unknown[] };
          return map.touchpoints?.length === count;
        }),
    touchpoints,
    { timeout, polling: 50 },
  );
}

/**
 * The window loses focus (the person switched to another app): the draft is written at once
 * instead of at the end of the 3 s interval, which has a test of its own below.
 */
async function blurWindow(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
}

/** Deletes the first card: an edit that is easy to see again after a reload. */
async function deleteFirstCard(page: Page): Promise<number> {
  const before = await cards(page).count();
  await cards(page).first().click();
  await page.keyboard.press('Delete');
  await expect.poll(() => cards(page).count()).toBe(before - 1);
  return before - 1;
}

describe('drafts and recovery (built renderer in Chromium)', () => {
  const suite = appPerTest();

  it('asks before a reload loses unsaved changes, and offers them back after it', async () => {
    const { page } = suite.app;
    await startFromTemplate(page, /hotel/i);
    const title = (await page.locator('.tm-doc-title').textContent()) ?? '';
    const left = await deleteFirstCard(page);
    await blurWindow(page);
    await waitForDraft(page, left);

    await page.reload();
    expect(suite.dialogs).toEqual(['beforeunload']);

    const region = page.getByRole('region', { name: 'Recover unsaved work' });
    await region.waitFor();
    const item = region.getByRole('listitem').filter({ hasText: title });
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toMatch(/Kept (just now|\d+ seconds? ago)/);
    await suite.app.screenshot('shell-recovery-prompt');

    await item.getByRole('button', { name: 'Restore' }).click();
    await page.locator('.tm-canvas').waitFor();
    await expect.poll(() => cards(page).count()).toBe(left);
    expect(await page.locator('.tm-doc-title').textContent()).toBe(title);
    expect(await page.locator('.tm-dirty').count()).toBe(1);
    expect(await page.title()).toMatch(/^• /);
    await suite.app.screenshot('shell-recovered-map');

    // Still unsaved: leaving asks again, and the draft is still offered.
    await page.reload();
    expect(suite.dialogs).toEqual(['beforeunload', 'beforeunload']);
    await page.getByRole('region', { name: 'Recover unsaved work' }).waitFor();
  });

  it('keeps a draft within 3 s of an edit, with no blur or unload, and restores it', async () => {
    const { page } = suite.app;
    await startFromTemplate(page, /hotel/i);
    const left = await deleteFirstCard(page);
    const editedAt = Date.now();
    // Only the interval timer can write it here: the page keeps focus and stays visible.
    await waitForDraft(page, left, 3_500);
    const waited = Date.now() - editedAt;
    expect(waited).toBeLessThanOrEqual(3_500);
    console.info(`drafts e2e: the draft was in storage ${waited} ms after the edit`);

    await page.reload();
    const region = page.getByRole('region', { name: 'Recover unsaved work' });
    await region.waitFor();
    await region.getByRole('button', { name: 'Restore' }).click();
    await page.locator('.tm-canvas').waitFor();
    await expect.poll(() => cards(page).count()).toBe(left);
  });

  it('discards a draft for good', async () => {
    const { page } = suite.app;
    await startFromTemplate(page, /hotel/i);
    const left = await deleteFirstCard(page);
    await blurWindow(page);
    await waitForDraft(page, left);
    await page.reload();

    const region = page.getByRole('region', { name: 'Recover unsaved work' });
    await region.getByRole('button', { name: 'Discard' }).click();
    const confirm = page.getByRole('alertdialog', { name: /Discard the unsaved changes/ });
    await suite.app.screenshot('shell-discard-confirm');
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => region.count()).toBe(0);
    expect(
      await page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith('touchmap.draft.')).length,
      ),
    ).toBe(0);

    // Nothing is offered after the next reload either (and nothing was dirty: no prompt).
    await page.reload();
    await page.getByRole('list', { name: 'Templates' }).waitFor();
    expect(await page.getByRole('region', { name: 'Recover unsaved work' }).count()).toBe(0);
    expect(suite.dialogs).toEqual(['beforeunload']);
  });

  it('does not offer the draft of a map still open in another tab', async () => {
    const { page } = suite.app;
    await startFromTemplate(page, /hotel/i);
    const left = await deleteFirstCard(page);
    await blurWindow(page);
    await waitForDraft(page, left);

    const other = await page.context().newPage();
    try {
      await other.goto(suite.app.url);
      await other.getByRole('list', { name: 'Templates' }).waitFor();
      expect(await other.getByRole('region', { name: 'Recover unsaved work' }).count()).toBe(0);
    } finally {
      await other.close();
    }
    // Once the first tab is gone (here: crashed, no unload), its draft is offered.
    const third = await page.context().newPage();
    await page.close({ runBeforeUnload: false });
    try {
      await third.goto(suite.app.url);
      await third.getByRole('region', { name: 'Recover unsaved work' }).waitFor();
    } finally {
      await third.close();
    }
  });

  it('reloads a clean map without asking, and keeps no draft of it', async () => {
    const { page } = suite.app;
    await startFromTemplate(page, 'Blank map');
    await page.reload();
    await page.getByRole('list', { name: 'Templates' }).waitFor();
    expect(suite.dialogs).toEqual([]);
    expect(await page.getByRole('region', { name: 'Recover unsaved work' }).count()).toBe(0);
  });
});

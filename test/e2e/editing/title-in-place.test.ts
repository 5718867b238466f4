/**
 * The map title in the top bar is edited where it stands (Enter commits as one undo step,
 * Escape cancels), and a map just made from a template is not marked edited until changed.
 */
import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/harness.ts';
import { MOD, startFromTemplate } from '../support/editor-helpers.ts';

describe('the title in place and unedited new maps (built renderer in Chromium)', () => {
  const suite = appPerTest();

  it('opens a template unedited: no mark, no question on leaving', async () => {
    const { page } = suite.app;
    await startFromTemplate(page, /hotel/i);
    expect(await page.locator('.tm-dirty').count()).toBe(0);
    expect(await page.title()).not.toMatch(/^• /);
    await suite.app.screenshot('template-unedited');
    await page.reload();
    await page.getByRole('list', { name: 'Templates' }).waitFor();
    expect(suite.dialogs).toEqual([]);
    // Nothing was kept either: there was nothing to lose.
    expect(await page.getByRole('region', { name: 'Recover unsaved work' }).count()).toBe(0);
  });

  it('renames the map in place: Enter commits one undo step, Escape cancels', async () => {
    const { page } = suite.app;
    await startFromTemplate(page, /hotel/i);
    const heading = page.locator('.tm-doc-title');
    const before = (await heading.textContent()) ?? '';

    await heading.getByRole('button').click();
    const input = heading.getByRole('textbox', { name: 'Map title' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await suite.app.screenshot('title-editing');
    await page.keyboard.type('Spa weekend');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toBe('Spa weekend');
    expect(await input.count()).toBe(0);
    expect(await page.locator('.tm-dirty').count()).toBe(1);
    await suite.app.screenshot('title-renamed');

    // Escape puts the title back, whatever was typed.
    await heading.getByRole('button').click();
    await page.keyboard.type('Not this');
    await page.keyboard.press('Escape');
    await expect.poll(() => heading.textContent()).toBe('Spa weekend');

    // One undo brings the old title back, and the map is unedited again.
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press(`${MOD}+Z`);
    await expect.poll(() => heading.textContent()).toBe(before);
    expect(await page.locator('.tm-dirty').count()).toBe(0);
    await page.keyboard.press(`${MOD}+Shift+Z`);
    await expect.poll(() => heading.textContent()).toBe('Spa weekend');
  });

  it('keeps the title when the field is emptied', async () => {
    const { page } = suite.app;
    await startFromTemplate(page, /Blank map/);
    const heading = page.locator('.tm-doc-title');
    await heading.getByRole('button').click();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toBe('Untitled journey');
    expect(await page.locator('.tm-dirty').count()).toBe(0);
  });
});

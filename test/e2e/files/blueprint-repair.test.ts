/**
 * A file whose rows and notes an older version left inconsistent (file-format rule 9) opens
 * repaired, and the app says what it repaired, in words, before the user edits anything.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { openFile } from '../support/editor-helpers.ts';

const REPAIR = resolve('test/fixtures/repair');

describe('opening an older writer’s blueprint (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('opens it and lists every repair as a sentence', async () => {
    const { page } = app;
    const notices = (await readFile(`${REPAIR}/older-writer.notices.txt`, 'utf8'))
      .trimEnd()
      .split('\n');
    await openFile(page, `${REPAIR}/older-writer.touchmap`, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    const dialog = page.getByRole('dialog', { name: 'The map was upgraded' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    for (const notice of notices) expect(text).toContain(notice);
    await app.screenshot('blueprint-repair-notices');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.locator('.tm-doc-file').textContent()).toBe('older-writer.touchmap');
    // The department the older version added has its lane.
    await expect
      .poll(() => page.locator('.tm-lane-header').allTextContents())
      .toContain('Workshop');
    await app.screenshot('blueprint-repair-opened');
  });

  it('offers the service blueprint template and opens it with its layers’ departments', async () => {
    const { page } = app;
    const template = page.getByRole('button', { name: /Family weekend away: a service blueprint/ });
    await template.click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Family weekend away: a service blueprint');
    await expect
      .poll(() => page.locator('.tm-lane-header').allTextContents())
      .toEqual(expect.arrayContaining(['Front desk', 'Housekeeping', 'Booking and room system']));
    await app.screenshot('blueprint-template-opened');
  });
});

/**
 * The desktop app's Join Session… and future-state copy, in the built renderer in Chromium
 * with a stand-in for the preload: the browser build offers neither Share nor Join; on the
 * desktop the Join dialog says when nothing was found, lists what discovery finds while it is
 * open, refuses a wrong link with a message, joins on Enter and closes on Escape; the
 * future-state copy goes to a new window and this one keeps its map.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { appsClosedAfterEach } from '../support/harness.ts';
import { MOD, startFromTemplate } from '../support/editor-helpers.ts';
import { desktopCalls, runAsDesktop, setFoundSessions } from '../support/fake-desktop.ts';

const ARTIFACTS = resolve('test/artifacts');
const EDIT = `http://192.168.1.20:5000/?session=${'e'.repeat(32)}`;

async function palette(page: Page, words: string) {
  await page.keyboard.press(`${MOD}+k`);
  await page.getByRole('combobox', { name: 'Command' }).fill(words);
}

describe('Join Session… and the future-state window on the desktop (Chromium)', () => {
  const apps = appsClosedAfterEach();

  it('joins by a pasted link, lists found sessions, and opens the future state beside', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page } = await apps.open({ width: 1280, height: 720 });
    await startFromTemplate(page, /hotel/i);

    // The browser build: no Share, no Join.
    for (const words of ['Join a live', 'Share on the local']) {
      await palette(page, words);
      await page.getByText('No command matches.').waitFor();
      await page.keyboard.press('Escape');
    }

    await runAsDesktop(page, []);
    await startFromTemplate(page, /hotel/i);
    const title = await page.locator('.tm-doc-title').innerText();

    await palette(page, 'future-state copy');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await desktopCalls(page)).some((c) => c.method === 'openMapInNewWindow'))
      .toBe(true);
    const sent = (await desktopCalls(page)).find((c) => c.method === 'openMapInNewWindow')!;
    const copy = parse(String(sent.args[0]));
    expect(copy.ok && copy.map.state).toBe('future');
    expect(await page.locator('.tm-doc-title').innerText()).toBe(title);
    expect(await page.locator('.rv-state-badge').count()).toBe(0);

    await palette(page, 'Join a live session');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Join a Live Session' });
    await dialog
      .getByText('No sessions found on this network yet — paste a link instead.')
      .waitFor();
    const field = dialog.getByLabel('Session link');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'join-empty-1280x720.png') });

    // Found while the dialog is open: the list refreshes by itself.
    await setFoundSessions(page, [
      { name: 'Hotel stay workshop', address: 'http://192.168.1.20:5000/' },
      { name: 'Bank onboarding', address: 'http://192.168.1.31:61234/' },
    ]);
    const found = dialog.getByRole('button', { name: /Hotel stay workshop/ });
    await found.waitFor();
    await found.click();
    await dialog.getByText(/Paste the link “Hotel stay workshop” shows/).waitFor();

    await field.fill('http://192.168.1.20:5000/');
    await page.keyboard.press('Enter');
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('That is not a session link.');
    await page.screenshot({ path: join(ARTIFACTS, 'join-wrong-link-1280x720.png') });
    expect((await desktopCalls(page)).some((c) => c.method === 'sessions.join')).toBe(false);

    await field.fill(EDIT);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const joined = (await desktopCalls(page)).filter((c) => c.method === 'sessions.join');
    expect(joined.map((c) => c.args)).toEqual([[EDIT]]);

    // Escape closes without joining.
    await palette(page, 'Join a live session');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await desktopCalls(page)).filter((c) => c.method === 'sessions.join')).toHaveLength(1);
  });
});

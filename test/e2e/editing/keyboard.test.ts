/**
 * The editor from the keyboard: multi-select and delete, copy / paste / duplicate, nudging
 * with Alt+arrows, Tab through the cards in journey order, renaming in place, and the
 * shortcuts overlay (with the desktop menu's Share and Join keys on the desktop only).
 */
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAsDesktop } from '../support/fake-desktop.ts';
import { openApp, type App } from '../support/harness.ts';
import {
  MOD,
  card,
  cardAttribute,
  cards,
  laneBox,
  openFile,
  selectedIds,
  stageBox,
  startFromTemplate,
  viewSettled,
} from '../support/editor-helpers.ts';

const SMALL = resolve('test/fixtures/e2e/small.touchmap');

async function cardBox(app: App, title: string) {
  const box = await card(app.page, title).boundingBox();
  if (box === null) throw new Error(`${title} is not on screen`);
  return box;
}

describe('editing from the keyboard (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
    await openFile(app.page, SMALL, () =>
      app.page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    await expect.poll(() => cards(app.page).count()).toBe(4);
  });
  afterEach(async () => {
    await app.close();
  });

  it('selects several cards with shift-click and deletes them together, then undoes that', async () => {
    const { page } = app;
    await card(page, 'Book online').click();
    await card(page, 'Pay the bill').click({ modifiers: ['Shift'] });
    await card(page, 'Phone the shop').click({ modifiers: ['Shift'] });
    expect((await selectedIds(page)).sort()).toEqual(['tp-call', 'tp-pay', 'tp-web']);
    await app.screenshot('editor-multi-selected');
    await page.keyboard.press('Delete');
    await expect.poll(() => cards(page).count()).toBe(1);
    // The connection from a deleted card went with it.
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => cards(page).count()).toBe(4);
    expect(await page.locator('.react-flow__edge').count()).toBe(1);
  });

  it('selects with a box (shift-drag) and with select-all', async () => {
    const { page } = app;
    const book = await stageBox(page, 'st-book');
    const workshop = await laneBox(page, 'dep-workshop');
    const front = await laneBox(page, 'dep-front');
    // A box over the first column's two cards.
    await page.keyboard.down('Shift');
    await page.mouse.move(book.x + 4, front.y + 4);
    await page.mouse.down();
    await page.mouse.move(book.x + book.width / 2, workshop.y + 30, { steps: 5 });
    await page.mouse.move(book.x + book.width - 4, workshop.y + workshop.height - 4, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    expect((await selectedIds(page)).sort()).toEqual(['tp-call', 'tp-web']);
    await page.keyboard.press(`${MOD}+a`);
    expect((await selectedIds(page)).length).toBe(4);
    await page.keyboard.press('Escape');
    expect(await selectedIds(page)).toEqual([]);
  });

  it('copies and pastes, and duplicates, selecting the copies', async () => {
    const { page } = app;
    await card(page, 'Phone the shop').click();
    await page.keyboard.press(`${MOD}+c`);
    await page.keyboard.press(`${MOD}+v`);
    await expect.poll(() => cards(page).count()).toBe(5);
    const copies = card(page, 'Phone the shop');
    expect(await copies.count()).toBe(2);
    const selected = await selectedIds(page);
    expect(selected).toHaveLength(1);
    expect(selected[0]).not.toBe('tp-call');
    // The copy keeps what the original says: kind, emotion, frictions.
    const copy = page.locator(`.tm-card[data-touchpoint-id="${selected[0]}"]`);
    expect(await copy.getAttribute('data-kind')).toBe('service');
    expect(await copy.getAttribute('data-frictions')).toBe('2');

    await page.keyboard.press(`${MOD}+d`);
    await expect.poll(() => cards(page).count()).toBe(6);
    await app.screenshot('editor-pasted-duplicated');

    // Paste into an empty cell that was clicked. The copies took the free slots below the
    // original, so the front desk lane grew and pushed Billing below the window: fit the map
    // first, then click the middle of the empty cell.
    await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
    await viewSettled(page);
    const billing = await laneBox(page, 'dep-billing');
    const book = await stageBox(page, 'st-book');
    const cell = { x: book.x + book.width / 2, y: billing.y + billing.height / 2 };
    expect(cell.y).toBeLessThan(page.viewportSize()!.height);
    await page.mouse.click(cell.x, cell.y);
    await page.keyboard.press(`${MOD}+v`);
    await expect.poll(() => cards(page).count()).toBe(7);
    const pasted = (await selectedIds(page))[0]!;
    const pastedCard = page.locator(`.tm-card[data-touchpoint-id="${pasted}"]`);
    expect(await pastedCard.getAttribute('data-department-id')).toBe('dep-billing');
    expect(await pastedCard.getAttribute('data-stage-id')).toBe('st-book');
  });

  it('nudges the selected card with Alt+arrows (Alt+Shift for bigger steps), one undo step per press', async () => {
    const { page } = app;
    await card(page, 'Pay the bill').click();
    const start = await cardBox(app, 'Pay the bill');
    const zoom = await page.evaluate(() => {
      const t = (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform;
      return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? '1');
    });
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect
      .poll(async () => Math.round(((await cardBox(app, 'Pay the bill')).x - start.x) / zoom))
      .toBe(48);
    expect(Math.round(((await cardBox(app, 'Pay the bill')).y - start.y) / zoom)).toBe(8);
    await page.keyboard.press(`${MOD}+z`);
    await expect
      .poll(async () => Math.round(((await cardBox(app, 'Pay the bill')).x - start.x) / zoom))
      .toBe(8);
  });

  it('walks through the cards in journey order with Tab and Shift+Tab', async () => {
    const { page } = app;
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press('Tab');
    expect(await selectedIds(page)).toEqual(['tp-call']);
    await page.keyboard.press('Tab');
    expect(await selectedIds(page)).toEqual(['tp-web']);
    await page.keyboard.press('Tab');
    expect(await selectedIds(page)).toEqual(['tp-fix']);
    await page.keyboard.press('Shift+Tab');
    expect(await selectedIds(page)).toEqual(['tp-web']);
    expect(await page.locator('.tm-status-selection').textContent()).toBe(
      'Selected: Book online (Experience, Book a repair, Workshop)',
    );
  });

  it('renames with F2 (Enter keeps, Escape cancels)', async () => {
    const { page } = app;
    await card(page, 'Book online').click();
    await page.keyboard.press('F2');
    const input = page.getByRole('textbox', { name: /Touchpoint title/ });
    await page.keyboard.type('Book a slot online');
    await page.keyboard.press('Enter');
    await card(page, 'Book a slot online').waitFor();
    expect(await input.count()).toBe(0);
    await page.keyboard.press('F2');
    await page.keyboard.type('Thrown away');
    await page.keyboard.press('Escape');
    await card(page, 'Book a slot online').waitFor();
    expect(await card(page, 'Thrown away').count()).toBe(0);
    // Still selected after the edit, so the keyboard goes on working.
    expect(await cardAttribute(card(page, 'Book a slot online'), 'data-selected')).toBe('true');
    // The canvas has the focus back, without the frame a Tab into it shows (the frame would
    // repaint the whole canvas after every commit).
    const ring = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLElement>('.tm-canvas')!;
        return {
          focused: document.activeElement === canvas,
          outline: getComputedStyle(canvas).outlineStyle,
          frame: getComputedStyle(canvas, '::after').borderTopWidth,
        };
      });
    expect(await ring()).toEqual({ focused: true, outline: 'none', frame: '0px' });
    // Focused afresh after keys (as a Tab into it does): the frame shows, drawn over the
    // canvas rather than as an outline (Chromium repaints an outlined box whole whenever a
    // card inside it moves).
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLElement>('.tm-canvas')!;
      canvas.blur();
      canvas.focus();
    });
    expect(await ring()).toEqual({ focused: true, outline: 'none', frame: '2px' });
  });

  it('lists every shortcut with "?" and closes with Escape', async () => {
    const { page } = app;
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('Next / previous card in journey order');
    expect(text).toContain('Nudge the selected cards');
    await app.screenshot('editor-shortcuts');
    // The browser build has no Share or Join (the desktop menu's): the sheet does not list them.
    expect(text).not.toContain('Share on the local network');
    expect(text).not.toContain('Join a live session');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Toolbar buttons say their shortcut.
    expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(
      /Undo \((Ctrl\+Z|⌘Z)\)/,
    );

    // On the desktop, File ends with the menu's own keys for them.
    await runAsDesktop(page, []);
    await startFromTemplate(page, /hotel/i);
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press('?');
    await dialog.waitFor();
    const file = dialog.locator('section', { has: page.getByRole('heading', { name: 'File' }) });
    const rows = await file.locator('.tm-shortcut-row').allInnerTexts();
    const mac = MOD === 'Meta';
    expect(rows.slice(-2).map((r) => r.replace(/\s+/g, ' '))).toEqual([
      `Share on the local network ${mac ? '⌘⇧L' : 'Ctrl+Shift+L'}`,
      `Join a live session ${mac ? '⌘⇧J' : 'Ctrl+Shift+J'}`,
    ]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await file.scrollIntoViewIfNeeded();
    await app.screenshot('editor-shortcuts-desktop-1280x720');
  });
});

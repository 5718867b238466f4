/**
 * Capture at the speed of talk, keyboard only: a new blank map, then ten touchpoints with
 * their kinds, emotions and a friction, typed with the cell cursor, N, S / E, the emotion
 * keys and F; then undo. And the command palette (Ctrl+K) running a command.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type App } from '../support/harness.ts';
import { MOD, card, cardAttribute, cards, selectedIds } from '../support/editor-helpers.ts';

interface Planned {
  stage: number;
  department: number;
  title: string;
  kind: 's' | 'e';
  emotion: '1' | '2' | '3' | '4' | '5';
  friction?: string;
}

// Stages and departments by index in the blank map (7 × 7), in the order they are told.
const JOURNEY: readonly Planned[] = [
  { stage: 0, department: 0, title: 'Sees a poster', kind: 'e', emotion: '4' },
  { stage: 0, department: 1, title: 'Asks a friend', kind: 'e', emotion: '3' },
  { stage: 1, department: 1, title: 'Compares prices', kind: 'e', emotion: '2' },
  { stage: 1, department: 2, title: 'Calls the shop', kind: 's', emotion: '2' },
  {
    stage: 2,
    department: 1,
    title: 'Pays online',
    kind: 'e',
    emotion: '1',
    friction: 'Card refused twice',
  },
  { stage: 3, department: 2, title: 'Gets a welcome call', kind: 's', emotion: '4' },
  { stage: 4, department: 3, title: 'Uses the app daily', kind: 'e', emotion: '5' },
  { stage: 5, department: 2, title: 'Chats with support', kind: 's', emotion: '3' },
  { stage: 5, department: 2, title: 'Gets a refund', kind: 's', emotion: '4' },
  { stage: 6, department: 0, title: 'Joins the loyalty club', kind: 'e', emotion: '5' },
];

const EMOTION_OF_KEY = { '1': '-2', '2': '-1', '3': '0', '4': '1', '5': '2' } as const;

async function ids(page: Page, selector: string, attribute: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els, name) => els.map((el) => el.getAttribute(name) ?? ''), attribute);
}

async function cursor(page: Page) {
  const ring = page.locator('.tm-cell-cursor');
  return {
    stageId: await ring.getAttribute('data-stage-id'),
    departmentId: await ring.getAttribute('data-department-id'),
  };
}

async function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

describe('capture from the keyboard (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    await app.close();
  });

  async function newBlankMap(page: Page) {
    await page
      .getByRole('list', { name: 'Templates' })
      .getByRole('button', { name: 'Blank map' })
      .focus();
    await page.keyboard.press('Enter');
    await page.locator('.tm-canvas').waitFor();
    await page.waitForFunction(() => {
      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement | null;
      return viewport !== null && viewport.style.transform !== '';
    });
  }

  it('captures a 10-touchpoint journey with kinds, emotions and a friction, then undoes', async () => {
    const { page } = app;
    await newBlankMap(page);
    const stages = await ids(page, '.tm-stage-header', 'data-stage-id');
    const departments = await ids(page, '.tm-lane-header', 'data-department-id');
    expect(stages.length).toBeGreaterThanOrEqual(7);
    expect(departments.length).toBeGreaterThanOrEqual(4);

    // The first arrow shows the cursor on the first cell.
    await page.keyboard.press('ArrowRight');
    expect(await cursor(page)).toEqual({ stageId: stages[0], departmentId: departments[0] });
    let at = { stage: 0, department: 0 };

    for (const [index, step] of JOURNEY.entries()) {
      const dx = step.stage - at.stage;
      const dy = step.department - at.department;
      for (let i = 0; i < Math.abs(dx); i++) {
        await page.keyboard.press(dx > 0 ? 'ArrowRight' : 'ArrowLeft');
      }
      for (let i = 0; i < Math.abs(dy); i++) {
        await page.keyboard.press(dy > 0 ? 'ArrowDown' : 'ArrowUp');
      }
      at = { stage: step.stage, department: step.department };
      expect(await cursor(page)).toEqual({
        stageId: stages[step.stage],
        departmentId: departments[step.department],
      });
      if (index === 3) await app.screenshot('capture-cursor');
      // Enter and N both add; use each.
      await page.keyboard.press(index % 2 === 0 ? 'n' : 'Enter');
      await expect.poll(() => focusIsIn(page, '.tm-card-title-input')).toBe(true);
      await page.keyboard.type(step.title);
      await page.keyboard.press('Enter');
      await card(page, step.title).waitFor();
      await page.keyboard.press(step.kind);
      await page.keyboard.press(step.emotion);
      if (step.friction !== undefined) {
        await page.keyboard.press('f');
        await expect
          .poll(() => focusIsIn(page, 'input[aria-label="New friction point"]'))
          .toBe(true);
        await page.keyboard.type(step.friction);
        await page.keyboard.press('Enter');
        // Enter adds it and gives the keyboard back to the map.
        await expect.poll(() => focusIsIn(page, '.tm-canvas')).toBe(true);
      }
      await expect.poll(() => cards(page).count()).toBe(index + 1);
    }
    await app.screenshot('capture-journey');

    // What the document says, card by card.
    for (const step of JOURNEY) {
      const tp = card(page, step.title);
      expect(await cardAttribute(tp, 'data-stage-id')).toBe(stages[step.stage]);
      expect(await cardAttribute(tp, 'data-department-id')).toBe(departments[step.department]);
      expect(await cardAttribute(tp, 'data-kind')).toBe(
        step.kind === 's' ? 'service' : 'experience',
      );
      expect(await cardAttribute(tp, 'data-emotion')).toBe(EMOTION_OF_KEY[step.emotion]);
      expect(await cardAttribute(tp, 'data-frictions')).toBe(step.friction ? '1' : '0');
    }
    // Two cards told in the same cell stack, the second below the first.
    const first = await card(page, 'Chats with support').boundingBox();
    const second = await card(page, 'Gets a refund').boundingBox();
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);

    // The friction's text, in the inspector of its card (Tab walks to it in journey order).
    await page.keyboard.press('Escape');
    const paid = card(page, 'Pays online');
    while ((await cardAttribute(paid, 'data-selected')) !== 'true')
      await page.keyboard.press('Tab');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    expect(await inspector.getByRole('textbox', { name: 'Friction 1' }).inputValue()).toBe(
      'Card refused twice',
    );

    // Undo takes back one step at a time: the last emotion, its title, then the card (its
    // kind was already Experience, so E added no step).
    const last = card(page, 'Joins the loyalty club');
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => cardAttribute(last, 'data-emotion')).toBe('none');
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => last.count()).toBe(0);
    expect(await cards(page).count()).toBe(10);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => cards(page).count()).toBe(9);
    // The service kind of an earlier card was one step too.
    expect(await cardAttribute(card(page, 'Gets a refund'), 'data-kind')).toBe('service');
  });

  it('moves the cursor and the selection together, and nudges with Alt+arrows', async () => {
    const { page } = app;
    await newBlankMap(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('n');
    await expect.poll(() => focusIsIn(page, '.tm-card-title-input')).toBe(true);
    await page.keyboard.type('Only card');
    await page.keyboard.press('Enter');
    const only = card(page, 'Only card');
    await only.waitFor();
    const id = (await selectedIds(page))[0];
    // Away to an empty cell: nothing selected; back: the cell's card is.
    await page.keyboard.press('ArrowRight');
    expect(await selectedIds(page)).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    expect(await selectedIds(page)).toEqual([id]);
    const before = await only.boundingBox();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await only.boundingBox())!.y).toBeGreaterThan(before!.y);
  });

  it('lists every command with Ctrl+K and runs the one chosen from the keyboard', async () => {
    const { page } = app;
    await newBlankMap(page);
    await page.keyboard.press(`${MOD}+k`);
    const dialog = page.getByRole('dialog', { name: 'Commands' });
    await dialog.waitFor();
    const field = dialog.getByRole('combobox', { name: 'Command' });
    await expect.poll(() => focusIsIn(page, '[role="combobox"]')).toBe(true);
    expect(await dialog.getByRole('option').count()).toBeGreaterThan(30);
    await page.keyboard.type('add touchpoint cell');
    await app.screenshot('capture-command-palette');
    expect(await dialog.getByRole('option').count()).toBe(1);
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => cards(page).count()).toBe(1);
    await expect.poll(() => focusIsIn(page, '.tm-card-title-input')).toBe(true);
    await page.keyboard.type('From the palette');
    await page.keyboard.press('Enter');
    await card(page, 'From the palette').waitFor();

    // Filter, arrow down, Enter: the shortcut sheet, complete and in the editor.
    await page.keyboard.press(`${MOD}+k`);
    await dialog.waitFor();
    await page.keyboard.type('shortcuts');
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const text = await sheet.textContent();
    for (const wanted of [
      'Ctrl+F',
      'Ctrl+Shift+E',
      'Ctrl+K',
      'Add a touchpoint in the cursor’s cell',
    ]) {
      expect(text).toContain(wanted);
    }
    // Key badges keep their natural size: none as tall as a two-line row.
    const heights = await sheet
      .locator('kbd')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(30);
    await app.screenshot('capture-shortcut-sheet');
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });
});

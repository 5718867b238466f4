/**
 * Editing on the canvas with the real mouse and keyboard: moving a card to another lane
 * changes its owner (one undo step), connecting two cards, adding a card by
 * double-clicking an empty cell, undo and redo; zoomed in and scrolled down, the department
 * names stay readable below the stage names.
 */
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import {
  MOD,
  card,
  cardAttribute,
  cards,
  center,
  drag,
  laneBox,
  openFile,
  stageBox,
  startFromTemplate,
  viewSettled,
} from '../support/editor-helpers.ts';

const SMALL = resolve('test/fixtures/e2e/small.touchmap');

describe('the map canvas (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('shows a template as a grid of stages and departments with its cards and curve', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await expect.poll(() => cards(page).count()).toBe(20);
    expect(await page.locator('.tm-stage-header').count()).toBe(7);
    expect(await page.locator('.tm-lane-header').count()).toBe(7);
    expect(await page.locator('.tm-stage-header').first().textContent()).toContain('Inspiration');
    expect(await page.locator('.tm-curve-point').count()).toBeGreaterThan(10);
    expect(await page.locator('.tm-lowest').count()).toBeGreaterThan(0);
    expect(await page.locator('.react-flow__edge').count()).toBe(14);
    await app.screenshot('editor-template');
  });

  it('moves a card to another lane with the mouse, which changes its department, in one undo step', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const moved = card(page, 'Booking confirmation email');
    expect(await cardAttribute(moved, 'data-department-id')).toBe('dep-sales');
    const from = await center(moved);
    const lane = await laneBox(page, 'dep-customer-service');
    await drag(page, from, { x: from.x, y: lane.y + lane.height / 2 });
    await expect
      .poll(() => cardAttribute(moved, 'data-department-id'))
      .toBe('dep-customer-service');
    expect(await cardAttribute(moved, 'data-stage-id')).toBe('st-booking');
    await app.screenshot('editor-dragged-to-lane');

    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => cardAttribute(moved, 'data-department-id')).toBe('dep-sales');
    await page.keyboard.press(`${MOD}+Shift+z`);
    await expect
      .poll(() => cardAttribute(moved, 'data-department-id'))
      .toBe('dep-customer-service');
    await page.keyboard.press(`${MOD}+z`);
    await page.keyboard.press(`${MOD}+y`);
    await expect
      .poll(() => cardAttribute(moved, 'data-department-id'))
      .toBe('dep-customer-service');
  });

  it('moves a card to another stage (column)', async () => {
    const { page } = app;
    await openFile(page, SMALL, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    const web = card(page, 'Book online');
    const from = await center(web);
    const repair = await stageBox(page, 'st-repair');
    await drag(page, from, { x: repair.x + repair.width / 2, y: from.y + 40 });
    await expect.poll(() => cardAttribute(web, 'data-stage-id')).toBe('st-repair');
    expect(await cardAttribute(web, 'data-department-id')).toBe('dep-workshop');
    // Cards never overlap the grid lines: the card sits inside its new column.
    const box = (await web.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(repair.x);
  });

  it('connects two cards by dragging from one card’s handle onto the other card', async () => {
    const { page } = app;
    await openFile(page, SMALL, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    const from = card(page, 'Book online');
    const to = card(page, 'Pay the bill');
    await from.hover();
    const handle = from.locator('.tm-handle-out');
    await drag(page, await center(handle), await center(to), 16);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    expect(
      await page
        .locator('.react-flow__edge[data-id]')
        .evaluateAll((edges) => edges.map((e) => e.getAttribute('aria-label'))),
    ).toContain('Edge from tp-web to tp-pay');
    await app.screenshot('editor-connected');

    // Select the new connection, label it, then delete it.
    await page
      .locator(
        '.react-flow__edge[aria-label="Edge from tp-web to tp-pay"] .react-flow__edge-interaction',
      )
      .dblclick({ force: true });
    const input = page.getByRole('textbox', { name: /Connection label/ });
    await input.fill('pays at the counter');
    await input.press('Enter');
    await expect
      .poll(() => page.locator('.tm-edge-label').allTextContents())
      .toContain('pays at the counter');
    await page.locator('.tm-edge-label', { hasText: 'pays at the counter' }).waitFor();
    await page
      .locator(
        '.react-flow__edge[aria-label="Edge from tp-web to tp-pay"] .react-flow__edge-interaction',
      )
      .click({ force: true });
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
  });

  it('adds a card by double-clicking an empty cell, then names it in place', async () => {
    const { page } = app;
    await openFile(page, SMALL, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    const lane = await laneBox(page, 'dep-billing');
    const stage = await stageBox(page, 'st-book');
    await page.mouse.dblclick(stage.x + stage.width / 2, lane.y + lane.height / 2);
    const input = page.getByRole('textbox', { name: /Touchpoint title/ });
    await input.waitFor();
    await page.keyboard.type('Deposit taken');
    await app.screenshot('editor-renaming-new-card');
    await page.keyboard.press('Enter');
    const added = card(page, 'Deposit taken');
    await added.waitFor();
    expect(await cardAttribute(added, 'data-stage-id')).toBe('st-book');
    expect(await cardAttribute(added, 'data-department-id')).toBe('dep-billing');
    expect(await cardAttribute(added, 'data-selected')).toBe('true');
    // Two undo steps: the title, then the card itself.
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => card(page, 'New touchpoint').count()).toBe(1);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => cards(page).count()).toBe(4);
  });

  it('drops a palette item onto a cell', async () => {
    const { page } = app;
    await openFile(page, SMALL, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    const lane = await laneBox(page, 'dep-front');
    const stage = await stageBox(page, 'st-repair');
    // A synthetic drop with the palette's payload (playwright's drag and drop of native
    // HTML5 drag data is not reliable headless).
    await page.evaluate(
      ({ x, y }) => {
        const data = new DataTransfer();
        data.setData(
          'application/x-touchmap-catalogue',
          JSON.stringify({
            title: 'Collection reminder SMS',
            kind: 'experience',
            channel: 'other',
          }),
        );
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(
            new DragEvent(type, {
              bubbles: true,
              cancelable: true,
              clientX: x,
              clientY: y,
              dataTransfer: data,
            }),
          );
        }
      },
      { x: stage.x + stage.width / 2, y: lane.y + lane.height / 2 },
    );
    const dropped = card(page, 'Collection reminder SMS');
    await dropped.waitFor();
    expect(await cardAttribute(dropped, 'data-stage-id')).toBe('st-repair');
    expect(await cardAttribute(dropped, 'data-department-id')).toBe('dep-front');
    expect(await cardAttribute(dropped, 'data-selected')).toBe('true');
  });

  it('keeps each department name whole below the stage names when its lane is scrolled under them', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    for (let i = 0; i < 3; i++) await page.keyboard.press(`${MOD}+=`);
    await viewSettled(page);
    // Pan the map up by dragging empty canvas, until the first lane's top is under the stage names.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const from = await page.evaluate(
      ({ x, y, width, height }) => {
        for (let py = y + height * 0.8; py > y + height * 0.3; py -= 8) {
          for (let px = x + width * 0.3; px < x + width * 0.9; px += 8) {
            if (document.elementFromPoint(px, py)?.classList.contains('react-flow__pane'))
              return { x: px, y: py };
          }
        }
        return null;
      },
      { x: pane.x, y: pane.y, width: pane.width, height: pane.height },
    );
    expect(from).not.toBeNull();
    const stages = await page.locator('.tm-stage-headers').boundingBox();
    const first = (await page.locator('.tm-lane-header').first().boundingBox())!;
    await drag(page, from!, { x: from!.x, y: from!.y - (first.y - stages!.y) - 40 });
    await viewSettled(page);
    const read = async () => ({
      stuck: (await page.locator('.tm-stage-headers').boundingBox())!,
      lanes: await page.locator('.tm-lane-header').evaluateAll((headers) =>
        headers.map((header) => {
          const lane = header.getBoundingClientRect();
          const name = header.querySelector('.tm-lane-name')!.getBoundingClientRect();
          return {
            lane: { top: lane.top, bottom: lane.bottom },
            name: { top: name.top, bottom: name.bottom },
          };
        }),
      ),
    });
    // The pan put a lane's top under the stage names (the headers follow it a frame later).
    await expect
      .poll(async () => {
        const { stuck, lanes } = await read();
        return lanes.some(({ lane }) => lane.top < stuck.y + stuck.height - 20);
      })
      .toBe(true);
    const { stuck, lanes } = await read();
    // Each name still shows whole, below the stage names.
    for (const { lane, name } of lanes) {
      if (lane.bottom <= stuck.y + stuck.height + 30) continue;
      expect(name.top).toBeGreaterThanOrEqual(stuck.y + stuck.height - 0.5);
      expect(name.bottom).toBeLessThanOrEqual(lane.bottom + 0.5);
    }
    await app.screenshot('lane-names-under-stuck-stages');
  });

  it('starts the words of each stage header past the department names column, as opened and panned under it', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const corner = (await page.locator('.tm-header-corner').boundingBox())!;
    /** The left edge of each stage header's first words (its number or name, and expectations) on screen. */
    const starts = () =>
      page.locator('.tm-stage-header').evaluateAll((headers) =>
        headers.flatMap((header) => {
          const right = header.getBoundingClientRect().right;
          return [
            ...header.querySelectorAll('.tm-stage-index, .tm-stage-name, .tm-stage-expectations'),
          ]
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.left < right)
            .map((r) => r.left);
        }),
      );
    const edge = corner.x + corner.width;
    // As opened, the department names' column reaches a few px over the first stage.
    expect(Math.min(...(await starts()))).toBeGreaterThanOrEqual(edge + 4);
    // Panned left by 100 px: the first stage slides under the column; what shows of it starts past it.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const at = { x: pane.x + pane.width * 0.6, y: pane.y + pane.height * 0.45 };
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, at),
    ).toContain('react-flow__pane');
    await drag(page, at, { x: at.x - 100, y: at.y });
    await viewSettled(page);
    await expect.poll(async () => Math.min(...(await starts()))).toBeGreaterThanOrEqual(edge + 4);
    await app.screenshot('stage-headers-panned-under-lane-names');
  });
});

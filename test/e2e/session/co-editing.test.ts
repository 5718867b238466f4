/**
 * Co-editing in a workshop, end to end: `touchmap serve` (the built CLI) shares a copy of
 * hotel-stay; two Chromium pages join by the edit link and see each other's added card,
 * title edit and move, pointers and selections; undo is per person; a third page joins by
 * the view link and cannot edit; the facilitator (the host link) removes a participant, who is
 * told so and stops reconnecting; SIGINT leaves a valid file with every edit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { findChromium } from '../support/chromium.ts';
import { SCREENSHOT_DIR } from '../support/harness.ts';
import {
  MOD,
  card,
  cardAttribute,
  cards,
  center,
  drag,
  laneBox,
  stageBox,
} from '../support/editor-helpers.ts';

const CLI = resolve('dist/cli/touchmap.mjs');
const HOTEL = resolve('examples/hotel-stay.touchmap');

interface Served {
  child: ChildProcess;
  edit: string;
  view: string;
  host: string;
}

function serve(file: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', file, '--host', '127.0.0.1', '--port', '0', '--no-advertise'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const edit = /^edit: (\S+)$/m.exec(out)?.[1];
      const view = /^view: (\S+)$/m.exec(out)?.[1];
      const host = /^host: (\S+)$/m.exec(out)?.[1];
      if (edit && view && host) done({ child, edit, view, host });
    });
    child.on('exit', (code) => fail(new Error(`serve exited ${code}: ${err}`)));
  });
}

async function joinAs(
  browser: Browser,
  url: string,
  name: string,
  size = { width: 1280, height: 800 },
) {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  const input = page.getByRole('textbox', { name: /Your name/ });
  await input.fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.locator('.tm-canvas').waitFor();
  await expect.poll(() => cards(page).count()).toBe(20);
  await expect.poll(() => page.locator('.tm-session-status').textContent()).toBe('Connected');
  return { page, errors };
}

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

const transformOf = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).toJSON() as DOMMatrix);
const zoomOf = async (page: Page) => (await transformOf(page)).a;
/**
 * How far (px) the map is from the pane's top-left corner: the brief's top from the pane's
 * top, the lane names' left from its left, and the first column from the lane names' right
 * (a column under the pinned names would be hidden). 0 when the map starts at the corner.
 */
async function mapCornerGap(page: Page): Promise<number> {
  const pane = await page.locator('.react-flow').boundingBox();
  const brief = await page.locator('.tm-brief').boundingBox();
  if (pane === null || brief === null) throw new Error('no pane or brief');
  const lane = await laneBox(page, 'dep-marketing');
  const first = await stageBox(page, 'st-awareness');
  return Math.max(
    Math.abs(brief.y - pane.y),
    Math.abs(lane.x - pane.x),
    Math.abs(first.x - (lane.x + lane.width)),
  );
}

const person = (page: Page, name: string) =>
  page.locator('.tm-session-person').filter({ hasText: name });

describe('co-editing a served map (built CLI and renderer in Chromium)', () => {
  let folder: string;
  let file: string;
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error('dist/cli is missing: run `npm run build:cli` first.');
    folder = await mkdtemp(join(tmpdir(), 'touchmap-session-'));
    file = join(folder, 'hotel-stay.touchmap');
    await copyFile(HOTEL, file);
    served = await serve(file);
    browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (served && served.child.exitCode === null) served.child.kill('SIGKILL');
    await rm(folder, { recursive: true, force: true });
  });

  it('two editors and a viewer share one map, and Ctrl+C saves every edit', async () => {
    // Ada facilitates: she opens the host link.
    const ada = await joinAs(browser, served.host, 'Ada');
    const bo = await joinAs(browser, served.edit, 'Bo');
    const projector = await joinAs(browser, served.view, 'Projector', { width: 1280, height: 720 });
    for (const { page } of [ada, bo, projector]) {
      await expect.poll(() => page.locator('.tm-session-person').count()).toBe(3);
    }

    // Ada adds a card in an empty cell; Bo sees it.
    const lane = await laneBox(ada.page, 'dep-sales');
    const stage = await stageBox(ada.page, 'st-awareness');
    await ada.page.mouse.dblclick(stage.x + stage.width / 2, lane.y + lane.height / 2);
    await ada.page.getByRole('textbox', { name: /Touchpoint title/ }).waitFor();
    await ada.page.keyboard.type('Welcome drink');
    await ada.page.keyboard.press('Enter');
    await card(bo.page, 'Welcome drink').waitFor();

    // Bo renames a card; Ada sees the new title.
    await card(bo.page, 'Room and beds').click();
    await bo.page.keyboard.press('F2');
    await bo.page.getByRole('textbox', { name: /Touchpoint title/ }).fill('Room, beds and cot');
    await bo.page.keyboard.press('Enter');
    await card(ada.page, 'Room, beds and cot').waitFor();

    // Ada moves a card to another lane; Bo sees it move.
    const moved = card(ada.page, 'Booking confirmation email');
    const from = await center(moved);
    const target = await laneBox(ada.page, 'dep-customer-service');
    await drag(ada.page, from, { x: from.x, y: target.y + target.height / 2 });
    await expect
      .poll(() => cardAttribute(card(bo.page, 'Booking confirmation email'), 'data-department-id'))
      .toBe('dep-customer-service');

    // Pointers and selections: each editor sees the other's labelled pointer.
    await card(ada.page, 'Breakfast restaurant').click();
    // A card clear of the overview panel in the corner: a pointer over the panel is not on the map.
    const adaAt = await center(card(ada.page, 'Hotel website and room pages'));
    await ada.page.mouse.move(adaAt.x, adaAt.y, { steps: 4 });
    const boAt = await center(card(bo.page, 'Chat: cot and connecting rooms'));
    await bo.page.mouse.move(boAt.x, boAt.y, { steps: 4 });
    await bo.page.locator('.tm-presence-cursor[data-participant="Ada"]').waitFor();
    await ada.page.locator('.tm-presence-cursor[data-participant="Bo"]').waitFor();
    await bo.page.locator('.tm-presence-outline[data-participant="Ada"]').waitFor();
    await projector.page.locator('.tm-presence-cursor[data-participant="Ada"]').waitFor();
    await projector.page.locator('.tm-presence-cursor[data-participant="Bo"]').waitFor();
    await shot(bo.page, 'session-bo-sees-ada');
    // Ada's view starts at the map's top-left corner: the wider projector starts there too,
    // with more map beside it, not an empty band before the map.
    await expect.poll(() => mapCornerGap(projector.page)).toBeLessThan(3);
    await shot(projector.page, 'session-projector-1280x720');

    // Undo is per person: Bo's Ctrl+Z takes back Bo's rename, never Ada's card or move.
    await bo.page.locator('.tm-canvas').focus();
    await bo.page.keyboard.press(`${MOD}+z`);
    await card(ada.page, 'Room and beds').waitFor();
    expect(await card(bo.page, 'Welcome drink').count()).toBe(1);
    expect(
      await cardAttribute(card(bo.page, 'Booking confirmation email'), 'data-department-id'),
    ).toBe('dep-customer-service');
    await bo.page.keyboard.press(`${MOD}+Shift+z`);
    await card(ada.page, 'Room, beds and cot').waitFor();

    // Follow: Bo unfolds the session chip and follows Ada; Ada zooms in and Bo's view goes
    // with her; Esc stops.
    await bo.page.getByRole('button', { name: /3 people/ }).click();
    await person(bo.page, 'Ada').click();
    await expect.poll(() => person(bo.page, 'Ada').getAttribute('aria-pressed')).toBe('true');
    const before = await zoomOf(bo.page);
    await ada.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await ada.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(() => zoomOf(bo.page)).toBeGreaterThan(before * 1.2);
    await bo.page.keyboard.press('Escape');
    await expect.poll(() => person(bo.page, 'Ada').getAttribute('aria-pressed')).toBe('false');

    // The view link: no editing chrome, double-click and keys change nothing.
    const v = projector.page;
    await card(v, 'Welcome drink').waitFor();
    expect(await v.locator('.tm-toolbar').isVisible()).toBe(false);
    expect(await v.locator('.tm-left').isVisible()).toBe(false);
    expect(await v.locator('.tm-side').isVisible()).toBe(false);
    expect(await v.getByText('View only').isVisible()).toBe(true);
    const empty = await stageBox(v, 'st-loyalty');
    const opsLane = await laneBox(v, 'dep-operations');
    await v.mouse.dblclick(empty.x + empty.width / 2, opsLane.y + opsLane.height / 2);
    await v.keyboard.press('n');
    await v.keyboard.press('Delete');
    await new Promise((done) => setTimeout(done, 500));
    expect(await cards(v).count()).toBe(21);
    expect(await cards(ada.page).count()).toBe(21);
    await shot(ada.page, 'session-ada');

    // The toolbar says where the shared map is saved, not "Not saved yet".
    await expect
      .poll(() => ada.page.locator('.tm-doc-file').textContent())
      .toContain('Shared · saved by the host');
    // Only the host page offers Remove; the facilitator removes Bo, after a confirmation.
    expect(await bo.page.locator('.tm-session-remove').count()).toBe(0);
    const boSockets = { opened: 0 };
    bo.page.on('websocket', () => boSockets.opened++);
    const chip = ada.page.getByRole('button', { name: /3 people/ });
    await chip.focus();
    await ada.page.keyboard.press('Enter');
    expect(await chip.getAttribute('aria-expanded')).toBe('true');
    await shot(ada.page, 'session-host-controls-1280x800');
    await ada.page.getByRole('button', { name: 'Remove Bo' }).click();
    const confirm = ada.page.getByRole('dialog', { name: 'Remove Bo from the session?' });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await bo.page
      .getByRole('alert')
      .filter({ hasText: 'The host removed you from this session' })
      .waitFor();
    await expect.poll(() => bo.page.locator('.tm-session-status').textContent()).toBe('Removed');
    await expect.poll(() => person(ada.page, 'Bo').count()).toBe(0);
    await expect.poll(() => person(projector.page, 'Bo').count()).toBe(0);
    await shot(bo.page, 'session-removed');
    // Bo's page does not knock again, and keeps its copy of the map.
    await new Promise((done) => setTimeout(done, 1500));
    expect(boSockets.opened).toBe(0);
    expect(await cards(bo.page).count()).toBe(21);
    // The others go on: Ada's rename reaches the projector.
    await card(ada.page, 'Breakfast restaurant').click();
    await ada.page.keyboard.press('F2');
    await ada.page.getByRole('textbox', { name: /Touchpoint title/ }).fill('Breakfast buffet');
    await ada.page.keyboard.press('Enter');
    await card(projector.page, 'Breakfast buffet').waitFor();

    // Ctrl+C (SIGINT): the host saves and exits 0; the file is valid and holds every edit.
    const exited = new Promise<number | null>((done) => served.child.on('exit', done));
    served.child.kill('SIGINT');
    expect(await exited).toBe(0);
    const saved = parse(await readFile(file, 'utf8'));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const titles = saved.map.touchpoints.map((t) => t.title);
    expect(titles).toContain('Welcome drink');
    expect(titles).toContain('Room, beds and cot');
    expect(titles).toContain('Breakfast buffet');
    expect(saved.map.touchpoints.find((t) => t.id === 'tp-confirmation-email')?.departmentId).toBe(
      'dep-customer-service',
    );

    // The session has ended: everyone is told, keeps their copy and stops reconnecting.
    await projector.page
      .getByRole('alert')
      .filter({ hasText: 'The host ended the session; your copy is kept' })
      .waitFor();
    await expect
      .poll(() => ada.page.locator('.tm-session-status').textContent())
      .toBe('Session ended');
    await shot(ada.page, 'session-host-gone');
    expect([...ada.errors, ...bo.errors, ...projector.errors]).toEqual([]);
  }, 240_000);
});

/**
 * Presentation mode in real Chromium at projector size: hotel-stay, F5, every slide in
 * turn, and on each one every visible text at least 24 px and nothing clipped or outside
 * the screen; Esc returns to the editor where it was. Screenshots of the persona, a stage
 * and the lowest moments are saved under test/artifacts/ for a person to look at, in the
 * light theme at 1280×720 and in the dark theme at 1920×1080.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type App } from '../support/harness.ts';
import { openFile, startFromTemplate } from '../support/editor-helpers.ts';

const ARTIFACTS = resolve('test/artifacts');
const DIALOG = 'dialog.tm-present';

interface SlideReport {
  slide: string;
  title: string;
  texts: number;
  problems: string[];
}

/** Every text on the shown slide: its rendered size, and whether it fits where it is drawn. */
async function inspectSlide(page: Page): Promise<SlideReport> {
  return page.evaluate((selector) => {
    const dialog = document.querySelector<HTMLElement>(selector);
    if (dialog === null) throw new Error('no presentation');
    const problems: string[] = [];
    const width = window.innerWidth;
    const height = window.innerHeight;
    let texts = 0;
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element: Element | null = node.parentElement;
      if (text === '' || element === null) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      texts++;
      let size = Number.parseFloat(getComputedStyle(element).fontSize);
      // SVG text is drawn at its font size times the SVG's scale.
      const owner: Element = element;
      if (owner instanceof SVGGraphicsElement) size *= owner.getScreenCTM()?.a ?? 1;
      if (size < 23.95) problems.push(`"${text}" is ${size.toFixed(1)}px`);
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5)
        problems.push(`"${text}" is outside the screen`);
    }
    for (const element of dialog.querySelectorAll<HTMLElement>('*')) {
      // Boxes that hold text (the curve's faces stand out of their box on purpose).
      const holdsText = (element.textContent ?? '').trim() !== '';
      if (!(element instanceof HTMLElement) || element.clientWidth === 0 || !holdsText) continue;
      if (element.scrollWidth > element.clientWidth + 1)
        problems.push(`${element.className || element.tagName} is clipped across`);
      if (element.scrollHeight > element.clientHeight + 1)
        problems.push(`${element.className || element.tagName} is clipped down`);
    }
    const slide = dialog.querySelector<HTMLElement>('[aria-roledescription="slide"]')!;
    const title = slide.querySelector('h2')?.textContent ?? '';
    return { slide: slide.dataset.slide ?? '?', title, texts, problems };
  }, DIALOG);
}

async function counter(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.tm-present-counter').textContent()) ?? '';
  const [at, of] = text.split('/').map((n) => Number.parseInt(n, 10));
  return [at ?? 0, of ?? 0];
}

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

/** Steps through every slide from the first, checking each; returns the slide titles. */
async function presentAll(page: Page, shots: string): Promise<string[]> {
  const [, total] = await counter(page);
  expect(total).toBeGreaterThan(9);
  const titles: string[] = [];
  for (let at = 1; at <= total; at++) {
    await expect.poll(() => counter(page)).toEqual([at, total]);
    const report = await inspectSlide(page);
    expect(report.texts, `slide ${at}`).toBeGreaterThan(0);
    expect(report.problems, `slide ${at}: ${report.title}`).toEqual([]);
    titles.push(report.title);
    if (at === 2) await shoot(page, `${shots}-persona`);
    if (report.title.startsWith('Pre-arrival')) await shoot(page, `${shots}-stage`);
    if (report.title.startsWith('Lowest moments')) await shoot(page, `${shots}-lowest`);
    if (report.title.startsWith('Top frictions')) await shoot(page, `${shots}-frictions`);
    await page.keyboard.press(at % 2 === 0 ? 'ArrowRight' : 'PageDown');
  }
  // Past the last slide nothing moves.
  await expect.poll(() => counter(page)).toEqual([total, total]);
  return titles;
}

describe('presentation mode (built renderer in Chromium)', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('presents hotel-stay stage by stage at 1280×720 with every text at least 24 px', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const before = await page
      .locator('.react-flow__viewport')
      .evaluate((el) => (el as HTMLElement).style.transform);

    const dirtyBefore = await page.locator('.tm-dirty').count();
    await page.keyboard.press('F5');
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
    await shoot(page, 'present-1280-title');

    const titles = await presentAll(page, 'present-1280');
    for (const stage of ['Inspiration', 'Booking', 'The stay', 'After the stay'])
      expect(titles.some((t) => t.startsWith(stage))).toBe(true);
    expect(titles).toContain('Persona: Fiona Mackay');
    expect(titles.some((t) => t.startsWith('Lowest moments'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Top frictions'))).toBe(true);

    await page.keyboard.press('Home');
    await expect.poll(async () => (await counter(page))[0]).toBe(1);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const [at, total] = await counter(page);
    expect(at).toBe(total - 1);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.locator('.tm-canvas').waitFor();
    const after = await page
      .locator('.react-flow__viewport')
      .evaluate((el) => (el as HTMLElement).style.transform);
    expect(after).toBe(before);
    // Presenting changes nothing in the map.
    expect(await page.locator('.tm-dirty').count()).toBe(dirtyBefore);
    await shoot(page, 'present-1280-back-in-editor');
  });

  it('presents a chosen range, and reads in the dark theme at 1920×1080', async () => {
    app = await openApp({ width: 1920, height: 1080 });
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await startFromTemplate(page, /hotel/i);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.locator(DIALOG).waitFor();
    await presentAll(page, 'present-1920-dark');

    await page.keyboard.press('s');
    const chooser = page.locator('.tm-present-chooser');
    await chooser.getByLabel('From').selectOption({ label: '2. Search and compare' });
    await chooser.getByLabel('To').selectOption({ label: '4. Pre-arrival and check-in' });
    await expect.poll(() => chooser.locator('h2').textContent()).toBe('Present stages 2–4');
    await chooser.getByLabel('All on one slide').check();
    await shoot(page, 'present-1920-dark-chooser');
    await chooser.getByRole('button', { name: 'Present' }).click();
    await expect.poll(async () => (await counter(page))[0]).toBe(1);
    const stageTitles: string[] = [];
    const [, total] = await counter(page);
    for (let at = 1; at <= total; at++) {
      const report = await inspectSlide(page);
      expect(report.problems, `slide ${at}: ${report.title}`).toEqual([]);
      stageTitles.push(report.title);
      await page.keyboard.press('Space');
    }
    expect(stageTitles.some((t) => t.startsWith('Search and compare – Pre-arrival'))).toBe(true);
    expect(stageTitles.some((t) => t.startsWith('Inspiration'))).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
  });

  it('cuts a long description and persona into more slides, never smaller or clipped text', async () => {
    const sentence =
      'Families who travel with young children plan around naps, meals and the drive, and ' +
      'every surprise at the desk costs them patience they no longer have. ';
    const map = JSON.parse(await readFile(resolve('examples/hotel-stay.touchmap'), 'utf8')) as {
      title: string;
      description: string;
      persona: { description: string; goals: string[] };
    };
    const TITLE = map.title;
    map.description = sentence.repeat(12).trim();
    map.persona.description = sentence.repeat(10).trim();
    map.persona.goals = Array.from(
      { length: 12 },
      (_, i) => `Goal ${i + 1}: a room that is ready, quiet and warm when the family arrives`,
    );
    const dir = await mkdtemp(join(tmpdir(), 'tm-present-'));
    const file = join(dir, 'long-texts.touchmap');
    await writeFile(file, JSON.stringify(map));

    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await openFile(page, file, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    await page.locator('.tm-canvas').waitFor();
    await page.keyboard.press('F5');
    await page.locator(DIALOG).waitFor();
    const titles: string[] = [];
    for (;;) {
      const report = await inspectSlide(page);
      expect(report.problems, `slide ${report.slide}: ${report.title}`).toEqual([]);
      if (report.title.startsWith('Inspiration')) break;
      titles.push(report.title);
      if (report.title.startsWith('Persona: Fiona Mackay (2/'))
        await shoot(page, 'present-1280-persona-2');
      const [at] = await counter(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await counter(page))[0]).toBe(at + 1);
    }
    await shoot(page, 'present-1280-long-first-stage');
    // The title slide, its continuation(s), then the persona over several slides.
    expect(titles[0]).toBe(TITLE);
    expect(titles.filter((t) => t.startsWith(`${TITLE} (`)).length).toBeGreaterThan(0);
    expect(titles.filter((t) => t.startsWith('Persona: Fiona Mackay (')).length).toBeGreaterThan(1);
  });
});

/**
 * The editor's panels, used as a facilitator would in the built renderer (real Chromium):
 * add a touchpoint from the palette, edit it in the inspector, read the insights, filter,
 * search and reveal, and change the stages with the confirmation dialog.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, type App } from '../support/harness.ts';

async function openTemplate(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Templates' }).getByRole('button', { name }).click();
  await page.locator('.react-flow__node').first().waitFor();
}

const node = (page: Page, id: string): Locator =>
  page.locator(`.react-flow__node[data-id="${id}"]`);
const inspector = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector' });
const palette = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Touchpoint palette' });
const tab = (page: Page, name: string | RegExp): Locator => page.getByRole('tab', { name });

/** The value shown on an insights tile, e.g. "Touchpoints" -> "21". */
async function tile(page: Page, name: string): Promise<string> {
  const insights = page.getByRole('complementary', { name: 'Insights' });
  return (await insights.locator('dt', { hasText: name }).locator('+ dd').innerText()).trim();
}

describe('panels in the editor (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp({ width: 1440, height: 900 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('adds a touchpoint from the palette, edits it in the inspector and sees the insights', async () => {
    const { page } = app;
    await openTemplate(page, /hotel/i);
    await app.screenshot('panels-1-hotel-opened');

    // Add by click: no "Support" stage here and nothing selected, so the first stage; the
    // Customer Service lane exists.
    await palette(page).getByRole('button', { name: 'Add Phone support, service' }).click();
    const card = node(page, 'tp-1');
    await card.waitFor();
    // The new card is renamed in place on the canvas: keep the title with Enter.
    const rename = page.getByRole('textbox', { name: /Touchpoint title/ });
    if (await rename.isVisible()) await rename.press('Enter');
    await expect.poll(() => card.getAttribute('class')).toContain('selected');

    const panel = inspector(page);
    await expect.poll(() => panel.getByLabel('Title').inputValue()).toBe('Phone support');
    expect(await panel.getByLabel('Department').inputValue()).toBe('dep-customer-service');

    // Title: one commit on Enter, shown on the card.
    await panel.getByLabel('Title').fill('Phone: lost booking reference');
    await panel.getByLabel('Title').press('Enter');
    // (A compact card lays its title out in lines of whole words.)
    await expect
      .poll(async () => (await card.innerText()).replace(/\s+/g, ' '))
      .toContain('Phone: lost booking reference');

    // Kind: to experience and back to service, with the segmented control.
    const kind = panel.getByRole('radiogroup', { name: 'Kind' });
    await kind.getByRole('radio', { name: 'Experience' }).click();
    await expect
      .poll(() => card.locator('[data-kind]').getAttribute('data-kind'))
      .toBe('experience');
    await kind.getByRole('radio', { name: 'Service' }).click();
    await expect.poll(() => card.locator('[data-kind]').getAttribute('data-kind')).toBe('service');

    // Emotion: a face; then one step along with the arrow keys.
    const emotion = panel.getByRole('radiogroup', { name: 'Emotion' });
    await emotion.getByRole('radio', { name: 'Negative (−1)' }).click();
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() =>
        emotion.getByRole('radio', { name: 'Very negative (−2)' }).getAttribute('aria-checked'),
      )
      .toBe('true');
    await expect.poll(() => card.locator('[data-emotion]').getAttribute('data-emotion')).toBe('-2');

    // A friction with a severity.
    const frictions = panel.getByRole('region', { name: 'Friction points' });
    await frictions
      .getByLabel('New friction point', { exact: true })
      .fill('Asked for the booking reference three times');
    await frictions.getByLabel('Severity of the new friction point').selectOption('high');
    await frictions.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => frictions.getByLabel('Friction 1', { exact: true }).inputValue())
      .toBe('Asked for the booking reference three times');
    await expect
      .poll(() => card.locator('[data-frictions]').getAttribute('data-frictions'))
      .toBe('1');

    // A bad CSAT is refused inline and nothing changes.
    const csat = panel.getByLabel('CSAT (1 to 5)');
    await csat.fill('9');
    await csat.press('Enter');
    await expect
      .poll(() => panel.getByRole('alert').innerText())
      .toContain('CSAT is a number from 1 to 5');
    await csat.fill('2.5');
    await csat.press('Enter');
    await expect.poll(() => panel.getByRole('alert').count()).toBe(0);
    await app.screenshot('panels-2-inspector-edited');

    // The insights follow.
    await tab(page, 'Insights').click();
    await expect.poll(() => tile(page, 'Touchpoints')).toBe('21');
    expect(await tile(page, 'Service share')).toMatch(/^24%/);
    const lowest = page.getByRole('region', { name: 'Lowest moments' });
    await expect.poll(() => lowest.innerText()).toContain('Phone: lost booking reference');
    await app.screenshot('panels-3-insights');

    // Each commit was one undo step: Undo takes back the CSAT, then the friction.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await tab(page, 'Inspector').click();
    await expect.poll(() => panel.getByLabel('CSAT (1 to 5)').inputValue()).toBe('');
    expect(await frictions.getByLabel('Friction 1', { exact: true }).count()).toBe(1);
    await undo.click();
    await expect.poll(() => frictions.getByLabel('Friction 1', { exact: true }).count()).toBe(0);
    expect(await panel.getByLabel('Title').inputValue()).toBe('Phone: lost booking reference');
  });

  it('drags a catalogue item from the palette onto the map', async () => {
    const { page } = app;
    await openTemplate(page, /hotel/i);
    const before = await page.locator('.react-flow__node').count();
    const item = palette(page).getByRole('button', { name: 'Add Blog post, experience' });
    const target = node(page, 'tp-instagram-reel');
    const box = (await target.boundingBox())!;
    await item.dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: box.x + box.width / 2 + 10, y: box.y + box.height + 30 },
    });
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(before + 1);
    await expect.poll(() => page.locator('.react-flow').innerText()).toContain('Blog post');
  });

  it('reveals a lowest moment from the insights', async () => {
    const { page } = app;
    await openTemplate(page, /hotel/i);
    await tab(page, 'Insights').click();
    const lowest = page.getByRole('region', { name: 'Lowest moments' });
    await lowest.getByRole('button', { name: /Front-desk check-in/ }).click();
    await expect
      .poll(() => node(page, 'tp-front-desk-checkin').getAttribute('class'))
      .toContain('selected');
    await tab(page, 'Inspector').click();
    await expect
      .poll(() => inspector(page).getByLabel('Title').inputValue())
      .toBe('Front-desk check-in');
  });

  it('filters by service, and searches and reveals a touchpoint', async () => {
    const { page } = app;
    await openTemplate(page, /hotel/i);
    const filters = page.getByRole('search', { name: 'Filters' });

    await filters
      .getByRole('radiogroup', { name: 'Show' })
      .getByRole('radio', { name: 'Service' })
      .click();
    const experienceCard = node(page, 'tp-instagram-reel').locator('[data-dimmed]');
    const serviceCard = node(page, 'tp-chat-family-room').locator('[data-dimmed]');
    await expect.poll(() => experienceCard.getAttribute('data-dimmed')).toBe('true');
    expect(await serviceCard.getAttribute('data-dimmed')).toBe('false');
    await app.screenshot('panels-4-filter-service');
    await filters.getByRole('radio', { name: 'All' }).click();
    await expect.poll(() => experienceCard.getAttribute('data-dimmed')).toBe('false');

    await filters.getByLabel('Department').selectOption({ label: 'Billing' });
    await expect.poll(() => experienceCard.getAttribute('data-dimmed')).toBe('true');
    expect(
      await node(page, 'tp-online-booking').locator('[data-dimmed]').getAttribute('data-dimmed'),
    ).toBe('false');
    await filters.getByLabel('Department').selectOption({ label: 'All departments' });

    // Ctrl+F focuses the search box; matches are listed as you type; Enter reveals.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    const search = filters.getByRole('combobox', { name: 'Search touchpoints' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('shower');
    const results = filters.getByRole('listbox', { name: 'Matching touchpoints' });
    await expect.poll(() => results.getByRole('option').count()).toBe(2);
    expect(await filters.getByText('2 matches').count()).toBe(1);
    expect(await results.getByRole('option').first().innerText()).toContain(
      'The stay · Customer Service',
    );
    await app.screenshot('panels-5-search');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => node(page, 'tp-front-desk-issue').getAttribute('class'))
      .toContain('selected');
    await expect
      .poll(() => inspector(page).getByLabel('Title').inputValue())
      .toBe('Front desk: broken shower');

    // A click on a match reveals it too.
    await search.fill('bill');
    await results.getByRole('option', { name: /Express check-out and bill/ }).click();
    await expect
      .poll(() => node(page, 'tp-checkout-bill').getAttribute('class'))
      .toContain('selected');
  });

  it('selects a card on the canvas and edits several at once', async () => {
    const { page } = app;
    await openTemplate(page, /hotel/i);
    await node(page, 'tp-instagram-reel').click();
    await expect
      .poll(() => inspector(page).getByLabel('Title').inputValue())
      .toBe('Instagram reel of family rooms');
    // An edit still in the title box is kept when another card is clicked.
    await inspector(page).getByLabel('Title').fill('Instagram reel: family rooms');
    await node(page, 'tp-friend-recommendation').click();
    await expect
      .poll(async () => (await node(page, 'tp-instagram-reel').innerText()).replace(/\s+/g, ' '))
      .toContain('Instagram reel: family rooms');
    await expect
      .poll(() => inspector(page).getByLabel('Title').inputValue())
      .toBe("Friend's recommendation");
    await node(page, 'tp-instagram-reel').click();
    await node(page, 'tp-friend-recommendation').click({ modifiers: ['Shift'] });
    const panel = inspector(page);
    const heading = panel.getByRole('heading', { name: /touchpoints selected/ });
    if ((await heading.count()) === 0) {
      await node(page, 'tp-friend-recommendation').click({ modifiers: ['ControlOrMeta'] });
    }
    await expect.poll(() => heading.innerText()).toBe('2 touchpoints selected');
    await panel.getByRole('radio', { name: 'Neutral (0)' }).click();
    for (const id of ['tp-instagram-reel', 'tp-friend-recommendation']) {
      await expect
        .poll(() => node(page, id).locator('[data-emotion]').getAttribute('data-emotion'))
        .toBe('0');
    }
    await app.screenshot('panels-6-multi-select');
    await panel.getByRole('button', { name: 'Delete 2 touchpoints' }).click();
    await expect.poll(() => node(page, 'tp-instagram-reel').count()).toBe(0);
    await expect
      .poll(() => panel.getByRole('heading', { name: 'Map', exact: true }).count())
      .toBe(1);
  });

  it('adds, renames and deletes stages, asking first when touchpoints would go', async () => {
    const { page } = app;
    await openTemplate(page, /hotel/i);
    await tab(page, /Stages/).click();
    const structure = page.getByRole('complementary', { name: 'Stages and departments' });
    const stages = structure.getByRole('list', { name: /^Stages/ });

    await structure.getByLabel('New stage name').fill('Rebooking');
    await structure.getByLabel('New stage name').press('Enter');
    await expect.poll(() => stages.getByRole('listitem').count()).toBe(8);
    const name = stages.getByLabel('Name of stage 8');
    expect(await name.inputValue()).toBe('Rebooking');
    await name.fill('Coming back');
    await name.press('Enter');
    await expect.poll(() => page.locator('.react-flow').innerText()).toContain('Coming back');

    // Move it left with the keyboard-accessible button.
    await stages.getByRole('button', { name: 'Move Coming back up' }).click();
    await expect.poll(() => stages.getByLabel('Name of stage 7').inputValue()).toBe('Coming back');

    // An empty stage goes without a question.
    await stages.getByRole('button', { name: 'Delete stage Coming back' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => stages.getByRole('listitem').count()).toBe(7);

    // A stage with touchpoints asks, with the count; Cancel keeps everything.
    await stages.getByRole('button', { name: 'Delete stage Booking' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Delete stage “Booking” and its 2 touchpoints?',
    });
    await dialog.waitFor();
    await app.screenshot('panels-7-delete-stage-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await node(page, 'tp-online-booking').count()).toBe(1);

    // Move them to another stage instead of deleting them.
    await stages.getByRole('button', { name: 'Delete stage Booking' }).click();
    await dialog
      .getByLabel('Stage to move the touchpoints to')
      .selectOption({ label: 'Check-out' });
    await dialog.getByRole('button', { name: 'Move and delete stage' }).click();
    await expect.poll(() => stages.getByRole('listitem').count()).toBe(6);
    expect(await node(page, 'tp-online-booking').count()).toBe(1);

    // Deleting with the touchpoints removes them.
    await stages.getByRole('button', { name: 'Delete stage Inspiration' }).click();
    await page
      .getByRole('dialog', { name: 'Delete stage “Inspiration” and its 2 touchpoints?' })
      .getByRole('button', { name: 'Delete stage and touchpoints' })
      .click();
    await expect.poll(() => node(page, 'tp-instagram-reel').count()).toBe(0);
    await app.screenshot('panels-8-structure');
  });

  it('shows each stage, department and row name whole, wrapped at spaces', async () => {
    const { page } = app;
    await openTemplate(page, /hotel/i);
    await tab(page, /Stages/).click();
    const structure = page.getByRole('complementary', { name: 'Stages and departments' });
    const long = structure.getByRole('textbox', { name: 'Name of stage 4' });
    for (const [width, height] of [
      [1440, 900],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      // Nothing hidden to scroll to, and two lines' room: "Pre-arrival and check-in" wraps.
      const box = await long.evaluate((field: HTMLTextAreaElement) => {
        const style = getComputedStyle(field);
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return {
          value: field.value,
          hidden: [field.scrollWidth - field.clientWidth, field.scrollHeight - field.clientHeight],
          lines: (field.clientHeight - padding) / parseFloat(style.lineHeight),
        };
      });
      expect(box, `${width}x${height}`).toEqual({
        value: 'Pre-arrival and check-in',
        hidden: [0, 0],
        lines: 2,
      });
      // Every name of the panel, edited or not, shows whole; a row's name breaks at spaces
      // only (each word on one line: "Housekeeping" does not fit beside its layer).
      const cut = await structure.evaluate((panel) =>
        [...panel.querySelectorAll<HTMLElement>('.pn-lane-name textarea, .pn-row-name')].flatMap(
          (name) => {
            const text = name instanceof HTMLTextAreaElement ? name.value : name.textContent!;
            const hidden =
              name.scrollWidth > name.clientWidth || name.scrollHeight > name.clientHeight;
            const words = name.firstChild instanceof Text ? name.firstChild.data.split(' ') : [];
            const split = words.filter((word, i) => {
              const start = words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
              const range = document.createRange();
              range.setStart(name.firstChild!, start);
              range.setEnd(name.firstChild!, start + word.length);
              return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
            });
            if (hidden) return [`${text}: cut at its edge`];
            return split.length > 0 ? [`${text}: ${split.join(', ')} broken`] : [];
          },
        ),
      );
      expect(cut, `${width}x${height}`).toEqual([]);
      await app.screenshot(`panels-10-long-names-${width}x${height}`);
    }
  });

  it('recolours a department from the swatches', async () => {
    const { page } = app;
    await openTemplate(page, /hotel/i);
    await tab(page, /Stages/).click();
    const structure = page.getByRole('complementary', { name: 'Stages and departments' });
    await structure.getByRole('button', { name: /^Colour of Marketing/ }).click();
    await structure.getByRole('button', { name: 'Use #4e79a7' }).click();
    await expect
      .poll(() =>
        structure.getByRole('button', { name: /^Colour of Marketing/ }).getAttribute('aria-label'),
      )
      .toBe('Colour of Marketing: #4e79a7');
    await app.screenshot('panels-9-recolour');
  });
});

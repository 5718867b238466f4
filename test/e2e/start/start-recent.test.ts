/**
 * The desktop start screen's recent maps, in the built renderer with a stand-in for the
 * preload: a map main could read is drawn from its layout, one it could not says so and stays.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { SCREEN_SIZES, appsClosedAfterEach } from '../support/harness.ts';
import { desktopCalls, runAsDesktop, type FakeRecentFile } from '../support/fake-desktop.ts';

function mapOf(path: string) {
  const parsed = parse(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.map;
}

const hotel = mapOf('assets/templates/hotel-stay.touchmap');
const small = mapOf('test/fixtures/e2e/small.touchmap');

const RECENT: FakeRecentFile[] = [
  {
    file: { token: 'granted-hotel-000001', name: 'Hotel stay – workshop.touchmap' },
    preview: { status: 'read', map: hotel, mtimeMs: 1_700_000_000_000 },
  },
  {
    file: { token: 'granted-broken-00001', name: 'broken.touchmap' },
    preview: { status: 'failed', problem: 'broken' },
  },
  {
    file: { token: 'granted-small-000001', name: 'small.touchmap' },
    preview: { status: 'read', map: small, mtimeMs: 1_700_000_000_000 },
  },
  {
    file: { token: 'granted-newer-000001', name: 'from a newer version.touchmap' },
    preview: { status: 'failed', problem: 'too-new' },
  },
];

describe('recent maps on the desktop start screen (built renderer in Chromium)', () => {
  const apps = appsClosedAfterEach();

  it.each(SCREEN_SIZES)(
    'draws the recent maps and says which could not be read at %ix%i',
    async (width, height) => {
      const app = await apps.open({ width, height });
      const { page } = app;
      await runAsDesktop(page, RECENT);
      const region = page.getByRole('region', { name: 'Recent maps' });
      await region.scrollIntoViewIfNeeded();
      const card = (name: string) => region.getByRole('button', { name, exact: true });

      const hotelCard = card('Hotel stay – workshop.touchmap');
      await expect.poll(() => hotelCard.getAttribute('data-preview')).toBe('read');
      const thumbnail = hotelCard.locator('svg.recent-thumbnail');
      expect(await thumbnail.locator('rect.tm-miniature-card').count()).toBe(
        hotel.touchpoints.length,
      );
      const box = (await thumbnail.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(120);
      expect(box.height).toBeGreaterThanOrEqual(60);
      expect(await hotelCard.textContent()).toContain(`${hotel.touchpoints.length} touchpoints`);

      const broken = card('broken.touchmap');
      await expect.poll(() => broken.getAttribute('data-preview')).toBe('failed');
      expect(await broken.locator('svg').count()).toBe(0);
      expect(await broken.textContent()).toContain('Could not be read');
      const newer = card('from a newer version.touchmap');
      await expect.poll(() => newer.getAttribute('data-preview')).toBe('failed');
      expect(await newer.textContent()).toContain('newer version of Touchmap');
      await expect
        .poll(() => card('small.touchmap').locator('rect.tm-miniature-card').count())
        .toBe(small.touchpoints.length);

      // Every entry stays; each was asked for once, one at a time, by its token.
      expect(await region.getByRole('listitem').count()).toBe(RECENT.length);
      const asked = (await desktopCalls(page)).filter((c) => c.method === 'readRecentPreview');
      expect(asked.map((c) => (c.args[0] as { token: string }).token)).toEqual(
        RECENT.map((r) => r.file.token),
      );
      // No label smaller than 11 px, and the problem line is not clipped.
      for (const selector of ['.recent-name', '.recent-meta', '.recent-problem']) {
        const sizes = await region
          .locator(selector)
          .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
        for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
      }
      const problem = broken.locator('.recent-problem');
      const fits = await problem.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(fits).toBe(true);
      await app.screenshot(`start-recent-${width}x${height}`);
    },
  );

  it('opens a recent map by its card', async () => {
    const app = await apps.open();
    const { page } = app;
    await runAsDesktop(page, RECENT);
    const region = page.getByRole('region', { name: 'Recent maps' });
    await region.getByRole('button', { name: 'small.touchmap', exact: true }).click();
    await expect
      .poll(async () => (await desktopCalls(page)).some((c) => c.method === 'openRecentFile'))
      .toBe(true);
  });
});

/**
 * The merge driver's whole path, in a real git repository: `touchmap git-setup`, two branches
 * that edit the hotel map (different cards, and one title two ways), `git merge` merges the
 * first cleanly and records the second as a conflict; the app opens the merged file, shows
 * the conflict, takes theirs, and the saved file has theirs and no conflicts left.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { createGitRepo, type GitRepo } from '../support/git-repo.ts';
import { appsClosedAfterEach } from '../support/harness.ts';
import { card, MOD, openFile, selectedIds } from '../support/editor-helpers.ts';
import { captureSavesNow, savedFiles } from '../support/save-capture.ts';

const ARTIFACTS = resolve('test/artifacts');
let repo: GitRepo | null = null;

afterEach(async () => {
  await repo?.remove();
  repo = null;
});

const byId = <T extends { id: string }>(list: readonly T[], id: string): T =>
  list.find((item) => item.id === id)!;

describe('a map merged by git with conflicts, resolved in the app', { timeout: 120_000 }, () => {
  const apps = appsClosedAfterEach();

  it('shows the conflict git recorded, takes theirs, and saves it resolved', async () => {
    const hotel = await readFile(resolve('examples/hotel-stay.touchmap'), 'utf8');
    repo = await createGitRepo({ 'hotel.touchmap': hotel });
    expect((await repo.touchmap('git-setup')).code).toBe(0);
    await repo.gitOk('add', '.gitattributes');
    await repo.gitOk('commit', '-qm', 'Maps merge by id');
    await repo.gitOk('checkout', '-qb', 'theirs');
    await repo.commitEdit('hotel.touchmap', 'Theirs', (map) => {
      byId(map.touchpoints, 'tp-hotel-website').title = 'Website (theirs)';
      byId(map.touchpoints, 'tp-instagram-reel').channel = 'web';
    });
    await repo.gitOk('checkout', '-q', 'main');
    await repo.commitEdit('hotel.touchmap', 'Ours', (map) => {
      byId(map.touchpoints, 'tp-hotel-website').title = 'Website (ours)';
      byId(map.touchpoints, 'tp-comparison-ad').emotion = -2;
    });
    const merge = await repo.git('merge', '--no-edit', 'theirs');
    expect(merge.code).not.toBe(0);
    expect(merge.stdout).toContain('hotel.touchmap: merged with 1 conflict');
    const merged = parse(await readFile(join(repo.dir, 'hotel.touchmap'), 'utf8'));
    if (!merged.ok) throw new Error('the merged map does not parse');
    // The edits of different cards merged cleanly; the title holds ours, and the conflict.
    expect(byId(merged.map.touchpoints, 'tp-instagram-reel').channel).toBe('web');
    expect(byId(merged.map.touchpoints, 'tp-comparison-ad').emotion).toBe(-2);
    expect(merged.map.conflicts).toHaveLength(1);

    const { page } = await apps.open({ width: 1280, height: 720 });
    await openFile(page, join(repo.dir, 'hotel.touchmap'), () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    const panel = page.getByRole('region', { name: 'Merge conflicts' });
    await panel.waitFor();
    const notice = page.getByRole('button', { name: '1 merge conflict to resolve' });
    expect(await notice.count()).toBe(1);
    const conflict = panel.locator('.rv-conflict');
    expect(await conflict.locator('.rv-name').textContent()).toBe('Touchpoint Website (ours)');
    expect(await conflict.locator('.rv-field').textContent()).toBe('title');
    expect(await conflict.locator('dd').allTextContents()).toEqual([
      '"Hotel website and room pages"',
      '"Website (ours)"',
      '"Website (theirs)"',
    ]);
    await conflict.locator('.rv-name').click();
    await expect.poll(() => selectedIds(page)).toEqual(['tp-hotel-website']);
    await page.screenshot({ path: join(ARTIFACTS, 'conflicts-1280x720.png') });

    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => card(page, 'Website (theirs)').count()).toBe(1);
    expect(await panel.getByRole('status').textContent()).toContain('No merge conflicts left');
    expect(await notice.count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'conflicts-resolved-1280x720.png') });

    await captureSavesNow(page);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${MOD}+s`);
    await expect.poll(async () => (await savedFiles(page)).length).toBe(1);
    const [saved] = await savedFiles(page);
    const text = saved!.bytes.toString('utf8');
    const reread = parse(text);
    if (!reread.ok) throw new Error('the saved map does not parse');
    expect(reread.map.conflicts).toBeUndefined();
    expect(text).not.toContain('"conflicts"');
    expect(byId(reread.map.touchpoints, 'tp-hotel-website').title).toBe('Website (theirs)');
    expect(byId(reread.map.touchpoints, 'tp-instagram-reel').channel).toBe('web');

    // Back in the repository, the resolved map concludes the merge.
    await writeFile(join(repo.dir, 'hotel.touchmap'), saved!.bytes);
    await repo.gitOk('add', 'hotel.touchmap');
    await repo.gitOk('commit', '-q', '--no-edit');
    expect(await repo.gitOk('status', '--porcelain')).toBe('');
  });
});

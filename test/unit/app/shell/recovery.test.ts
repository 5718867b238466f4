import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeSavedAt,
  listRecovery,
  recoveryItem,
  sessionFromDraft,
  sortRecovery,
} from '../../../../src/app/shell/recovery.ts';
import { createWebPlatform, DRAFT_PREFIX } from '../../../../src/app/platform/web.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import type { Draft } from '../../../../src/app/platform/platform.ts';
import { isDirty } from '../../../../src/app/store/document-store.ts';
import { MemoryStorage } from '../memory-storage.ts';

const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
const BROKEN = readFileSync('test/fixtures/e2e/broken.touchmap', 'utf8');

const draft = (documentId: string, savedAt: string, text = SMALL, title = 'Bike'): Draft => ({
  documentId,
  title,
  file: null,
  text,
  savedAt,
});

describe('recovery list', () => {
  it('parses each draft; one that no longer parses is damaged, with its first problem', () => {
    const ok = recoveryItem(draft('a', '2026-01-01T10:00:00Z'));
    expect(ok.kind).toBe('ready');
    if (ok.kind === 'ready') expect(ok.map.title).toBe('Bike repair (e2e)');
    const damaged = recoveryItem(draft('b', '2026-01-01T10:00:00Z', BROKEN, 'Broken'));
    expect(damaged).toMatchObject({ kind: 'damaged', title: 'Broken', text: BROKEN });
    if (damaged.kind === 'damaged') expect(damaged.problem).toMatch(/4 problems/);
  });

  it('sorts newest first, undated last', () => {
    const items = sortRecovery([
      recoveryItem(draft('old', '2026-01-01T10:00:00Z')),
      {
        kind: 'damaged',
        documentId: 'x',
        title: '?',
        savedAt: null,
        file: null,
        problem: '',
        text: '',
      },
      recoveryItem(draft('new', '2026-01-02T10:00:00Z')),
    ]);
    expect(items.map((i) => i.documentId)).toEqual(['new', 'old', 'x']);
  });

  it('lists the browser drafts and reports damaged entries without deleting them', async () => {
    const storage = new MemoryStorage();
    const web = createWebPlatform(storage);
    await web.drafts.write(draft('d1', '2026-01-01T10:00:00Z'));
    await web.drafts.write(draft('d2', '2026-01-01T11:00:00Z'));
    storage.setItem(`${DRAFT_PREFIX}bad`, '{"documentId": "bad", "title": ');
    storage.setItem(`${DRAFT_PREFIX}odd`, JSON.stringify({ documentId: 'odd', title: 'x' }));
    storage.setItem('unrelated', 'x');

    const list = await listRecovery(web);
    expect(list.items.map((i) => [i.documentId, i.kind])).toEqual([
      ['d2', 'ready'],
      ['d1', 'ready'],
      ['bad', 'damaged'],
      ['odd', 'damaged'],
    ]);
    const bad = list.items.find((i) => i.documentId === 'bad');
    expect(bad).toMatchObject({
      kind: 'damaged',
      problem: expect.stringContaining('not valid JSON'),
    });
    // Still stored: reported, not dropped.
    expect(storage.getItem(`${DRAFT_PREFIX}bad`)).not.toBeNull();
    expect(await web.drafts.list()).toHaveLength(2);
  });

  it('leaves out documents already open here', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write(draft('open', '2026-01-01T10:00:00Z'));
    await platform.drafts.write(draft('other', '2026-01-01T10:00:00Z'));
    const list = await listRecovery(platform, new Set(['open']));
    expect(list.items.map((i) => i.documentId)).toEqual(['other']);
  });

  it('restores a draft unsaved, under its own document id, with its file', () => {
    const item = recoveryItem({
      ...draft('keep-me', '2026-01-01T10:00:00Z'),
      file: { token: 'web-old', name: 'bike.touchmap' },
    });
    if (item.kind !== 'ready') throw new Error('expected a ready item');
    const session = sessionFromDraft(item);
    const state = session.document.getState();
    expect(state.documentId).toBe('keep-me');
    expect(state.file).toEqual({ token: 'web-old', name: 'bike.touchmap' });
    expect(isDirty(state)).toBe(true);
  });

  it('says when a draft was kept in words, with the full date for a tooltip', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const at = (iso: string) => describeSavedAt(iso, now, 'en-GB', 'UTC');
    expect(at('2026-03-10T11:59:50Z').relative).toBe('just now');
    expect(at('2026-03-10T11:55:00Z').relative).toBe('5 minutes ago');
    expect(at('2026-03-10T09:00:00Z').relative).toBe('3 hours ago');
    expect(at('2026-03-09T12:00:00Z').relative).toBe('yesterday');
    expect(at('2026-03-10T11:55:00Z').absolute).toBe('10 Mar 2026, 11:55');
    expect(describeSavedAt(null, now).relative).toBe('at an unknown time');
  });
});

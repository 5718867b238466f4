import { describe, expect, it } from 'vitest';
import {
  DEFAULT_USER_PREFERENCES,
  PREFERENCES_KEY,
  PreferencesError,
  createMemoryPreferences,
  createPreferencesStore,
  createStoragePreferences,
  repairPreferences,
} from '../../../../src/app/preferences/preferences.ts';
import { mapFromChoice } from '../../../../src/app/shell/session.ts';
import { TEMPLATES } from '../../../../src/app/templates.ts';
import { MemoryStorage } from '../memory-storage.ts';

describe('preferences', () => {
  it('repairs stored preferences key by key, keeping what is valid', () => {
    const repaired = repairPreferences({
      authorName: 'Alex',
      theme: 'purple',
      draftIntervalSeconds: 0,
      pdf: { pageSize: 'A3', orientation: 'portrait' },
      newMap: { stages: [], departments: [] },
      unknown: true,
    });
    expect(repaired).toEqual({
      ...DEFAULT_USER_PREFERENCES,
      authorName: 'Alex',
      pdf: { pageSize: 'A3', orientation: 'portrait' },
    });
    expect(repairPreferences('garbage')).toEqual(DEFAULT_USER_PREFERENCES);
  });

  it('keeps preferences in a Storage and refuses a patch that does not fit', async () => {
    const storage = new MemoryStorage();
    const backend = createStoragePreferences(storage, null);
    expect(await backend.get()).toEqual(DEFAULT_USER_PREFERENCES);
    await backend.set({ theme: 'dark', authorName: 'Sam' });
    expect(JSON.parse(storage.getItem(PREFERENCES_KEY)!)).toMatchObject({
      theme: 'dark',
      authorName: 'Sam',
    });
    expect((await backend.get()).theme).toBe('dark');
    await expect(backend.set({ draftIntervalSeconds: 0 })).rejects.toThrow(PreferencesError);
    await expect(
      backend.set({ newMap: { stages: [], departments: [{ name: 'A', color: '#000000' }] } }),
    ).rejects.toThrow(/newMap\.stages/);
    // A damaged stored value reads as the defaults.
    storage.setItem(PREFERENCES_KEY, '{not json');
    expect(await backend.get()).toEqual(DEFAULT_USER_PREFERENCES);
  });

  it('holds the current preferences and follows changes made elsewhere', async () => {
    const backend = createMemoryPreferences({ authorName: 'First' });
    const store = createPreferencesStore(backend);
    store.connect();
    expect(store.store.getState().loaded).toBe(false);
    await store.load();
    expect(store.get().authorName).toBe('First');
    await store.update({ theme: 'light' });
    expect(store.get().theme).toBe('light');
    backend.emit({ ...backend.current, authorName: 'Changed in another window' });
    expect(store.get().authorName).toBe('Changed in another window');
    store.dispose();
  });

  it('gives a new blank map the stages and departments of the preferences', () => {
    const blank = TEMPLATES.find((t) => t.key === 'blank')!;
    const entropy = {
      uuid: () => '12345678-aaaa-4000-8000-000000000000',
      now: () => '2026-01-01T00:00:00.000Z',
    };
    const { map } = mapFromChoice(blank, entropy, {
      stages: ['Discover', 'Buy'],
      departments: [{ name: 'Shop', color: '#112233' }],
    });
    expect(map.stages.map((s) => s.name)).toEqual(['Discover', 'Buy']);
    expect(map.departments.map((d) => [d.name, d.color])).toEqual([['Shop', '#112233']]);
    // Without preferences: the defaults.
    expect(mapFromChoice(blank, entropy).map.stages).toHaveLength(7);
  });
});

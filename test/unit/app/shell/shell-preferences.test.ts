import { afterEach, describe, expect, it } from 'vitest';
import {
  createMemoryPreferences,
  PREFERENCES_KEY,
} from '../../../../src/app/preferences/preferences.ts';
import { NO_FALLBACK_FONT } from '../../../../src/app/preferences/fallback-font.ts';
import { desktopShellOf } from '../../../../src/app/platform/host-services.ts';
import {
  createShellPreferences,
  defaultFallbackFont,
  defaultPreferencesBackend,
  followPreferences,
} from '../../../../src/app/shell/shell-preferences.ts';
import { MemoryStorage } from '../memory-storage.ts';
import { desktopPlatform } from './shell-fixture.ts';

/** The one part of an element the theme touches. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    element: {
      getAttribute: (name: string) => attributes.get(name) ?? null,
      setAttribute: (name: string, value: string) => void attributes.set(name, value),
    } as unknown as HTMLElement,
  };
}

afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('where the shell’s preferences live', () => {
  it('in the desktop app: main’s store and main’s fallback font', async () => {
    const { bridge, platform } = desktopPlatform((b) => {
      b.preferencesValue = { ...b.preferencesValue, theme: 'dark' };
    });
    const desktop = desktopShellOf(platform);
    expect((await defaultPreferencesBackend(desktop).get()).theme).toBe('dark');
    expect(bridge.methods()).toContain('preferences.get');
    expect(defaultFallbackFont(desktop)).not.toBe(NO_FALLBACK_FONT);
  });

  it('in a browser: localStorage, or memory when there is none or it is blocked', async () => {
    const storage = new MemoryStorage();
    (globalThis as { localStorage?: Storage }).localStorage = storage;
    await defaultPreferencesBackend(null).set({ theme: 'light' });
    expect(JSON.parse(storage.getItem(PREFERENCES_KEY)!)).toMatchObject({ theme: 'light' });

    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('blocked');
      },
    });
    const blocked = defaultPreferencesBackend(null);
    await blocked.set({ theme: 'dark' });
    expect((await blocked.get()).theme).toBe('dark');
    // No IndexedDB in Node: no place for a fallback font.
    expect(defaultFallbackFont(null)).toBe(NO_FALLBACK_FONT);
  });

  it('takes the backend and font store it is given', async () => {
    const backend = createMemoryPreferences({ theme: 'dark' });
    const preferences = createShellPreferences({ desktop: null, preferences: backend });
    expect(preferences.fallbackFont).toBe(NO_FALLBACK_FONT);
    await preferences.load();
    expect(preferences.get().theme).toBe('dark');
  });
});

describe('following the preferences', () => {
  it('applies the theme now and after each change, and passes the draft interval on', async () => {
    const backend = createMemoryPreferences({ theme: 'dark' });
    const preferences = createShellPreferences({ desktop: null, preferences: backend });
    await preferences.load();
    const root = fakeRoot();
    const intervals: number[] = [];
    const stop = followPreferences(preferences, {
      root: root.element,
      setDraftIntervalMs: (ms) => void intervals.push(ms),
    });
    expect(root.attributes.get('data-theme')).toBe('dark');
    await preferences.update({ theme: 'light' });
    expect(root.attributes.get('data-theme')).toBe('light');
    expect(intervals).toEqual([]);
    await preferences.update({ draftIntervalSeconds: 60 });
    expect(intervals).toEqual([60_000]);
    stop();
    await preferences.update({ theme: 'dark', draftIntervalSeconds: 30 });
    expect(root.attributes.get('data-theme')).toBe('light');
    expect(intervals).toEqual([60_000]);
  });

  it('leaves the draft interval alone where the host keeps a fixed pace', async () => {
    const preferences = createShellPreferences({
      desktop: null,
      preferences: createMemoryPreferences(),
    });
    followPreferences(preferences, { root: null, setDraftIntervalMs: null });
    await expect(preferences.update({ draftIntervalSeconds: 60 })).resolves.toMatchObject({
      draftIntervalSeconds: 60,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createMemoryPlatform, MEMORY_CAPABILITIES } from '../../../../src/app/platform/memory.ts';
import { createWebPlatform, DRAFT_PREFIX } from '../../../../src/app/platform/web.ts';
import {
  desktopShellOf,
  fileAdopterOf,
  listDrafts,
} from '../../../../src/app/platform/host-services.ts';
import type { Draft } from '../../../../src/app/platform/platform.ts';
import { MemoryStorage } from '../memory-storage.ts';

const draft = (documentId: string): Draft => ({
  documentId,
  title: documentId,
  file: null,
  text: '{}',
  savedAt: '2026-01-01T10:00:00Z',
});

describe('platform capabilities', () => {
  it('says what a browser tab does differently from the desktop app', () => {
    expect(createWebPlatform(new MemoryStorage()).capabilities).toEqual({
      routesFilesToWindows: false,
      draftStorage: 'browser-storage',
      configurableDraftInterval: false,
      confirmsCloseInPage: true,
      pickerNeedsUserActivation: true,
    });
  });

  it('makes the memory platform a plain single-window host, adjustable per test', () => {
    expect(createMemoryPlatform().capabilities).toEqual({
      routesFilesToWindows: false,
      draftStorage: 'memory',
      configurableDraftInterval: false,
      confirmsCloseInPage: false,
      pickerNeedsUserActivation: false,
    });
    const picky = createMemoryPlatform({}, { pickerNeedsUserActivation: true });
    expect(picky.capabilities).toEqual({ ...MEMORY_CAPABILITIES, pickerNeedsUserActivation: true });
    // The shared defaults are not changed by one platform's overrides.
    expect(MEMORY_CAPABILITIES.pickerNeedsUserActivation).toBe(false);
  });
});

describe('host services', () => {
  it('finds no desktop shell outside the desktop app', () => {
    expect(desktopShellOf(createWebPlatform(new MemoryStorage()))).toBeNull();
    expect(desktopShellOf(createMemoryPlatform())).toBeNull();
  });

  it('adopts dropped files where the page grants them itself', () => {
    const web = createWebPlatform(new MemoryStorage());
    const adopt = fileAdopterOf(web);
    expect(adopt).not.toBeNull();
    const ref = adopt!('Hotel.touchmap');
    expect(ref.name).toBe('Hotel.touchmap');
    expect(ref.token).toMatch(/^web-[0-9a-f]{32}$/);
    expect(fileAdopterOf(createMemoryPlatform())!('a/b.touchmap')).toEqual({
      token: 'a/b.touchmap',
      name: 'b.touchmap',
    });
  });

  it('lists the browser’s drafts with its damaged entries', async () => {
    const storage = new MemoryStorage();
    const web = createWebPlatform(storage);
    await web.drafts.write(draft('d1'));
    storage.setItem(`${DRAFT_PREFIX}bad`, 'not json');
    const listing = await listDrafts(web);
    expect(listing.drafts.map((d) => d.documentId)).toEqual(['d1']);
    expect(listing.damaged).toEqual([
      { documentId: 'bad', raw: 'not json', problem: 'it is not valid JSON' },
    ]);
    expect(listing.skipped).toBe(0);
  });

  it('lists any other host’s drafts through its draft store', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write(draft('m1'));
    expect(await listDrafts(platform)).toEqual({ drafts: [draft('m1')], damaged: [], skipped: 0 });
  });
});

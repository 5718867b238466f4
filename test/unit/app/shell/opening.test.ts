import { describe, expect, it, vi } from 'vitest';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { createOpening } from '../../../../src/app/shell/opening.ts';
import { isDirty } from '../../../../src/app/store/document-store.ts';
import {
  BROKEN,
  SMALL,
  answer,
  desktopPlatform,
  openSession,
  shellFixture,
  smallMap,
} from './shell-fixture.ts';

const FILE = { token: 'granted-small-0000001', name: 'small.touchmap' };

describe('opening', () => {
  it('shows the start screen, focused where the command asked, and goes back to the map', () => {
    const fixture = shellFixture(createMemoryPlatform());
    const { store } = fixture.ctx;
    const opening = createOpening(fixture.ctx);
    opening.back(); // no map: the start screen stays
    expect(store.getState().starting).toBe(true);
    opening.showStart('blank');
    opening.showStart('templates');
    expect(store.getState().focusRequest).toEqual({ target: 'templates', nonce: 2 });
    const session = openSession(fixture);
    opening.showStart('blank');
    expect(store.getState()).toMatchObject({ starting: true, session });
    opening.back();
    expect(store.getState().starting).toBe(false);
  });

  it('opens a file through the host’s dialog, one dialog at a time', async () => {
    const platform = createMemoryPlatform({ 'maps/small.touchmap': SMALL });
    const fixture = shellFixture(platform);
    const opening = createOpening(fixture.ctx);
    const openFile = vi.spyOn(platform, 'openFile');
    platform.nextOpen = 'maps/small.touchmap';
    await Promise.all([opening.open(), opening.open()]);
    expect(openFile).toHaveBeenCalledTimes(1);
    const state = fixture.ctx.store.getState().session!.document.getState();
    expect(state.file).toEqual({ token: 'maps/small.touchmap', name: 'small.touchmap' });
  });

  it('starts a new map from a choice: a template’s copy, unedited until changed', async () => {
    const fixture = shellFixture(createMemoryPlatform());
    const opening = createOpening(fixture.ctx);
    await opening.choose({ key: 'bike', map: smallMap() });
    const state = fixture.ctx.store.getState().session!.document.getState();
    expect(state.map.title).toBe('Bike repair (e2e)');
    expect(state.map.id).not.toBe(smallMap().id);
    expect(state.file).toBeNull();
    expect(isDirty(state)).toBe(false);
  });

  it('opens a file main sent, asking before it replaces unsaved work', async () => {
    const fixture = shellFixture(desktopPlatform().platform);
    const opening = createOpening(fixture.ctx);
    const edited = openSession(fixture, { dirty: true });
    const opened = opening.openFile({ file: FILE, text: SMALL });
    await answer(fixture.ctx.dialogs, /Save the changes/, 'cancel');
    await opened;
    expect(fixture.ctx.store.getState().session).toBe(edited);
    const broken = opening.openFile({ file: FILE, text: BROKEN });
    await answer(fixture.ctx.dialogs, /“small.touchmap” cannot be opened/, 'ok');
    await broken;
    expect(fixture.ctx.store.getState().session).toBe(edited);
  });

  it('lists, opens and clears the desktop app’s recent maps', async () => {
    const { bridge, platform } = desktopPlatform((b) => {
      b.recent = [FILE];
      b.recentResults = [{ status: 'opened', file: FILE, text: SMALL }];
    });
    const fixture = shellFixture(platform);
    const opening = createOpening(fixture.ctx);
    await opening.refreshRecent();
    expect(fixture.ctx.store.getState().recent).toEqual([FILE]);
    await opening.openRecent(FILE);
    expect(bridge.callsOf('openRecentFile')).toEqual([[FILE]]);
    expect(fixture.ctx.store.getState().session!.document.getState().file).toEqual(FILE);
    expect(bridge.methods().filter((m) => m === 'listRecentFiles')).toHaveLength(2);
    await opening.clearRecent();
    expect(bridge.recent).toEqual([]);
    expect(fixture.ctx.store.getState().recent).toEqual([]);
  });

  it('keeps the recent list it had when main cannot list it', async () => {
    const { bridge, platform } = desktopPlatform();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    bridge.listRecentFiles = async () => {
      throw new Error('gone');
    };
    const fixture = shellFixture(platform);
    await createOpening(fixture.ctx).refreshRecent();
    expect(fixture.ctx.store.getState().recent).toBeNull();
    expect(warn).toHaveBeenCalledWith('[touchmap] could not list recent files:', 'gone');
    warn.mockRestore();
  });

  it('has no recent list in a browser', async () => {
    const fixture = shellFixture(createMemoryPlatform());
    const opening = createOpening(fixture.ctx);
    await opening.refreshRecent();
    await opening.openRecent(FILE);
    await opening.clearRecent();
    expect(fixture.ctx.store.getState()).toMatchObject({ recent: null, session: null });
  });
});

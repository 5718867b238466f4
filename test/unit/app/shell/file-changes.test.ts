import { describe, expect, it } from 'vitest';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { createFileChangeHandler } from '../../../../src/app/shell/file-changes.ts';
import { isDirty } from '../../../../src/app/store/document-store.ts';
import { setTitle } from '../../../../src/core/ops/index.ts';
import type { FakeBridge } from '../../../dom/shell/fake-bridge.ts';
import {
  BROKEN,
  SMALL,
  answer,
  desktopPlatform,
  nextDialog,
  openSession,
  shellFixture,
} from './shell-fixture.ts';

const FILE = { token: 'granted-small-0000001', name: 'small.touchmap' };
const OTHER = SMALL.replace('"Bike repair (e2e)"', '"Changed elsewhere"');

function setup(configure: (bridge: FakeBridge) => void = () => {}) {
  const { bridge, platform } = desktopPlatform(configure);
  const fixture = shellFixture(platform);
  const session = openSession(fixture, { file: FILE });
  return { bridge, fixture, session, changed: createFileChangeHandler(fixture.ctx) };
}

describe('file changes', () => {
  it('reloads a clean map without asking, adding no undo step', async () => {
    const { bridge, session, changed } = setup((b) => {
      b.reloadResults = [{ status: 'opened', file: FILE, text: OTHER }];
    });
    await changed({ file: FILE, change: 'modified' });
    expect(bridge.callsOf('reloadFile')).toEqual([[FILE]]);
    const state = session.document.getState();
    expect(state.map.title).toBe('Changed elsewhere');
    expect(isDirty(state)).toBe(false);
    expect(session.document.temporal.getState().pastStates).toHaveLength(0);
  });

  it('asks about an edited map: keep mine changes nothing, reload takes the other version', async () => {
    const { bridge, fixture, session, changed } = setup((b) => {
      b.reloadResults = [{ status: 'opened', file: FILE, text: OTHER }];
    });
    session.document.getState().apply((map) => setTitle(map, 'Mine'));
    const keeping = changed({ file: FILE, change: 'modified' });
    await answer(fixture.ctx.dialogs, /was changed by another program/, 'keep');
    await keeping;
    expect(bridge.callsOf('reloadFile')).toEqual([]);
    expect(session.document.getState().map.title).toBe('Mine');
    const reloading = changed({ file: FILE, change: 'modified' });
    await answer(fixture.ctx.dialogs, /was changed by another program/, 'reload');
    await reloading;
    expect(session.document.getState().map.title).toBe('Changed elsewhere');
  });

  it('asks once while a question is open', async () => {
    const { fixture, session, changed } = setup();
    session.document.getState().apply((map) => setTitle(map, 'Mine'));
    const first = changed({ file: FILE, change: 'modified' });
    await nextDialog(fixture.ctx.dialogs);
    await changed({ file: FILE, change: 'modified' });
    await changed({ file: FILE, change: 'deleted' });
    expect(fixture.ctx.dialogs.store.getState().queue).toEqual([]);
    fixture.ctx.dialogs.answer('keep');
    await first;
  });

  it('keeps a map whose file was deleted, marked unsaved', async () => {
    const { fixture, session, changed } = setup();
    const deleted = changed({ file: FILE, change: 'deleted' });
    const spec = await answer(fixture.ctx.dialogs, /“small.touchmap” was deleted or moved/, 'ok');
    expect(spec.tone).toBe('warning');
    await deleted;
    expect(isDirty(session.document.getState())).toBe(true);
  });

  it('says why a reload failed and keeps the map', async () => {
    const { fixture, session, changed } = setup((b) => {
      b.reloadResults = [{ status: 'opened', file: FILE, text: BROKEN }];
    });
    const before = session.document.getState().map;
    const reloading = changed({ file: FILE, change: 'modified' });
    const spec = await answer(fixture.ctx.dialogs, /could not be reloaded/, 'ok');
    expect(spec.lines).toContain('Your map is unchanged.');
    await reloading;
    expect(session.document.getState().map).toBe(before);
  });

  it('ignores changes with no map or no file open, and outside the desktop app', async () => {
    const { bridge, fixture, changed } = setup();
    openSession(fixture, { file: null });
    await changed({ file: FILE, change: 'deleted' });
    fixture.ctx.store.setState({ session: null });
    await changed({ file: FILE, change: 'modified' });
    expect(bridge.callsOf('reloadFile')).toEqual([]);
    expect(fixture.ctx.dialogs.store.getState().current).toBeNull();

    const browser = shellFixture(createMemoryPlatform());
    const session = openSession(browser, { file: FILE });
    await createFileChangeHandler(browser.ctx)({ file: FILE, change: 'modified' });
    expect(session.document.getState().map.title).toBe('Bike repair (e2e)');
  });
});

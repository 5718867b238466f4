import { afterEach, describe, expect, it } from 'vitest';
import { hasCommand, runCommand } from '../../../../src/app/editor/commands.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { createMemoryPreferences } from '../../../../src/app/preferences/preferences.ts';
import {
  createAppController,
  type AppController,
} from '../../../../src/app/shell/app-controller.ts';
import { setTitle } from '../../../../src/core/ops/index.ts';
import { SMALL, answer, desktopPlatform, testEntropy } from './shell-fixture.ts';

let controller: AppController | null = null;

afterEach(() => {
  controller?.dispose();
  controller = null;
});

function browserController(platform = createMemoryPlatform()) {
  controller = createAppController({
    platform,
    entropy: testEntropy(),
    preferences: createMemoryPreferences(),
    webDraftIntervalMs: 5,
    win: null,
  });
  return controller;
}

describe('the app controller', () => {
  it('registers the app commands on start and removes them on dispose', async () => {
    const app = browserController();
    expect(hasCommand('new')).toBe(false);
    await app.start();
    expect(hasCommand('new')).toBe(true);
    expect(runCommand('newFromTemplate')).toBe(true);
    expect(app.store.getState().focusRequest).toMatchObject({ target: 'templates' });
    runCommand('about');
    expect(app.store.getState().panel).toEqual({ kind: 'about' });
    app.closePanel();
    expect(app.store.getState().panel).toBeNull();
    app.dispose();
    expect(hasCommand('new')).toBe(false);
  });

  it('offers unsaved work at start-up and restores it with drafts kept at the browser’s pace', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write({
      documentId: 'left',
      title: 'Left open',
      file: null,
      text: SMALL,
      savedAt: '2026-12-06T10:00:00.000Z',
    });
    const app = browserController(platform);
    await app.start();
    const [item] = app.store.getState().recovery!.items;
    await app.restore(item!);
    const session = app.store.getState().session!;
    expect(session.document.getState().documentId).toBe('left');
    session.document.getState().apply((map) => setTitle(map, 'Kept'));
    await expect.poll(() => platform.draftStore.get('left')?.title).toBe('Kept');
  });

  it('routes documents main sends: a file opens, a draft is recovered', async () => {
    const { platform } = desktopPlatform();
    controller = createAppController({ platform, entropy: testEntropy(), win: null });
    const app = controller;
    const file = { token: 'granted-small-0000001', name: 'small.touchmap' };
    await app.openIncoming({ kind: 'file', file, text: SMALL });
    expect(app.store.getState().session!.document.getState().file).toEqual(file);
    app.store
      .getState()
      .session!.document.getState()
      .apply((map) => setTitle(map, 'Edited'));
    const recovering = app.openIncoming({
      kind: 'draft',
      draft: { documentId: 'sent', title: 'Sent', file: null, text: SMALL, savedAt: '' },
    });
    await answer(app.dialogs, /Save the changes/, 'discard');
    await recovering;
    expect(app.store.getState().session!.document.getState().documentId).toBe('sent');
  });

  it('tracks the drag over the window and saves the preferences from the panel', async () => {
    const app = browserController();
    app.setDropping(true);
    expect(app.store.getState().dropping).toBe(true);
    app.openPanel({ kind: 'preferences' });
    await app.savePreferences({ ...app.preferences.get(), theme: 'dark' });
    expect(app.preferences.get().theme).toBe('dark');
    expect(app.store.getState().panel).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import type { Draft, Platform } from '../../../../src/app/platform/platform.ts';
import { listRecovery } from '../../../../src/app/shell/recovery.ts';
import { createRecoveryActions } from '../../../../src/app/shell/recovery-actions.ts';
import type { Session } from '../../../../src/app/shell/session.ts';
import { isDirty } from '../../../../src/app/store/document-store.ts';
import {
  BROKEN,
  SMALL,
  answer,
  desktopPlatform,
  openSession,
  shellFixture,
  type Fixture,
} from './shell-fixture.ts';

const draft = (documentId: string, text = SMALL, minute = 0): Draft => ({
  documentId,
  title: `Draft ${documentId}`,
  file: null,
  text,
  savedAt: `2026-12-06T10:0${minute}:00.000Z`,
});

function setup(platform: Platform) {
  const fixture = shellFixture(platform);
  const shown: { session: Session; recovered: boolean }[] = [];
  const actions = createRecoveryActions(fixture.ctx, (session, recovered) => {
    shown.push({ session, recovered });
    fixture.ctx.store.setState({ session, starting: false });
  });
  return { fixture, shown, actions, store: fixture.ctx.store, dialogs: fixture.ctx.dialogs };
}

async function offered(fixture: Fixture) {
  return fixture.ctx.store.getState().recovery!.items.map((i) => [i.documentId, i.kind]);
}

describe('recovery actions', () => {
  it('offers the drafts on the start screen, newest first, leaving out the open document', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write(draft('old', SMALL, 1));
    await platform.drafts.write(draft('new', SMALL, 2));
    await platform.drafts.write(draft('bad', BROKEN, 0));
    const { fixture, actions, store } = setup(platform);
    await actions.offer();
    expect(await offered(fixture)).toEqual([
      ['new', 'ready'],
      ['old', 'ready'],
      ['bad', 'damaged'],
    ]);
    actions.dismiss();
    expect(store.getState().recovery).toBeNull();
  });

  it('offers nothing when there is nothing, and says when the drafts cannot be listed', async () => {
    const platform = createMemoryPlatform();
    const { actions, store, dialogs } = setup(platform);
    await actions.offer();
    expect(store.getState().recovery).toBeNull();
    platform.drafts.list = async () => {
      throw new Error('No access.');
    };
    const offering = actions.offer();
    const spec = await answer(dialogs, /could not be listed/, 'ok');
    expect(spec.lines).toEqual(['No access.', 'The drafts were left where they are.']);
    await offering;
    expect(store.getState().recovery).toBeNull();
  });

  it('asks to show the drafts when a document opened straight away', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write(draft('left'));
    const { fixture, actions, store, dialogs } = setup(platform);
    openSession(fixture);
    const offering = actions.offer();
    const spec = await answer(dialogs, /Recover unsaved work/, 'show');
    expect(spec.lines![0]).toContain('“Bike repair (e2e)”');
    await offering;
    expect(store.getState().starting).toBe(true);
  });

  it('restores a draft here, unsaved, under its own document id', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write(draft('d1'));
    await platform.drafts.write(draft('d2'));
    const { actions, store, shown } = setup(platform);
    await actions.offer();
    const item = store.getState().recovery!.items.find((i) => i.documentId === 'd1')!;
    await actions.restore(item);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.recovered).toBe(true);
    const state = shown[0]!.session.document.getState();
    expect(state.documentId).toBe('d1');
    expect(isDirty(state)).toBe(true);
    expect(store.getState().recovery!.items.map((i) => i.documentId)).toEqual(['d2']);
  });

  it('asks before a restore replaces unsaved work, and Cancel keeps it', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write(draft('d1'));
    const { fixture, actions, store, shown, dialogs } = setup(platform);
    await actions.offer();
    const open = openSession(fixture, { dirty: true });
    const restoring = actions.restore(store.getState().recovery!.items[0]!);
    await answer(dialogs, /Save the changes/, 'cancel');
    await restoring;
    expect(shown).toEqual([]);
    expect(store.getState().session).toBe(open);
  });

  it('in the desktop app, restores into a window of its own when this one holds a map', async () => {
    const { bridge, platform } = desktopPlatform((b) => b.draftFiles.set('d1', draft('d1')));
    const { fixture, actions, store, shown } = setup(platform);
    await actions.offer();
    openSession(fixture);
    await actions.restore(store.getState().recovery!.items[0]!);
    expect(bridge.callsOf('drafts.openInNewWindow')).toEqual([['d1']]);
    expect(shown).toEqual([]);
    expect(store.getState().recovery).toBeNull();
  });

  it('discards a draft only after asking', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write(draft('d1'));
    const { fixture, actions, store, dialogs } = setup(platform);
    await actions.offer();
    const item = store.getState().recovery!.items[0]!;
    const keeping = actions.discard(item);
    await answer(dialogs, /Discard the unsaved changes to “Bike repair \(e2e\)”/, 'keep');
    await keeping;
    expect(platform.draftStore.has('d1')).toBe(true);
    const discarding = actions.discard(item);
    await answer(dialogs, /Discard/, 'discard');
    await discarding;
    expect(platform.draftStore.has('d1')).toBe(false);
    expect(fixture.ctx.store.getState().recovery).toBeNull();
  });

  it('saves a damaged draft’s text as a file, and says when that failed', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write(draft('bad', BROKEN));
    const { actions, dialogs } = setup(platform);
    const [item] = (await listRecovery(platform)).items;
    platform.nextSaveName = 'rescued.touchmap';
    await actions.saveCopy(item!);
    expect(platform.files.get('rescued.touchmap')).toBe(BROKEN);
    const saveFile = vi.spyOn(platform, 'saveFile');
    saveFile.mockResolvedValue({ status: 'failed', message: 'Read-only.' });
    const saving = actions.saveCopy(item!);
    expect((await answer(dialogs, /copy was not saved/, 'ok')).lines).toEqual(['Read-only.']);
    await saving;
    expect(saveFile.mock.calls[0]![2]).toBe('Draft bad (recovered).touchmap');
  });

  it('opens a draft main sent here, and refuses a damaged one', async () => {
    const { platform } = desktopPlatform();
    const { actions, shown, dialogs } = setup(platform);
    const refusing = actions.openDraft(draft('bad', BROKEN));
    await answer(dialogs, /“Draft bad” cannot be recovered/, 'ok');
    await refusing;
    expect(shown).toEqual([]);
    await actions.openDraft(draft('sent'));
    expect(shown.map((s) => [s.session.document.getState().documentId, s.recovered])).toEqual([
      ['sent', true],
    ]);
  });
});

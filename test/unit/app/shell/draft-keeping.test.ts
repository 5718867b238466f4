import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { createDraftKeeping } from '../../../../src/app/shell/draft-keeping.ts';
import { createSession } from '../../../../src/app/shell/session.ts';
import { setTitle } from '../../../../src/core/ops/index.ts';
import { nextDialog, shellFixture, smallMap } from './shell-fixture.ts';

function setup(intervalMs = 5) {
  const platform = createMemoryPlatform();
  const { ctx } = shellFixture(platform);
  const drafts = createDraftKeeping({
    platform,
    store: ctx.store,
    dialogs: ctx.dialogs,
    entropy: ctx.entropy,
    intervalMs: () => intervalMs,
    win: null,
    doc: undefined,
  });
  const session = (id: string, dirty = false) =>
    createSession({ map: smallMap(), dirty, documentId: id }, ctx.entropy);
  return { platform, ctx, drafts, session };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('draft keeping', () => {
  it('shows a session and keeps its draft a moment after each change', async () => {
    const { platform, ctx, drafts, session } = setup();
    const first = session('first');
    drafts.setSession(first);
    expect(ctx.store.getState()).toMatchObject({ session: first, starting: false });
    expect(platform.draftStore.size).toBe(0);
    first.document.getState().apply((map) => setTitle(map, 'Changed'));
    await vi.waitFor(() => expect(platform.draftStore.get('first')?.title).toBe('Changed'));
    expect(platform.draftStore.get('first')?.savedAt).toBe('2026-12-06T12:00:00.000Z');
  });

  it('claims a recovered draft at once and removes the previous document’s draft', async () => {
    const { platform, drafts, session } = setup(60_000);
    const first = session('first', true);
    drafts.setSession(first, true);
    await vi.waitFor(() => expect(platform.draftStore.has('first')).toBe(true));
    drafts.setSession(first); // the same session again: nothing happens
    expect(platform.draftStore.has('first')).toBe(true);
    drafts.setSession(session('second'));
    await vi.waitFor(() => expect(platform.draftStore.has('first')).toBe(false));
  });

  it('watches the document open before start-up, flushes on demand, and keeps the draft on dispose', async () => {
    const { platform, ctx, drafts, session } = setup(60_000);
    const open = session('open', true);
    ctx.store.setState({ session: open });
    drafts.watchCurrent();
    await drafts.flush();
    expect(platform.draftStore.has('open')).toBe(true);
    drafts.dispose();
    await Promise.resolve();
    expect(platform.draftStore.has('open')).toBe(true);
  });

  it('takes a new interval for the open document', async () => {
    const { platform, drafts, session } = setup(60_000);
    const open = session('open');
    drafts.setSession(open);
    drafts.setIntervalMs(5);
    open.document.getState().apply((map) => setTitle(map, 'Soon'));
    await vi.waitFor(() => expect(platform.draftStore.has('open')).toBe(true));
  });

  it('says once that drafts cannot be kept, again only after one was kept', async () => {
    const { platform, ctx, drafts, session } = setup();
    const write = platform.drafts.write;
    let failing = true;
    platform.drafts.write = async (draft) => {
      if (failing) throw new Error('The storage is full.');
      await write(draft);
    };
    const open = session('open');
    drafts.setSession(open);
    open.document.getState().apply((map) => setTitle(map, 'One'));
    const spec = await nextDialog(ctx.dialogs);
    expect(spec.title).toMatch(/could not be kept as a draft/);
    expect(spec.lines).toContain('The storage is full.');
    ctx.dialogs.answer('ok');
    open.document.getState().apply((map) => setTitle(map, 'Two'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ctx.dialogs.store.getState().current).toBeNull();
    failing = false;
    open.document.getState().apply((map) => setTitle(map, 'Three'));
    await vi.waitFor(() => expect(platform.draftStore.get('open')?.title).toBe('Three'));
    failing = true;
    open.document.getState().apply((map) => setTitle(map, 'Four'));
    expect((await nextDialog(ctx.dialogs)).title).toMatch(/could not be kept as a draft/);
  });

  it('only logs a draft that could not be removed', async () => {
    const { platform, ctx, drafts, session } = setup(60_000);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    platform.drafts.remove = async () => {
      throw new Error('locked');
    };
    drafts.setSession(session('first', true), true);
    await vi.waitFor(() => expect(platform.draftStore.has('first')).toBe(true));
    drafts.setSession(session('second'));
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.any(String), 'locked'));
    expect(ctx.dialogs.store.getState().current).toBeNull();
  });
});

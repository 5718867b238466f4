/**
 * Drafts written on quit: main asks each live page with unsaved changes to write its draft
 * now, waits for the answers or a short timeout, and only then asks about unsaved changes.
 */
import { describe, expect, it, vi } from 'vitest';
import { EVENTS, type DraftFlushRequest } from '../../../../src/ipc/contract.ts';
import { DraftFlushing, type FlushTarget } from '../../../../electron/main/draft-flush.ts';
import { mapText, tempFolder } from '../../node/helpers.ts';
import {
  DRAFT_FLUSH_TIMEOUT_MS,
  draftOf,
  makeDesktop,
  readyWindow,
  settle,
  setupDesktop,
  type DesktopEnv,
} from './fakes.ts';

function flushing(timeoutMs = 1000) {
  const sent: { windowId: number; request: DraftFlushRequest }[] = [];
  let next = 0;
  const flusher = new DraftFlushing({
    send: (windowId, request) => sent.push({ windowId, request }),
    timeoutMs,
    newRequestId: () => `request-${++next}`,
  });
  return { flusher, sent };
}

const live = (id: number): FlushTarget => ({ id, ready: true, crashed: false });

describe('DraftFlushing', () => {
  it('asks each live page, and is done when all have answered', async () => {
    const { flusher, sent } = flushing();
    let done = false;
    const flushed = flusher
      .flush([
        live(1),
        live(2),
        { id: 3, ready: false, crashed: false },
        { ...live(4), crashed: true },
      ])
      .then(() => (done = true));
    expect(sent).toEqual([
      { windowId: 1, request: { requestId: 'request-1' } },
      { windowId: 2, request: { requestId: 'request-2' } },
    ]);
    flusher.respond(2, 'request-2');
    await settle();
    expect(done).toBe(false);
    flusher.respond(1, 'request-1');
    await flushed;
    expect(done).toBe(true);
  });

  it('refuses an answer from another window, or to no request', async () => {
    const { flusher } = flushing();
    const flushed = flusher.flush([live(1)]);
    expect(() => flusher.respond(2, 'request-1')).toThrow(/no such draft request/);
    expect(() => flusher.respond(1, 'request-9')).toThrow(/no such draft request/);
    flusher.respond(1, 'request-1');
    await flushed;
    expect(() => flusher.respond(1, 'request-1')).toThrow(/no such draft request/);
  });

  it('gives up on a hung page after the timeout, and forgets its request', async () => {
    const { flusher } = flushing(80);
    const started = performance.now();
    await flusher.flush([live(1)]);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(70);
    expect(waited).toBeLessThan(1000);
    expect(() => flusher.respond(1, 'request-1')).toThrow(/no such draft request/);
  });

  it('stops waiting for a page that crashed or closed', async () => {
    const { flusher } = flushing(10_000);
    const flushed = flusher.flush([live(1), live(2)]);
    flusher.respond(1, 'request-1');
    flusher.pageGone(2);
    await flushed;
  });

  it('has nothing to wait for with no live page', async () => {
    const { flusher, sent } = flushing(10_000);
    await flusher.flush([]);
    await flusher.flush([{ id: 1, ready: true, crashed: true }]);
    expect(sent).toEqual([]);
  });
});

describe('quitting writes the drafts first', () => {
  async function dirty(env: DesktopEnv): Promise<number> {
    const id = readyWindow(env.desktop);
    env.desktop.lifecycle.setDocumentState(id, { title: `Map ${id}`, fileName: null, dirty: true });
    await env.desktop.drafts.writeDraft(id, draftOf(`doc-${id}`, null, mapText('Older')));
    return id;
  }

  /** The drafts on disk each time the unsaved-changes question is shown. */
  function draftsAtQuestion(env: DesktopEnv): string[][] {
    const seen: string[][] = [];
    const ask = env.shell.showMessageBox.bind(env.shell);
    env.shell.showMessageBox = async (windowId, options) => {
      const { drafts } = await env.drafts.list();
      seen.push(drafts.map((d) => JSON.parse(d.text).title as string));
      return ask(windowId, options);
    };
    return seen;
  }

  it('asks each dirty page to write its draft, and asks the question once they have', async () => {
    // Time enough for a real draft write on a busy machine: the answer, not the timeout, ends it.
    const dir = await tempFolder('touchmap-flush-');
    const env: DesktopEnv = { dir, ...makeDesktop(dir, { draftFlushTimeoutMs: 20_000 }) };
    const one = await dirty(env);
    const clean = readyWindow(env.desktop);
    // The page: writes its latest edit, then answers.
    env.shell.pageReply = (sent) => {
      if (sent.channel !== EVENTS.draftFlushRequest) return;
      const { requestId } = sent.payload as DraftFlushRequest;
      void env.desktop.drafts
        .writeDraft(sent.windowId, draftOf(`doc-${sent.windowId}`, null, mapText('Latest')))
        .then(() => env.desktop.closing.respondToDraftFlush(sent.windowId, requestId));
    };
    const seen = draftsAtQuestion(env);
    env.shell.boxAnswers.push(2); // Cancel: the quit stops, the drafts stay
    expect(env.desktop.closing.onBeforeQuit()).toBe(false);
    await vi.waitFor(() => expect(env.shell.messages).toHaveLength(1), { timeout: 15_000 });
    expect(env.shell.sentTo(one, EVENTS.draftFlushRequest)).toHaveLength(1);
    expect(env.shell.sentTo(clean, EVENTS.draftFlushRequest)).toEqual([]);
    expect(seen).toEqual([['Latest']]);
    expect(env.shell.quits).toBe(0);
  });

  it('does not let a hung page stop the quit', async () => {
    const env = await setupDesktop();
    await dirty(env);
    env.shell.pageReply = null; // never answers
    env.shell.boxAnswers.push(1); // Don't Save
    const started = performance.now();
    expect(env.desktop.closing.onBeforeQuit()).toBe(false);
    await vi.waitFor(() => expect(env.shell.messages).toHaveLength(1));
    await settle();
    expect(performance.now() - started).toBeGreaterThanOrEqual(DRAFT_FLUSH_TIMEOUT_MS - 10);
    expect(env.shell.quits).toBe(1);
    expect(env.desktop.closing.onBeforeQuit()).toBe(true);
  });

  it('quits at once, asking no page, when nothing is unsaved', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    expect(env.desktop.closing.onBeforeQuit()).toBe(true);
    expect(env.shell.sentTo(one)).toEqual([]);
  });
});

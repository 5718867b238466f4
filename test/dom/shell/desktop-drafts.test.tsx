/**
 * The renderer's side of the desktop shell, against a fake bridge (fake-bridge.ts) that
 * plays the main process: drafts, when they are written and removed, and their recovery (the
 * rest: desktop-start-up-and-menus.test.tsx and desktop-files.test.tsx).
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isDirty } from '../../../src/app/store/document-store.ts';
import {
  FILE,
  HOTEL,
  SMALL,
  answer,
  bridge,
  controller,
  edit,
  openSmall,
  resetEachTest,
  start,
} from './desktop-fixture.ts';

resetEachTest();

describe('drafts and recovery in the desktop app', () => {
  const draft = (documentId: string, title: string, minutesAgo: number) => {
    return {
      documentId,
      title,
      file: null,
      text: JSON.stringify({ ...JSON.parse(HOTEL), title }),
      savedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    };
  };

  it('lists the drafts, loads one here and the next in a window of its own', async () => {
    await start((b) => {
      b.startup.offerDraftRecovery = true;
      b.draftFiles.set('first-doc', draft('first-doc', 'Morning workshop', 3));
      b.draftFiles.set('second-doc', draft('second-doc', 'Yesterday map', 60 * 26));
      b.skippedDrafts = 1;
    });
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.recovery-title')!.textContent)).toEqual([
      'Morning workshop',
      'Yesterday map',
    ]);
    expect(items[0]!.textContent).toContain('3 minutes ago');
    expect(region.textContent).toContain('One draft could not be read');

    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const state = controller.store.getState().session!.document.getState();
    expect(state.documentId).toBe('first-doc');
    expect(isDirty(state)).toBe(true);
    // Claimed at once: written again under its own id.
    await waitFor(() =>
      expect(bridge.callsOf('drafts.write').at(-1)![0]).toMatchObject({
        documentId: 'first-doc',
        title: 'Morning workshop',
      }),
    );

    // Back on the start screen, the other draft opens in a new window.
    act(() => controller.commands.new!());
    const rest = await screen.findByRole('region', { name: 'Recover unsaved work' });
    fireEvent.click(within(rest).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(bridge.callsOf('drafts.openInNewWindow')).toEqual([['second-doc']]));
    expect(controller.store.getState().session!.document.getState().documentId).toBe('first-doc');
  });

  it('says there is work to recover when a file opened straight away', async () => {
    await start((b) => {
      b.startup.offerDraftRecovery = true;
      b.draftFiles.set('left-doc', draft('left-doc', 'Left open', 10));
      // Double-clicked a file: main sends it before ready() resolves.
      b.beforeReady = () => b.sendDocument({ kind: 'file', file: FILE, text: SMALL });
    });
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    const ask = await screen.findByRole('dialog', { name: 'Recover unsaved work?' });
    expect(ask.textContent).toContain('“Left open”');
    fireEvent.click(within(ask).getByRole('button', { name: 'Show it' }));
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    expect(region.textContent).toContain('Left open');
    // The open map is still there, behind the start screen.
    expect(screen.getByRole('button', { name: 'Back to the open map' })).toBeTruthy();
  });

  it('removes a discarded draft after confirming', async () => {
    await start((b) => {
      b.startup.offerDraftRecovery = true;
      b.draftFiles.set('gone-doc', draft('gone-doc', 'Not needed', 5));
    });
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    fireEvent.click(within(region).getByRole('button', { name: 'Discard' }));
    await answer(/Discard the unsaved changes to “Not needed”/, 'Discard');
    await waitFor(() => expect(bridge.callsOf('drafts.remove')).toEqual([['gone-doc']]));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Recover unsaved work' })).toBeNull(),
    );
  });

  it('opens a draft main sends to this window, unsaved, and claims it', async () => {
    await start();
    act(() => bridge.sendDocument({ kind: 'draft', draft: draft('sent-doc', 'Sent draft', 1) }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const state = controller.store.getState().session!.document.getState();
    expect(state.map.title).toBe('Sent draft');
    expect(isDirty(state)).toBe(true);
    await waitFor(() =>
      expect(bridge.callsOf('drafts.write').at(-1)![0]).toMatchObject({
        documentId: 'sent-doc',
      }),
    );
  });

  it('keeps a draft within 3 s by default, and at once when the window is hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await start();
      await openSmall();
      edit('Within three seconds');
      await act(() => vi.advanceTimersByTimeAsync(2_900));
      expect(bridge.callsOf('drafts.write')).toHaveLength(0);
      await act(() => vi.advanceTimersByTimeAsync(150));
      expect(bridge.callsOf('drafts.write')).toHaveLength(1);
      // Minimised or another desktop shown: what is waiting is written, no timer needed.
      edit('Hidden at once');
      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
      visibility.mockRestore();
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(bridge.callsOf('drafts.write')).toHaveLength(2);
      expect((bridge.callsOf('drafts.write')[1]![0] as { text: string }).text).toContain(
        '"title": "Hidden at once"',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes drafts at the interval of the preferences and removes them on save', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await start((b) => {
        b.startup.preferences = { ...b.startup.preferences, draftIntervalSeconds: 30 };
      });
      const session = await openSmall();
      edit('Draft me');
      await act(() => vi.advanceTimersByTimeAsync(20_000));
      expect(bridge.callsOf('drafts.write')).toHaveLength(0);
      await act(() => vi.advanceTimersByTimeAsync(10_500));
      expect(bridge.callsOf('drafts.write')).toHaveLength(1);
      const written = bridge.callsOf('drafts.write')[0]![0] as { file: unknown; text: string };
      expect(written.file).toEqual(FILE);
      expect(written.text).toContain('"title": "Draft me"');
      // Losing focus writes what is waiting at once.
      edit('Draft me again');
      act(() => void window.dispatchEvent(new Event('blur')));
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(bridge.callsOf('drafts.write')).toHaveLength(2);
      // Saved: the draft goes.
      act(() => bridge.sendMenuCommand('save'));
      await waitFor(() => expect(isDirty(session.document.getState())).toBe(false));
      await waitFor(() =>
        expect(bridge.callsOf('drafts.remove')).toEqual([[session.document.getState().documentId]]),
      );
    } finally {
      vi.useRealTimers();
    }
  });
});

/**
 * The renderer's side of the desktop shell, against a fake bridge (fake-bridge.ts) that
 * plays the main process: the close handshake with unsaved changes, files changed on disk,
 * dropped files and the recent list (start-up and menus: desktop-start-up-and-menus.test.tsx;
 * drafts: desktop-drafts.test.tsx).
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isDirty } from '../../../src/app/store/document-store.ts';
import {
  FILE,
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

describe('closing with unsaved changes', () => {
  it('saves to the file and answers saved', async () => {
    await start();
    const session = await openSmall();
    edit();
    const outcome = await act(() => bridge.requestClose('req-00001'));
    expect(outcome).toBe('saved');
    expect(bridge.callsOf('saveFile')[0]![0]).toMatchObject({ file: FILE, force: false });
    expect(isDirty(session.document.getState())).toBe(false);
  });

  it('answers cancelled when the user cancels Save As of an untitled map', async () => {
    await start();
    act(() => controller.store.getState().session);
    fireEvent.click(screen.getByRole('button', { name: /Blank map/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    edit();
    bridge.saveResults.push({ status: 'cancelled' });
    const outcome = await act(() => bridge.requestClose('req-00002'));
    expect(outcome).toBe('cancelled');
    expect(bridge.callsOf('saveFile')[0]![0]).toMatchObject({ file: null });
  });

  it('answers failed when the save fails, after saying why', async () => {
    await start();
    await openSmall();
    edit();
    bridge.saveResults.push({ status: 'failed', message: 'Disk full.' });
    const answered = bridge.requestClose('req-00003');
    await answer('The map was not saved', 'OK');
    expect(await act(() => answered)).toBe('failed');
  });

  it('asks before overwriting a file changed on disk, then forces', async () => {
    await start();
    await openSmall();
    edit();
    bridge.saveResults.push({ status: 'conflict', file: FILE });
    const answered = bridge.requestClose('req-00004');
    await answer(/was changed by someone else/, 'Replace the file');
    expect(await act(() => answered)).toBe('saved');
    expect(bridge.callsOf('saveFile').map((c) => (c[0] as { force: boolean }).force)).toEqual([
      false,
      true,
    ]);
  });
});

describe('the file changed on disk', () => {
  const changed = () => JSON.stringify({ ...JSON.parse(SMALL), title: 'Changed elsewhere' });

  it('reloads a clean map without asking, adding no undo step', async () => {
    await start();
    const session = await openSmall();
    bridge.reloadResults.push({ status: 'opened', file: FILE, text: changed() });
    await act(async () => bridge.sendFileChanged({ file: FILE, change: 'modified' }));
    await waitFor(() => expect(session.document.getState().map.title).toBe('Changed elsewhere'));
    expect(isDirty(session.document.getState())).toBe(false);
    expect(session.document.temporal.getState().pastStates).toHaveLength(0);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('warns when there are unsaved changes: keep mine, or reload and lose them', async () => {
    await start();
    const session = await openSmall();
    edit('Mine');
    act(() => bridge.sendFileChanged({ file: FILE, change: 'modified' }));
    await answer(/was changed by another program/, 'Keep my version');
    expect(bridge.methods()).not.toContain('reloadFile');
    expect(session.document.getState().map.title).toBe('Mine');

    bridge.reloadResults.push({ status: 'opened', file: FILE, text: changed() });
    act(() => bridge.sendFileChanged({ file: FILE, change: 'modified' }));
    await answer(/was changed by another program/, 'Reload and lose my changes');
    await waitFor(() => expect(session.document.getState().map.title).toBe('Changed elsewhere'));
    expect(isDirty(session.document.getState())).toBe(false);
  });

  it('says why a reload failed and keeps the map', async () => {
    await start();
    const session = await openSmall();
    bridge.reloadResults.push({
      status: 'failed',
      reason: 'too-new',
      message: 'This file needs Touchmap format version 9.',
    });
    act(() => bridge.sendFileChanged({ file: FILE, change: 'modified' }));
    const dialog = await screen.findByRole('alertdialog', { name: /could not be reloaded/ });
    expect(dialog.textContent).toContain('format version 9');
    expect(session.document.getState().map.title).toBe('Bike repair (e2e)');
  });

  it('marks a map whose file was deleted as unsaved, so it is kept as a draft', async () => {
    await start();
    const session = await openSmall();
    act(() => bridge.sendFileChanged({ file: FILE, change: 'deleted' }));
    await answer(/was deleted or moved/, 'OK');
    expect(isDirty(session.document.getState())).toBe(true);
  });
});

describe('opening from the desktop', () => {
  it('passes dropped map files to main and opens what it sends back', async () => {
    await start();
    const file = new File([SMALL], 'small.touchmap');
    bridge.droppedResults.push({ status: 'opened', file: FILE, text: SMALL });
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'] } });
    expect(screen.getByText('Drop to open the map')).toBeTruthy();
    fireEvent.drop(window, {
      dataTransfer: { types: ['Files'], files: [file], items: [] },
    });
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    expect(bridge.callsOf('openDroppedFiles')).toEqual([[[file]]]);
    expect(screen.queryByText('Drop to open the map')).toBeNull();
  });

  it('shows why a dropped file cannot be opened', async () => {
    await start();
    bridge.droppedResults.push({
      status: 'failed',
      reason: 'invalid',
      message: 'The map has 1 problem.\ntouchpoints[0].kind: expected "service" or "experience"',
    });
    fireEvent.drop(window, {
      dataTransfer: { types: ['Files'], files: [new File(['{}'], 'bad.touchmap')], items: [] },
    });
    const dialog = await screen.findByRole('alertdialog', { name: 'The file could not be opened' });
    expect(dialog.textContent).toContain('touchpoints[0].kind');
  });

  it('lists the recent maps on the start screen and opens one', async () => {
    await start((b) => {
      b.recent = [FILE, { token: 'granted-other-000001', name: 'other.touchmap' }];
    });
    const recent = await screen.findByRole('region', { name: 'Recent maps' });
    // Named by the file; what its preview says (here: none to read) is the description.
    expect(
      within(recent)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['Clear the list', 'small.touchmap', 'other.touchmap']);
    bridge.recentResults.push({ status: 'opened', file: FILE, text: SMALL });
    fireEvent.click(within(recent).getByRole('button', { name: 'small.touchmap' }));
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    expect(bridge.callsOf('openRecentFile')).toEqual([[FILE]]);
    expect(controller.store.getState().session!.document.getState().file).toEqual(FILE);
  });

  it('opens through main without asking first: main never replaces unsaved work', async () => {
    await start();
    await openSmall();
    edit();
    // The file went to another window.
    bridge.openResults.push({ status: 'elsewhere' });
    await act(async () => void controller.commands.open!());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.methods()).toContain('openFile');
    expect(controller.store.getState().session!.document.getState().map.title).toBe('Edited title');
  });
});

/**
 * The desktop's File › Share on Local Network…, Join Session… and the future-state copy in a
 * new window, on the page's side, against the fake bridge.
 */
import { readFileSync } from 'node:fs';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { setTitle } from '../../../src/core/ops/index.ts';
import { isDirty } from '../../../src/app/store/document-store.ts';
import { startDesktopApp, type DesktopApp } from './desktop-app.tsx';

const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
const FILE = { token: 'granted-small-0000001', name: 'small.touchmap' };
const EDIT = `http://10.0.0.2:5000/?session=${'e'.repeat(32)}`;
const VIEW = `http://10.0.0.2:5000/?view=${'v'.repeat(32)}`;

async function openSmall({ bridge, controller }: DesktopApp) {
  act(() => bridge.sendDocument({ kind: 'file', file: FILE, text: SMALL }));
  await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
  return controller.store.getState().session!;
}

afterEach(() => {
  delete window.touchmap;
});

describe('the future-state copy on the desktop', () => {
  it('goes to a new window; the current map, even unsaved, stays as it is', async () => {
    const app = await startDesktopApp();
    const session = await openSmall(app);
    act(() => session.document.getState().apply((map) => setTitle(map, 'Bike repair today')));
    act(() => app.bridge.sendMenuCommand('makeFutureState'));
    await waitFor(() => expect(app.bridge.mapsInNewWindows).toHaveLength(1));
    const copy = parse(app.bridge.mapsInNewWindows[0]!);
    expect(copy.ok && copy.map.state).toBe('future');
    expect(copy.ok && copy.map.title).toBe('Bike repair today (future state)');
    const original = session.document.getState().map;
    expect(copy.ok && copy.map.basedOn).toEqual({ id: original.id, title: 'Bike repair today' });
    // No save question, no replacement: this window keeps its map and its changes.
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(app.controller.store.getState().session).toBe(session);
    expect(isDirty(session.document.getState())).toBe(true);
  });
});

describe('Share on Local Network… on the desktop', () => {
  it('offers to save a map with unsaved changes, then shares it', async () => {
    const app = await startDesktopApp((bridge) => {
      bridge.shareResults = [
        { status: 'unsaved' },
        { status: 'shared', editUrl: EDIT, viewUrl: VIEW },
      ];
    });
    const session = await openSmall(app);
    act(() => session.document.getState().apply((map) => setTitle(map, 'Changed')));
    act(() => app.bridge.sendMenuCommand('shareOnNetwork'));
    const dialog = await screen.findByRole('dialog', { name: 'Save the map before sharing it?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save and Share' }));
    await waitFor(() =>
      expect(app.bridge.methods().filter((m) => m === 'sessions.share')).toHaveLength(2),
    );
    const methods = app.bridge.methods();
    expect(methods.indexOf('saveFile')).toBeGreaterThan(methods.indexOf('sessions.share'));
    expect(methods.lastIndexOf('sessions.share')).toBeGreaterThan(methods.indexOf('saveFile'));
    // The state main checks (saved, clean) was sent before the second request.
    expect(app.bridge.documentStates.at(-1)).toMatchObject({ dirty: false });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shares nothing when the save question is cancelled, and says why sharing failed', async () => {
    const app = await startDesktopApp((bridge) => {
      bridge.shareResults = [{ status: 'unsaved' }, { status: 'failed', message: 'Port busy.' }];
    });
    const session = await openSmall(app);
    act(() => session.document.getState().apply((map) => setTitle(map, 'Changed')));
    act(() => app.bridge.sendMenuCommand('shareOnNetwork'));
    const ask = await screen.findByRole('dialog', { name: 'Save the map before sharing it?' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await act(async () => {});
    expect(app.bridge.methods()).not.toContain('saveFile');
    expect(app.bridge.methods().filter((m) => m === 'sessions.share')).toHaveLength(1);

    act(() => app.bridge.sendMenuCommand('shareOnNetwork'));
    const failed = await screen.findByRole('alertdialog', { name: 'The map could not be shared' });
    expect(failed.textContent).toContain('Port busy.');
  });
});

describe('Join Session… on the desktop', () => {
  it('opens the Join dialog from the menu, listing what main found', async () => {
    const app = await startDesktopApp((bridge) => {
      bridge.foundSessions = [{ name: 'Hotel workshop', address: 'http://10.0.0.2:5000/' }];
    });
    act(() => app.bridge.sendMenuCommand('joinSession'));
    const dialog = await screen.findByRole('dialog', { name: 'Join a Live Session' });
    expect(await within(dialog).findByText('Hotel workshop')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Session link'), { target: { value: EDIT } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Join a Live Session' })).toBeNull(),
    );
    expect(app.bridge.calls.find((c) => c.method === 'sessions.join')?.args).toEqual([EDIT]);
  });
});

/**
 * The desktop renderer over the fake bridge for the desktop-*.test.tsx files: the maps main
 * sends, the app started (`bridge` and `controller` are live bindings: the running test's),
 * small.touchmap opened, an edit, a dialog answered, and the reset between tests.
 */
import { readFileSync } from 'node:fs';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { AppController } from '../../../src/app/shell/app-controller.ts';
import { setTitle } from '../../../src/core/ops/index.ts';
import type { FakeBridge } from './fake-bridge.ts';
import { startDesktopApp } from './desktop-app.tsx';

export const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
export const HOTEL = readFileSync('assets/templates/hotel-stay.touchmap', 'utf8');
export const FILE = { token: 'granted-small-0000001', name: 'small.touchmap' };

/** The bridge and controller of the app the running test started. */
export let bridge: FakeBridge;
export let controller: AppController;

/** Starts the app on a fake bridge set up by `configure`; sets `bridge` and `controller`. */
export async function start(configure: (bridge: FakeBridge) => void = () => {}) {
  const app = await startDesktopApp(configure);
  ({ bridge, controller } = app);
  return app.view;
}

/** Opens small.touchmap in the window as main would send it. */
export async function openSmall() {
  act(() => bridge.sendDocument({ kind: 'file', file: FILE, text: SMALL }));
  await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
  return controller.store.getState().session!;
}

/** Retitles the open map, one undo step, as the user would. */
export function edit(title = 'Edited title') {
  const session = controller.store.getState().session!;
  act(() => session.document.getState().apply((map) => setTitle(map, title)));
  return session;
}

/** Clicks `button` in the alert dialog named `dialogName`. */
export async function answer(dialogName: RegExp | string, button: string) {
  const dialog = await screen.findByRole('alertdialog', { name: dialogName });
  fireEvent.click(within(dialog).getByRole('button', { name: button }));
  // Let the action waiting on the answer finish (one file action runs at a time).
  await act(async () => {});
}

/** For a desktop test file: no theme before each test; no bridge and no mocks after it. */
export function resetEachTest() {
  beforeEach(() => {
    document.documentElement.removeAttribute('data-theme');
  });

  afterEach(() => {
    delete window.touchmap;
    vi.restoreAllMocks();
  });
}

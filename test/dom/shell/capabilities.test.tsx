/**
 * The shell reads what a host can do from `platform.capabilities`, never which host it is:
 * the same memory platform, told different capabilities, gets the desktop's or the
 * browser's behaviour (the unload question, saving a damaged draft, the draft interval, the
 * drop overlay's hint).
 */
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { createAppController, type AppController } from '../../../src/app/shell/app-controller.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import type { PlatformCapabilities } from '../../../src/app/platform/platform.ts';
import { createMemoryPreferences } from '../../../src/app/preferences/preferences.ts';
import { setTitle } from '../../../src/core/ops/index.ts';

const BROKEN = readFileSync('test/fixtures/e2e/broken.touchmap', 'utf8');

/** Each test renders the whole App, several dialogs deep: slow on a busy machine. */
const SLOW = 20_000;

async function start(capabilities: Partial<PlatformCapabilities>) {
  const platform = createMemoryPlatform({}, capabilities);
  await platform.drafts.write({
    documentId: 'damaged',
    title: 'Half-written',
    file: null,
    text: BROKEN,
    savedAt: new Date().toISOString(),
  });
  // App disposes the controller when the test's render is unmounted.
  const controller = createAppController({ platform, preferences: createMemoryPreferences() });
  render(<App platform={platform} controller={controller} />);
  await act(async () => {});
  return controller;
}

function damagedItem() {
  const region = screen.getByRole('region', { name: 'Recover unsaved work' });
  return within(region).getByRole('listitem');
}

async function openBlank(app: AppController) {
  fireEvent.click(screen.getByRole('button', { name: /Blank map/ }));
  await waitFor(() => expect(app.store.getState().session).not.toBeNull());
}

function unloadPrevented(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function dropHint(app: AppController): string {
  act(() => app.setDropping(true));
  const hint = screen.getByRole('status').textContent ?? '';
  act(() => app.setDropping(false));
  return hint;
}

describe('the shell by capability', () => {
  it(
    'as a browser tab: asks before unload, saves damaged drafts, fixed draft pace',
    async () => {
      const app = await start({ confirmsCloseInPage: true, draftStorage: 'browser-storage' });
      expect(within(damagedItem()).getByRole('button', { name: 'Save a copy…' })).toBeTruthy();
      expect(dropHint(app)).not.toMatch(/windows of their own/);
      fireEvent.click(screen.getByRole('button', { name: 'Preferences…' }));
      const dialog = screen.getByRole('dialog', { name: 'Preferences' });
      expect(within(dialog).queryByLabelText(/Keep a draft/)).toBeNull();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await openBlank(app);
      act(() =>
        app.store
          .getState()
          .session!.document.getState()
          .apply((map) => setTitle(map, 'Unsaved')),
      );
      expect(unloadPrevented()).toBe(true);
    },
    SLOW,
  );

  it(
    'as the desktop app: main asks before closing, keeps damaged drafts, chosen draft pace',
    async () => {
      const app = await start({
        confirmsCloseInPage: false,
        draftStorage: 'host-files',
        configurableDraftInterval: true,
        routesFilesToWindows: true,
      });
      expect(within(damagedItem()).queryByRole('button', { name: 'Save a copy…' })).toBeNull();
      expect(dropHint(app)).toMatch(/several open in windows of their own/);
      fireEvent.click(screen.getByRole('button', { name: 'Preferences…' }));
      const dialog = screen.getByRole('dialog', { name: 'Preferences' });
      expect(within(dialog).getByLabelText(/Keep a draft/)).toBeTruthy();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await openBlank(app);
      act(() =>
        app.store
          .getState()
          .session!.document.getState()
          .apply((map) => setTitle(map, 'Unsaved')),
      );
      expect(unloadPrevented()).toBe(false);
    },
    SLOW,
  );
});

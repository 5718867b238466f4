/**
 * The renderer's side of the desktop shell, against a fake bridge (fake-bridge.ts) that
 * plays the main process: start-up order and menu commands (closing, files changed on disk and
 * opening: desktop-files.test.tsx; drafts and their recovery: desktop-drafts.test.tsx).
 */
import { StrictMode } from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { routeMenuCommand } from '../../../src/app/shell/desktop-wiring.ts';
import { createElectronPlatform } from '../../../src/app/platform/electron.ts';
import { FakeBridge } from './fake-bridge.ts';
import { SMALL, bridge, edit, openSmall, resetEachTest, start } from './desktop-fixture.ts';

resetEachTest();

describe('desktop start-up', () => {
  it('subscribes to everything before ready(), then applies the preferences', async () => {
    await start((b) => {
      b.startup.preferences = { ...b.startup.preferences, theme: 'dark' };
    });
    const methods = bridge.methods();
    const ready = methods.indexOf('ready');
    for (const subscription of [
      'onMenuCommand',
      'onOpenDocument',
      'onFileChanged',
      'onCloseRequest',
      'preferences.onChange',
    ]) {
      const at = methods.indexOf(subscription);
      expect(at, subscription).toBeGreaterThanOrEqual(0);
      expect(at, subscription).toBeLessThan(ready);
    }
    expect(methods.filter((m) => m === 'ready')).toHaveLength(1);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    // Preferences changed in another window follow.
    act(() => bridge.sendPreferences({ ...bridge.preferencesValue, theme: 'light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('says ready() once under React’s development double mount (StrictMode)', async () => {
    const bridge = new FakeBridge();
    const platform = createElectronPlatform(bridge);
    render(
      <StrictMode>
        <App platform={platform} />
      </StrictMode>,
    );
    await waitFor(() => expect(bridge.methods()).toContain('ready'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(bridge.methods().filter((m) => m === 'ready')).toHaveLength(1);
    expect(bridge.methods().filter((m) => m === 'onCloseRequest')).toHaveLength(1);
    expect(bridge.methods().filter((m) => m === 'onDraftFlushRequest')).toHaveLength(1);
    expect(bridge.listenerCount()).toBe(6);
  });

  it('offers no recovery when main says so (a second window)', async () => {
    await start((b) => {
      b.draftFiles.set('d1', {
        documentId: 'd1',
        title: 'Other window',
        file: null,
        text: SMALL,
        savedAt: new Date().toISOString(),
      });
    });
    expect(bridge.methods()).not.toContain('drafts.list');
    expect(screen.queryByRole('region', { name: 'Recover unsaved work' })).toBeNull();
  });

  it('keeps the window title and dirty marker in step', async () => {
    await start();
    await openSmall();
    await waitFor(() =>
      expect(bridge.documentStates.at(-1)).toEqual({
        title: 'Bike repair (e2e)',
        fileName: 'small.touchmap',
        dirty: false,
      }),
    );
    edit('Renamed');
    await waitFor(() =>
      expect(bridge.documentStates.at(-1)).toEqual({
        title: 'Renamed',
        fileName: 'small.touchmap',
        dirty: true,
      }),
    );
  });
});

describe('menu commands', () => {
  it('runs the command of the same name on the map', async () => {
    await start();
    const session = await openSmall();
    edit('Changed');
    act(() => bridge.sendMenuCommand('undo'));
    expect(session.document.getState().map.title).toBe('Bike repair (e2e)');
    act(() => bridge.sendMenuCommand('redo'));
    expect(session.document.getState().map.title).toBe('Changed');
    act(() => bridge.sendMenuCommand('selectAll'));
    expect(session.view.getState().selection.touchpoints).toHaveLength(4);
    act(() => bridge.sendMenuCommand('delete'));
    expect(session.document.getState().map.touchpoints).toHaveLength(0);
    act(() => bridge.sendMenuCommand('toggleInsights'));
    expect(session.view.getState().panels.insights).toBe(true);
  });

  it('leaves undo, redo, select all and delete to a focused text field', async () => {
    await start();
    const session = await openSmall();
    edit('Changed');
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    for (const command of ['undo', 'redo', 'selectAll', 'delete'] as const) {
      act(() => bridge.sendMenuCommand(command));
    }
    expect(execCommand.mock.calls).toEqual([['undo'], ['redo'], ['selectAll'], ['delete']]);
    expect(session.document.getState().map.title).toBe('Changed');
    field.remove();
  });

  it('ignores map commands while a dialog is open', () => {
    document.body.insertAdjacentHTML('beforeend', '<dialog open id="d"></dialog>');
    const run = vi.fn(() => true);
    expect(routeMenuCommand('undo', { doc: document, run })).toBe('ignored');
    expect(run).not.toHaveBeenCalled();
    document.getElementById('d')!.remove();
    expect(routeMenuCommand('undo', { doc: document, run })).toBe('command');
  });

  it('opens the preferences, help (guide and format), about and the template chooser', async () => {
    await start();
    await openSmall();
    act(() => bridge.sendMenuCommand('preferences'));
    expect(screen.getByRole('dialog', { name: 'Preferences' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    act(() => bridge.sendMenuCommand('userGuide'));
    const help = screen.getByRole('dialog', { name: 'Touchmap help' });
    expect(
      within(help).getByRole('tab', { name: 'User guide' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(within(help).getByRole('heading', { name: 'Touchmap user guide' })).toBeTruthy();
    fireEvent.click(within(help).getByRole('tab', { name: 'File format' }));
    expect(
      within(screen.getByRole('dialog', { name: 'Touchmap help' })).getByRole('heading', {
        name: /The .touchmap file format/,
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));

    act(() => bridge.sendMenuCommand('fileFormat'));
    expect(
      within(screen.getByRole('dialog', { name: 'Touchmap help' }))
        .getByRole('tab', { name: 'File format' })
        .getAttribute('aria-selected'),
    ).toBe('true');
    // Tables of the format page are real tables.
    expect(document.querySelectorAll('.tm-help table').length).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));

    act(() => bridge.sendMenuCommand('about'));
    const about = screen.getByRole('dialog', { name: 'About Touchmap' });
    expect(about.textContent).toMatch(/version \d+\.\d+\.\d+/);
    expect(about.textContent).toContain('Electron 41.7.1');
    fireEvent.click(within(about).getByRole('button', { name: 'OK' }));

    act(() => bridge.sendMenuCommand('newFromTemplate'));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Templates' })).toBeTruthy());
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.template).not.toBe('blank'),
    );
  });
});

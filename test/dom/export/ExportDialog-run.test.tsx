/**
 * The Export PDF dialog in jsdom, the export itself: progress, Cancel, failure, the summary
 * with missing characters, the browser's "Save PDF…" click, and the exportPdf command with
 * its shortcut.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportHost } from '../../../src/app/export/ExportHost.tsx';
import { resetExportSettings } from '../../../src/app/export/export-settings.ts';
import type { ExportOutcome } from '../../../src/app/export/run-export.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import type { Platform } from '../../../src/app/platform/platform.ts';
import { runCommand } from '../../../src/app/editor/commands.ts';
import { commandForKey, shortcutText, withShortcut } from '../../../src/app/editor/keymap.ts';
import { StoresProvider } from '../../../src/app/store/context.tsx';
import { PreferencesProvider } from '../../../src/app/preferences/context.tsx';
import {
  createMemoryPreferences,
  createPreferencesStore,
} from '../../../src/app/preferences/preferences.ts';
import { createDocumentStore } from '../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../src/app/store/view-store.ts';
import { FILE, exportButton, hotel, setup } from './dialog-fixture.tsx';

afterEach(() => resetExportSettings());

describe('ExportDialog: the export itself', () => {
  it('exports with progress, then says what was saved and which characters no font had', async () => {
    const map = hotel();
    const tp = map.touchpoints[2]!;
    tp.title = `${tp.title} 字`;
    map.stages[0]!.name = '漢 stage';
    const { dialog, user, export_, platform } = setup({ map });
    await user.type(within(dialog).getByLabelText('Author'), 'Ana');
    await user.click(exportButton(dialog));
    expect(export_.run).toHaveBeenCalledTimes(1);
    expect(export_.calls[0]!.options).toMatchObject({
      pageSize: 'A3',
      orientation: 'landscape',
      appendix: true,
      author: 'Ana',
      departments: null,
      kinds: null,
      evidence: null,
    });
    expect(within(dialog).getByText('Starting the export…')).toBeTruthy();
    export_.progress(1, 5);
    const bar = within(dialog).getByRole('progressbar', { name: 'Export progress' });
    expect(bar.getAttribute('value')).toBe('1');
    expect(bar.getAttribute('max')).toBe('5');
    expect(dialog.querySelector('.tm-export-progress-text')!.textContent).toBe(
      'Drawing page 2 of 5 (1/5)',
    );
    // The options cannot change under a running export; closing keeps it running.
    expect(exportButton(dialog).disabled).toBe(true);
    expect(within(dialog).getByLabelText('Size').matches(':disabled')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toBeTruthy();

    const bytes = new Uint8Array([37, 80, 68, 70, 45]);
    await export_.finish({
      status: 'done',
      bytes,
      pageCount: 5,
      missingCharacters: ['字', '漢'],
      warnings: [],
    });
    await within(dialog).findByText(FILE, { selector: 'strong' });
    expect(dialog.querySelector('.tm-export-summary')!.textContent).toContain(
      `Saved ${FILE} — 5 pages`,
    );
    // By code point, never as the boxes they are in the PDF, with where they are.
    const glyphs = within(dialog).getByTestId('missing-glyphs');
    expect(glyphs.querySelector('p')!.textContent).toBe(
      'No font has these 2 characters: the PDF shows them as empty boxes. Add a fallback font in Preferences, or change the text.',
    );
    expect([...glyphs.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `U+5B57 in touchpoint “${tp.title}”`,
      'U+6F22 in stage “漢 stage”',
    ]);
    const memory = platform as ReturnType<typeof createMemoryPlatform>;
    expect(memory.exported).toEqual([{ name: FILE, bytes, mimeType: 'application/pdf' }]);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('clears the summary of the last export when a new one starts, or an option changes', async () => {
    const { dialog, user, export_ } = setup();
    const done: ExportOutcome = {
      status: 'done',
      bytes: new Uint8Array([1]),
      pageCount: 3,
      missingCharacters: [],
      warnings: [],
    };
    await user.click(exportButton(dialog));
    await export_.finish(done);
    await within(dialog).findByText(FILE, { selector: 'strong' });
    // A new export: its progress, and no "Saved" of the last one beside it.
    await user.click(exportButton(dialog));
    expect(within(dialog).getByText('Starting the export…')).toBeTruthy();
    expect(dialog.querySelector('.tm-export-summary')).toBeNull();
    await export_.finish(done);
    await within(dialog).findByText(FILE, { selector: 'strong' });
    // The summary describes a file made with other options once one changes.
    await user.click(within(dialog).getByRole('radio', { name: 'Portrait' }));
    expect(dialog.querySelector('.tm-export-summary')).toBeNull();
    expect(within(dialog).queryByRole('status')).toBeNull();
  });

  it('cancels a running export', async () => {
    const { dialog, user, export_, platform } = setup();
    await user.click(exportButton(dialog));
    export_.progress(2, 40);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel export' }));
    expect(export_.calls[0]!.cancel).toHaveBeenCalled();
    await within(dialog).findByText('Export cancelled. Nothing was saved.');
    expect((platform as ReturnType<typeof createMemoryPlatform>).exported).toEqual([]);
    expect(exportButton(dialog).disabled).toBe(false);
  });

  it('shows an export that failed, with the options at fault', async () => {
    const { dialog, user, export_ } = setup();
    await user.click(exportButton(dialog));
    await export_.finish({
      status: 'failed',
      message: 'Invalid export options: scale: x; overlap: y',
      problems: ['scale: x', 'overlap: y'],
    });
    const alert = await within(dialog).findByText(/^The PDF could not be made/);
    expect(alert.closest('[role="alert"]')!.textContent).toContain('scale: x');
  });

  it('in a browser, waits for a click to save when the Export click has expired', async () => {
    const saves: string[] = [];
    const platform: Platform = {
      ...createMemoryPlatform({}, { pickerNeedsUserActivation: true }),
      async exportFile(_bytes, name) {
        saves.push(name);
        return { status: 'saved', file: { token: 't', name } };
      },
    };
    const { dialog, user, export_ } = setup({ platform, activation: () => false });
    await user.click(exportButton(dialog));
    await export_.finish({
      status: 'done',
      bytes: new Uint8Array([1]),
      pageCount: 1,
      missingCharacters: [],
      warnings: [],
    });
    await within(dialog).findByText('The PDF is ready: 1 page.');
    expect(saves).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Save PDF…' }));
    await within(dialog).findByText(FILE, { selector: 'strong' });
    expect(saves).toEqual([FILE]);
  });

  it('keeps a PDF whose save dialog was cancelled, ready to be saved again', async () => {
    let answer: 'cancelled' | 'saved' = 'cancelled';
    const platform: Platform = {
      ...createMemoryPlatform(),
      async exportFile(_bytes, name) {
        return answer === 'saved'
          ? { status: 'saved', file: { token: 't', name } }
          : { status: 'cancelled' };
      },
    };
    const { dialog, user, export_ } = setup({ platform });
    await user.click(exportButton(dialog));
    await export_.finish({
      status: 'done',
      bytes: new Uint8Array([1]),
      pageCount: 2,
      missingCharacters: [],
      warnings: [],
    });
    await within(dialog).findByText('Not saved yet: the PDF is ready when you are.');
    answer = 'saved';
    await user.click(within(dialog).getByRole('button', { name: 'Save PDF…' }));
    await within(dialog).findByText(FILE, { selector: 'strong' });
    expect(export_.run).toHaveBeenCalledTimes(1);
  });
});

describe('the exportPdf command', () => {
  it('is Ctrl+Shift+E (Cmd+Shift+E on a Mac), from anywhere, with its tooltip', () => {
    const key = { key: 'E', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(commandForKey(key, 'map', false)).toBe('exportPdf');
    expect(commandForKey(key, 'text', false)).toBe('exportPdf');
    expect(commandForKey({ ...key, ctrlKey: false, metaKey: true }, 'map', true)).toBe('exportPdf');
    expect(commandForKey({ ...key, shiftKey: false }, 'map', false)).toBeNull();
    expect(shortcutText('exportPdf', false)).toBe('Ctrl+Shift+E');
    expect(withShortcut('Export PDF…', 'exportPdf', false)).toBe('Export PDF… (Ctrl+Shift+E)');
  });

  it('opens the dialog with what the editor shows, and closes it again', async () => {
    const map = hotel();
    const sales = map.departments.find((d) => d.name === 'Sales')!;
    const document = createDocumentStore({ documentId: 'doc', map });
    const view = createViewStore();
    view.getState().setFilters({ kind: 'experience', departmentId: sales.id, evidence: 'none' });
    const user = userEvent.setup();
    render(
      <StoresProvider stores={{ document, view, platform: createMemoryPlatform() }}>
        <ExportHost />
      </StoresProvider>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => {
      expect(runCommand('exportPdf')).toBe(true);
    });
    const dialog = screen.getByRole('dialog', { name: 'Export PDF' });
    const departmentBoxes = within(dialog)
      .getAllByRole('checkbox')
      .filter((box) => box.closest('.tm-export-departments'));
    expect(
      departmentBoxes
        .filter((b) => (b as HTMLInputElement).checked)
        .map((b) => b.closest('label')!.textContent),
    ).toEqual([expect.stringMatching(/^Sales/)]);
    expect(
      (within(dialog).getByRole('radio', { name: 'Only customer experience' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect((within(dialog).getByLabelText('Evidence') as HTMLSelectElement).value).toBe('none');
    // No web workers in jsdom: no preview, said plainly.
    expect(within(dialog).getByText('No preview here')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Nothing of it went into the document, nor into its history.
    expect(document.getState().map).toBe(map);
    expect(document.temporal.getState().pastStates).toHaveLength(0);
  });

  it('takes the page and the author from the preferences, the first time', async () => {
    const prefs = createPreferencesStore(
      createMemoryPreferences({
        authorName: 'Sam Rivera',
        pdf: { pageSize: 'A2', orientation: 'portrait' },
      }),
    );
    await prefs.load();
    const document = createDocumentStore({ documentId: 'doc', map: hotel() });
    render(
      <PreferencesProvider store={prefs}>
        <StoresProvider
          stores={{ document, view: createViewStore(), platform: createMemoryPlatform() }}
        >
          <ExportHost />
        </StoresProvider>
      </PreferencesProvider>,
    );
    act(() => {
      runCommand('exportPdf');
    });
    const dialog = screen.getByRole('dialog', { name: 'Export PDF' });
    expect((within(dialog).getByLabelText('Size') as HTMLSelectElement).value).toBe('A2');
    expect(
      (within(dialog).getByRole('radio', { name: 'Portrait' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((within(dialog).getByLabelText('Author') as HTMLInputElement).value).toBe('Sam Rivera');
  });
});

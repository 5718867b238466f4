/**
 * The Export PDF dialog in jsdom, with a scripted export (no worker, no pdf.js): its options
 * and their problems, the departments from the editor's filters, the preview and the page
 * count, the export's progress, Cancel, the summary with missing characters, the browser's
 * "Save PDF…" click, and the exportPdf command with its shortcut.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TEMPLATES } from '../../../src/app/templates.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { ExportDialog } from '../../../src/app/export/ExportDialog.tsx';
import { ExportHost } from '../../../src/app/export/ExportHost.tsx';
import { createExportJob } from '../../../src/app/export/export-job.ts';
import { initialForm, resetExportSettings } from '../../../src/app/export/export-settings.ts';
import type { WorkerExportOptions } from '../../../src/app/export/protocol.ts';
import type { ExportOutcome, RunExportOptions } from '../../../src/app/export/run-export.ts';
import type { PreviewDeps } from '../../../src/app/export/usePreview.ts';
import type { RenderRequest } from '../../../src/app/export/pdf-preview.ts';
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
import { createViewStore, type Filters } from '../../../src/app/store/view-store.ts';

const hotel = () => TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;
const blueprint = () => TEMPLATES.find((t) => t.key === 'service-blueprint-family-weekend')!.map;
const ALL = { kind: 'all', departmentId: null, evidence: 'all' } as const;
const FILE = 'hotel-stay-from-search-to-loyalty.pdf';

afterEach(() => resetExportSettings());

/** An export the test drives: progress and the outcome when it says so. */
function scriptedRun() {
  const calls: { options: WorkerExportOptions; run: RunExportOptions; cancel: () => void }[] = [];
  let finish: (outcome: ExportOutcome) => void = () => {};
  const run = vi.fn((_map: JourneyMap, options: WorkerExportOptions, run: RunExportOptions) => {
    const promise = new Promise<ExportOutcome>((resolve) => {
      finish = resolve;
    });
    const cancel = vi.fn(() => finish({ status: 'cancelled' }));
    calls.push({ options, run, cancel });
    return { promise, cancel };
  });
  return {
    run,
    calls,
    progress: (done: number, total: number) =>
      act(() => calls.at(-1)!.run.onProgress?.(done, total)),
    finish: (outcome: ExportOutcome) => act(async () => finish(outcome)),
  };
}

/** A preview export that makes a 3-page PDF at once, and a renderer that "draws" it. */
function fakePreview() {
  const options: WorkerExportOptions[] = [];
  const requests: RenderRequest[] = [];
  const deps: PreviewDeps = {
    delayMs: 0,
    run: (_map, o) => {
      options.push(o);
      return {
        promise: Promise.resolve({
          status: 'done',
          bytes: new Uint8Array([37, 80, 68, 70]),
          pageCount: 3,
          missingCharacters: [],
          warnings: [],
        }),
        cancel: () => {},
      };
    },
    render: async (_bytes, _canvas, request) => {
      requests.push(request);
      return { pageWidth: 100, pageHeight: 70, zoom: request.zoom === 'fit' ? 0.5 : request.zoom };
    },
  };
  return { deps, options, requests };
}

function setup(
  options: {
    filters?: Pick<Filters, 'kind' | 'departmentId' | 'evidence'>;
    platform?: Platform;
    activation?: () => boolean;
    preview?: PreviewDeps;
    map?: JourneyMap;
  } = {},
) {
  const map = options.map ?? hotel();
  const filters = options.filters ?? ALL;
  const platform = options.platform ?? createMemoryPlatform();
  const export_ = scriptedRun();
  const job = createExportJob({
    platform,
    run: export_.run,
    hasUserActivation: options.activation ?? (() => true),
  });
  const preview = fakePreview();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <ExportDialog
      map={map}
      filters={filters}
      initial={initialForm(map, filters)}
      job={job}
      onClose={onClose}
      preview={options.preview ?? preview.deps}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Export PDF' });
  return { map, platform, job, export_, preview, onClose, user, dialog };
}

const exportButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Export' }) as HTMLButtonElement;

describe('ExportDialog', () => {
  it('offers every page size, the orientation, margins, layout, parts and the file name', async () => {
    const { dialog } = setup();
    const size = within(dialog).getByLabelText('Size') as HTMLSelectElement;
    expect([...size.options].map((o) => o.value)).toEqual([
      'A4',
      'A3',
      'A2',
      'A1',
      'A0',
      'Letter',
      'Legal',
      'Tabloid',
    ]);
    expect(size.value).toBe('A3');
    expect(
      (within(dialog).getByRole('radio', { name: 'Landscape' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((within(dialog).getByLabelText('Margins (mm)') as HTMLInputElement).value).toBe('10');
    expect(
      (within(dialog).getByRole('radio', { name: 'Fit the map on one page' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    for (const name of ['Title block', 'Legend'])
      expect((within(dialog).getByRole('checkbox', { name }) as HTMLInputElement).checked).toBe(
        true,
      );
    expect(
      (within(dialog).getByRole('checkbox', { name: /Appendix/ }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(within(dialog).getByText(FILE)).toBeTruthy();
    await waitFor(() =>
      expect(within(dialog).getByTestId('page-count').textContent).toBe('3 pages'),
    );
  });

  it('previews page 1 of the options as they change (without the embedded map)', async () => {
    const { dialog, preview, user } = setup();
    const frame = dialog.querySelector('.tm-export-page')!;
    await waitFor(() => expect(frame.getAttribute('data-preview')).toBe('shown'));
    expect(frame.getAttribute('aria-busy')).toBe('false');
    expect(preview.options.at(-1)).toMatchObject({ pageSize: 'A3', embedMap: false });
    // Page 1, fitted to the viewer.
    expect(preview.requests.at(-1)).toMatchObject({ page: 1, zoom: 'fit' });
    expect(within(dialog).getByTestId('preview-page').textContent).toBe('Page 1 of 3');
    expect(within(dialog).getByTestId('preview-zoom').textContent).toBe('50 %');

    await user.selectOptions(within(dialog).getByLabelText('Size'), 'A4');
    await user.click(within(dialog).getByRole('radio', { name: 'Portrait' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Appendix/ }));
    await waitFor(() =>
      expect(preview.options.at(-1)).toMatchObject({
        pageSize: 'A4',
        orientation: 'portrait',
        appendix: false,
        embedMap: false,
      }),
    );
    await waitFor(() => expect(frame.getAttribute('aria-busy')).toBe('false'));
  });

  it('turns the preview’s pages and zooms it with buttons and keys', async () => {
    const { dialog, preview, user } = setup();
    const frame = dialog.querySelector('.tm-export-page')!;
    await waitFor(() => expect(frame.getAttribute('data-preview')).toBe('shown'));
    const button = (name: string) => within(dialog).getByRole('button', { name });
    const last = () => preview.requests.at(-1);
    expect((button('Previous page') as HTMLButtonElement).disabled).toBe(true);
    await user.click(button('Next page'));
    await waitFor(() => expect(last()).toMatchObject({ page: 2, zoom: 'fit' }));
    expect(within(dialog).getByTestId('preview-page').textContent).toBe('Page 2 of 3');
    await user.click(button('Zoom in'));
    await waitFor(() => expect(last()).toMatchObject({ page: 2, zoom: 0.67 }));
    expect(within(dialog).getByTestId('preview-zoom').textContent).toBe('67 %');
    await user.click(button('100 %'));
    await waitFor(() => expect(last()).toMatchObject({ zoom: 1 }));
    expect(button('100 %').getAttribute('aria-pressed')).toBe('true');
    const viewport = within(dialog).getByRole('group', {
      name: /^Preview of the PDF, A3 landscape/,
    });
    viewport.focus();
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(last()).toMatchObject({ page: 3, zoom: 1 }));
    expect((button('Next page') as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard('-');
    await waitFor(() => expect(last()).toMatchObject({ zoom: 0.75 }));
    await user.keyboard('0');
    await waitFor(() => expect(last()).toMatchObject({ page: 3, zoom: 'fit' }));
    expect(button('Fit').getAttribute('aria-pressed')).toBe('true');
  });

  it('estimates the pages of a poster from its tiles', async () => {
    // A preview that is still being made: the estimate stands in for its page count.
    const { dialog, user } = setup({
      preview: {
        delayMs: 0,
        run: () => ({ promise: new Promise(() => {}), cancel: () => {} }),
      },
    });
    // Without the appendix, whose length only the export knows.
    await user.click(within(dialog).getByRole('checkbox', { name: /Appendix/ }));
    await user.click(within(dialog).getByRole('radio', { name: /Tile it across pages/ }));
    const scale = within(dialog).getByLabelText('Scale (%)');
    await user.clear(scale);
    await user.type(scale, '300');
    expect(within(dialog).getByText('a card is 212 mm wide')).toBeTruthy();
    // Until the preview's export counts them exactly.
    expect(within(dialog).getByTestId('page-count').textContent).toMatch(
      /^\d+ pages: a cover page and \d+ map pages \(\d+ × \d+(, \d+ blank left out)?\)$/,
    );
  });

  it('shows problems next to their field, by name, and waits for them to be fixed', async () => {
    const { dialog, user } = setup();
    const margin = within(dialog).getByLabelText('Margins (mm)');
    await user.clear(margin);
    await user.type(margin, 'ten');
    expect(margin.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(margin.getAttribute('aria-describedby')!)!;
    expect(described.getAttribute('role')).toBe('alert');
    expect(described.textContent).toBe('Margin: enter a number of millimetres.');
    expect(exportButton(dialog).disabled).toBe(true);
    expect(within(dialog).getByText('No preview while an option has a problem.')).toBeTruthy();

    await user.clear(margin);
    await user.type(margin, '300');
    expect(document.getElementById(margin.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /^margins: left \+ right \(600 mm\) leave less than 50\.8 mm of a 420 mm wide page/,
    );

    await user.clear(margin);
    await user.type(margin, '5');
    expect(margin.getAttribute('aria-invalid')).toBeNull();
    expect(exportButton(dialog).disabled).toBe(false);
  });

  it('starts from the departments and kind the editor filters show', async () => {
    const map = hotel();
    const billing = map.departments.find((d) => d.name === 'Billing')!;
    const { dialog, user } = setup({
      filters: { ...ALL, kind: 'service', departmentId: billing.id },
    });
    const checked = within(dialog)
      .getAllByRole('checkbox')
      .filter((c) =>
        map.departments.some((d) => c.closest('label')?.textContent?.startsWith(d.name)),
      )
      .filter((c) => (c as HTMLInputElement).checked)
      .map((c) => c.closest('label')!.textContent);
    expect(checked).toEqual([
      `Billing${map.touchpoints.filter((t) => t.departmentId === billing.id && t.kind === 'service').length}`,
    ]);
    expect(
      (within(dialog).getByRole('radio', { name: 'Only customer service' }) as HTMLInputElement)
        .checked,
    ).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'None' }));
    expect(
      within(dialog).getByText('Departments: choose at least one department to export.'),
    ).toBeTruthy();
    expect(exportButton(dialog).disabled).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'All' }));
    expect(exportButton(dialog).disabled).toBe(false);
  });

  it('starts from the evidence the editor filters show, counts by it, and exports only those', async () => {
    const map = blueprint();
    const { dialog, user, export_ } = setup({ map, filters: { ...ALL, evidence: 'assumed' } });
    const evidence = within(dialog).getByLabelText('Evidence') as HTMLSelectElement;
    expect(evidence.value).toBe('assumed');
    expect([...evidence.options].map((o) => o.textContent)).toEqual([
      'Any evidence',
      'Observed',
      'Reported',
      'Assumed',
      'Not marked',
    ]);
    // Each department's count is of its assumed cards only.
    const counted = (level: string | undefined) =>
      map.departments.map(
        (d) =>
          `${d.name}${map.touchpoints.filter((t) => t.departmentId === d.id && t.evidence === level).length}`,
      );
    const labels = () =>
      within(dialog)
        .getAllByRole('checkbox')
        .filter((box) => box.closest('.tm-export-departments'))
        .map((box) => box.closest('label')!.textContent);
    expect(labels()).toEqual(counted('assumed'));
    expect(counted('assumed').some((label) => label.endsWith('0'))).toBe(true);

    await user.click(exportButton(dialog));
    expect(export_.calls[0]!.options).toMatchObject({ evidence: ['assumed'], kinds: null });
    await export_.finish({
      status: 'done',
      bytes: new Uint8Array([37]),
      pageCount: 1,
      missingCharacters: [],
      warnings: [],
    });
    // Another choice: the counts and the next export follow it.
    await user.selectOptions(evidence, 'Observed');
    expect(labels()).toEqual(counted('observed'));
    await user.selectOptions(evidence, 'Not marked');
    expect(labels()).toEqual(counted(undefined));
    await user.selectOptions(evidence, 'Any evidence');
    await user.click(exportButton(dialog));
    expect(export_.calls[1]!.options).toMatchObject({ evidence: null });
  });

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

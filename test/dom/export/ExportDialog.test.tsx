/**
 * The Export PDF dialog in jsdom, with a scripted export (no worker, no pdf.js): its options
 * and their problems, the departments and evidence from the editor's filters, the preview and
 * the page count (the export itself and the exportPdf command: ExportDialog-run.test.tsx).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { resetExportSettings } from '../../../src/app/export/export-settings.ts';
import { ALL, FILE, blueprint, exportButton, hotel, setup } from './dialog-fixture.tsx';

afterEach(() => resetExportSettings());

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
});

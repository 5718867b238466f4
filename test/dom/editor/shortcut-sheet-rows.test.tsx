/**
 * The shortcut sheet's rows stay short enough to read as one tidy row each: a label of six
 * panel names beside six keys was squeezed into a column a word wide, six lines tall (the
 * e2e test in test/e2e/editing/shortcut-sheet.test.ts measures it as drawn).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, within } from '@testing-library/react';
import { SHORTCUT_GROUPS } from '../../../src/app/editor/ShortcutsHelp.tsx';
import { openShortcutSheet } from './shortcut-sheet.tsx';

afterEach(() => cleanup());

/** The longest label a row has (the Capture cursor row's): two lines at most beside keys. */
const LONGEST_LABEL = 52;

describe('the shortcut sheet’s rows', () => {
  it('has no label longer than two lines’ worth', () => {
    for (const group of SHORTCUT_GROUPS) {
      for (const row of group.rows) {
        expect(row.label.length, row.label).toBeLessThanOrEqual(LONGEST_LABEL);
      }
    }
  });

  it('gives each panel its own row, named for the panel, with its key', () => {
    const sheet = openShortcutSheet();
    const panels = within(sheet)
      .getByRole('heading', { name: 'Show or hide a panel' })
      .closest('section')!;
    const rows = [...panels.querySelectorAll('.tm-shortcut-row')].map((row) => [
      row.querySelector('dt')!.textContent,
      row.querySelectorAll('kbd').length,
    ]);
    expect(rows).toEqual([
      ['Palette', 1],
      ['Inspector', 1],
      ['Insights', 1],
      ['Stages & departments', 1],
      ['Comments', 1],
      ['Questions', 1],
    ]);
  });
});

/**
 * The names in the structure panel's lists (NameField, CommitText's `wrap`): a box that wraps
 * a long name at spaces so it reads whole, edited as the one-line field it replaced. Commits
 * on Enter or blur as one undo step, Escape puts the stored name back, and a line break never
 * gets into a name. (That the whole name shows is measured in real Chromium: e2e panels.)
 */
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StructurePanel } from '../../../../src/app/panels/index.ts';
import { StoresProvider } from '../../../../src/app/store/context.tsx';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { TEMPLATES } from '../../../../src/app/templates.ts';
import { addRow } from '../../../../src/core/ops/index.ts';

function setup() {
  const hotel = TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;
  // Emotion, the seven departments, then a notes row of its own name: row 9.
  const map = addRow(hotel, { type: 'notes', name: 'Night porter' });
  const document = createDocumentStore({ documentId: 'doc', map });
  const user = userEvent.setup();
  render(
    <StoresProvider
      stores={{ document, view: createViewStore(), platform: createMemoryPlatform() }}
    >
      <StructurePanel />
    </StoresProvider>,
  );
  const current = () => document.getState().map;
  const steps = () => document.temporal.getState().pastStates.length;
  const stage = (n: number) =>
    within(screen.getByRole('list', { name: /^Stages/ })).getByRole('textbox', {
      name: `Name of stage ${n}`,
    }) as HTMLTextAreaElement;
  return { user, current, steps, stage };
}

describe('the structure panel’s names', () => {
  it('are wrapping one-line boxes under the labels they had', () => {
    setup();
    for (const [list, label, value] of [
      [/^Stages/, 'Name of stage 4', 'Pre-arrival and check-in'],
      [/^Departments/, 'Name of department 3', 'Customer Service'],
      [/^Rows/, 'Name of row 9', 'Night porter'],
    ] as const) {
      const box = within(screen.getByRole('list', { name: list })).getByRole('textbox', {
        name: label,
      });
      // A textarea can wrap its text; an input shows one line, cut at its edge.
      expect(box.tagName, label).toBe('TEXTAREA');
      expect(box.getAttribute('rows'), label).toBe('1');
      expect(box.classList.contains('tm-one-line'), label).toBe(true);
      expect((box as HTMLTextAreaElement).value).toBe(value);
    }
  });

  it('commits on Enter as one step, and Enter or Shift+Enter never starts a new line', async () => {
    const { user, current, steps, stage } = setup();
    const name = stage(4);
    await user.click(name);
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(name.value).toBe('Pre-arrival and check-in');
    expect(steps()).toBe(0);
    await user.keyboard(' at the');
    await user.paste('\ndesk');
    await user.keyboard('{Enter}');
    expect(name.value).toBe('Pre-arrival and check-in at the desk');
    expect(current().stages[3]!.name).toBe('Pre-arrival and check-in at the desk');
    expect(steps()).toBe(1);
    // Still in the box, as after Enter in the input it replaced; Tab goes on to the row's buttons.
    expect(document.activeElement).toBe(name);
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Move Pre-arrival and check-in at the desk up' }),
    );
  });

  it('makes a pasted line break a space, the caret after the pasted text', async () => {
    const { user, current, steps, stage } = setup();
    const name = stage(3);
    await user.click(name);
    name.setSelectionRange(0, 0);
    await user.paste('Quick\n');
    expect(name.value).toBe('Quick Booking');
    await user.keyboard('and easy {Enter}');
    expect(current().stages[2]!.name).toBe('Quick and easy Booking');
    expect(steps()).toBe(1);
  });

  it('puts the stored name back on Escape, and commits a pasted two-line name on blur', async () => {
    const { user, current, steps, stage } = setup();
    const name = stage(5);
    await user.tripleClick(name);
    await user.paste('Room\nservice');
    expect(name.value).toBe('Room service');
    await user.keyboard('{Escape}');
    expect(name.value).toBe('The stay');
    expect(steps()).toBe(0);

    await user.tripleClick(name);
    await user.paste('The stay,\nnight\r\nand day\n');
    await user.tab();
    // Trimmed at both ends as the input was, and one step.
    expect(current().stages[4]!.name).toBe('The stay, night and day');
    expect(name.value).toBe('The stay, night and day');
    expect(steps()).toBe(1);
  });

  it('renames a department and a notes row the same way', async () => {
    const { user, current, steps } = setup();
    const department = screen.getByRole('textbox', { name: 'Name of department 7' });
    await user.tripleClick(department);
    await user.paste('House\rkeeping and\nlaundry');
    await user.keyboard('{Enter}');
    expect(current().departments[6]!.name).toBe('House keeping and laundry');
    const row = screen.getByRole('textbox', { name: 'Name of row 9' });
    await user.tripleClick(row);
    await user.paste('What the\nnight porter hears');
    await user.keyboard('{Enter}');
    expect(current().rows!.at(-1)).toMatchObject({
      type: 'notes',
      name: 'What the night porter hears',
    });
    expect(steps()).toBe(2);
  });
});

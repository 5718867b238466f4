/**
 * The one Modal and the field kit in jsdom: Escape waits while busy, a confirmation over a
 * dialog holds the focus and gives it back, and fields wire their label, hint and problems.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Modal } from '../../../src/app/ui/Modal.tsx';
import { ConfirmDialog } from '../../../src/app/ui/ConfirmDialog.tsx';
import { CheckboxField, ChoiceGroup } from '../../../src/app/ui/choices.tsx';
import { FieldLook, TextField } from '../../../src/app/ui/fields.tsx';
import { PreferencesDialog } from '../../../src/app/preferences/PreferencesDialog.tsx';
import { DEFAULT_USER_PREFERENCES } from '../../../src/ipc/preferences.ts';

function Stacked() {
  const [outer, setOuter] = useState(false);
  const [inner, setInner] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOuter(true)}>
        Open
      </button>
      {outer ? (
        <Modal title="Outer" onCancel={() => setOuter(false)}>
          <button type="button" onClick={() => setInner(true)}>
            Ask
          </button>
          {inner ? (
            <ConfirmDialog
              title="Sure?"
              message="Really."
              confirmLabel="Yes"
              onConfirm={() => setInner(false)}
              onCancel={() => setInner(false)}
            />
          ) : null}
        </Modal>
      ) : null}
    </>
  );
}

describe('Modal', () => {
  it('is a labelled modal dialog that ignores Escape while busy', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const { rerender } = render(
      <Modal title="Saving" onCancel={onCancel} busy>
        <p>Body</p>
      </Modal>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Saving' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Body',
    );
    await user.keyboard('{Escape}');
    expect(onCancel).not.toHaveBeenCalled();
    rerender(
      <Modal title="Saving" onCancel={onCancel}>
        <p>Body</p>
      </Modal>,
    );
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('lets only the top of a stack hold the focus, and gives it back layer by layer', async () => {
    const user = userEvent.setup();
    render(<Stacked />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    const ask = screen.getByRole('button', { name: 'Ask' });
    expect(document.activeElement).toBe(ask);
    await user.click(ask);
    const confirm = screen.getByRole('dialog', { name: 'Sure?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    // Tab stays in the confirmation.
    await user.tab();
    await user.tab();
    expect(confirm.contains(document.activeElement)).toBe(true);
    // Escape closes the confirmation only; the focus goes back to where it was.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Sure?' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Outer' })).toBeTruthy();
    expect(document.activeElement).toBe(ask);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('keeps the Preferences open on Escape while they are being saved', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(
      <PreferencesDialog
        preferences={DEFAULT_USER_PREFERENCES}
        showDraftInterval
        onSave={() => new Promise(() => {})}
        onCancel={onCancel}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Preferences' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await user.keyboard('{Escape}');
    expect(onCancel).not.toHaveBeenCalled();
  });
});

describe('the field kit', () => {
  it('labels a control and describes it by its problems and its hint', () => {
    render(
      <FieldLook.Provider value="preferences">
        <TextField
          label="Your name"
          hint="Shown in PDFs."
          problems={['Too long.']}
          value="x"
          onChange={() => {}}
        />
      </FieldLook.Provider>,
    );
    const input = screen.getByLabelText('Your name');
    expect(input.className).toBe('pref-input');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual(['Too long.', 'Shown in PDFs.']);
    expect(screen.getByRole('alert').textContent).toBe('Too long.');
  });

  it('offers choices as a named radio group and checkboxes with their hint', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onCheck = vi.fn();
    render(
      <>
        <ChoiceGroup
          label="Theme"
          options={[
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          value="light"
          onChange={onChange}
        />
        <CheckboxField checked={false} onChange={onCheck} hint="(more pages)">
          Appendix
        </CheckboxField>
      </>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Theme' });
    expect((within(group).getByRole('radio', { name: 'Light' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await user.click(within(group).getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenCalledWith('dark');
    await user.click(screen.getByRole('checkbox', { name: /Appendix/ }));
    expect(onCheck).toHaveBeenCalledWith(true);
  });
});

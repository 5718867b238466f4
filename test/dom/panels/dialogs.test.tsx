import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConfirmDialog } from '../../../src/app/ui/ConfirmDialog.tsx';

function Host({ onConfirm, onOuterKey }: { onConfirm: () => void; onOuterKey: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div onKeyDown={onOuterKey}>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? (
        <ConfirmDialog
          title="Delete everything?"
          message="This cannot be undone."
          confirmLabel="Delete"
          cancelLabel="Keep"
          extra={<input aria-label="Type DELETE" />}
          onConfirm={() => {
            onConfirm();
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}

describe('ConfirmDialog', () => {
  it('is a labelled modal dialog with its message, extra content and buttons', async () => {
    const user = userEvent.setup();
    render(<Host onConfirm={() => {}} onOuterKey={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete everything?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(
      'This cannot be undone.',
    );
    expect(screen.getByLabelText('Type DELETE')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep' }));
  });

  it('traps Tab and Shift+Tab inside', async () => {
    const user = userEvent.setup();
    render(<Host onConfirm={() => {}} onOuterKey={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const input = screen.getByLabelText('Type DELETE');
    const keep = screen.getByRole('button', { name: 'Keep' });
    const del = screen.getByRole('button', { name: 'Delete' });
    await user.tab();
    expect(document.activeElement).toBe(del);
    await user.tab();
    expect(document.activeElement).toBe(input);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(del);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(keep);
  });

  it('confirms with its button and gives the focus back', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Host onConfirm={onConfirm} onOuterKey={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('cancels on Escape, and keys inside do not reach the page', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onOuterKey = vi.fn();
    render(<Host onConfirm={onConfirm} onOuterKey={onOuterKey} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    onOuterKey.mockClear();
    fireEvent.keyDown(screen.getByLabelText('Type DELETE'), { key: 'Delete' });
    expect(onOuterKey).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('brings back focus that leaves it', async () => {
    const user = userEvent.setup();
    render(<Host onConfirm={() => {}} onOuterKey={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    opener.focus();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep' }));
  });
});

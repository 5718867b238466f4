/**
 * File › Join Session… in jsdom: the found list refreshes while open (and says so when it is
 * empty), a wrong link gets a clear message and is not sent, Enter joins, Escape closes.
 */
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FoundSessionInfo } from '../../../src/ipc/session-contract.ts';
import {
  JoinDialog,
  WRONG_LINK_MESSAGE,
  joinLinkProblem,
  type JoinSessionPort,
} from '../../../src/app/session/JoinDialog.tsx';

const EDIT = `http://10.0.0.2:5000/?session=${'e'.repeat(32)}`;

function port(found: FoundSessionInfo[][] = [[]]) {
  const answers = [...found];
  const joined: string[] = [];
  const sessions: JoinSessionPort = {
    found: vi.fn(async () => (answers.length > 1 ? answers.shift()! : (answers[0] ?? []))),
    join: vi.fn(async (link: string) => {
      joined.push(link);
      return { status: 'joined' as const };
    }),
  };
  return { sessions, joined };
}

describe('joinLinkProblem', () => {
  it('accepts edit and view links, and names what is wrong with anything else', () => {
    expect(joinLinkProblem(EDIT)).toBeNull();
    expect(joinLinkProblem(`  http://h:1/?view=${'v'.repeat(22)} `)).toBeNull();
    expect(joinLinkProblem('')).toBe('Paste the link the host shared.');
    for (const wrong of ['http://10.0.0.2:5000/', 'hello', 'file:///x?session=' + 'e'.repeat(32)]) {
      expect(joinLinkProblem(wrong)).toBe(WRONG_LINK_MESSAGE);
    }
  });
});

describe('the Join Session dialog', () => {
  it('shows the empty state, then the sessions found as they come', async () => {
    const { sessions } = port([[], [{ name: 'Hotel workshop', address: 'http://10.0.0.2:5000/' }]]);
    render(<JoinDialog sessions={sessions} onClose={() => undefined} refreshMs={20} />);
    expect(
      await screen.findByText('No sessions found on this network yet — paste a link instead.'),
    ).toBeTruthy();
    const found = await screen.findByRole('button', { name: /Hotel workshop/ });
    expect(found.textContent).toContain('http://10.0.0.2:5000/');
    await userEvent.click(found);
    expect(screen.getByText(/Paste the link “Hotel workshop” shows/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Session link'));
  });

  it('refuses a wrong link with a message, and joins a right one on Enter', async () => {
    const { sessions, joined } = port();
    const onClose = vi.fn();
    render(<JoinDialog sessions={sessions} onClose={onClose} />);
    const field = screen.getByLabelText('Session link');
    expect(document.activeElement).toBe(field);
    await userEvent.click(field);
    await userEvent.paste('http://10.0.0.2:5000/');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(WRONG_LINK_MESSAGE);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(joined).toEqual([]);
    await userEvent.clear(field);
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.paste(EDIT);
    await userEvent.keyboard('{Enter}');
    expect(joined).toEqual([EDIT]);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('joins with the Join button, and closes on Escape without joining', async () => {
    const { sessions, joined } = port();
    const onClose = vi.fn();
    const { unmount } = render(<JoinDialog sessions={sessions} onClose={onClose} />);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(joined).toEqual([]);
    unmount();
    const second = vi.fn();
    render(<JoinDialog sessions={sessions} onClose={second} />);
    await userEvent.click(screen.getByLabelText('Session link'));
    await userEvent.paste(EDIT);
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(joined).toEqual([EDIT]);
    expect(second).toHaveBeenCalledOnce();
  });

  it('stops asking for sessions once closed', async () => {
    const { sessions } = port();
    const { unmount } = render(
      <JoinDialog sessions={sessions} onClose={() => undefined} refreshMs={10} />,
    );
    await vi.waitFor(() => expect(vi.mocked(sessions.found).mock.calls.length).toBeGreaterThan(1));
    unmount();
    const calls = vi.mocked(sessions.found).mock.calls.length;
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(vi.mocked(sessions.found).mock.calls.length).toBe(calls);
  });
});

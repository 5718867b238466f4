/**
 * The editor rendered in jsdom: cards and headers from the map, keyboard commands reaching
 * the stores, a palette drop adding a card, and the open-error dialog listing paths.
 */
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { App } from '../../../src/app/App.tsx';
import { createSession, type Session } from '../../../src/app/shell/session.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { runCommand } from '../../../src/app/editor/commands.ts';

const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');

function session(): Session {
  const result = parse(SMALL);
  if (!result.ok) throw new Error('fixture');
  return createSession({ map: result.map, file: { token: 'small', name: 'small.touchmap' } });
}

function cardElement(id: string): HTMLElement | null {
  return document.querySelector(`.tm-card[data-touchpoint-id="${id}"]`);
}

async function renderEditor() {
  const platform = createMemoryPlatform({
    'broken.touchmap': readFileSync('test/fixtures/e2e/broken.touchmap', 'utf8'),
  });
  const s = session();
  const view = render(<App platform={platform} initialSession={s} />);
  await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
  return { platform, session: s, ...view };
}

describe('the editor in jsdom', () => {
  it('draws each card with its kind, emotion, frictions and cell as data attributes', async () => {
    await renderEditor();
    const call = cardElement('tp-call')!;
    expect(call.dataset).toMatchObject({
      kind: 'service',
      emotion: '-1',
      frictions: '2',
      stageId: 'st-book',
      departmentId: 'dep-front',
      selected: 'false',
    });
    expect(call.textContent).toContain('Service');
    expect(call.textContent).toContain('2 · High');
    expect(call.textContent).toContain('CSAT 3');
    expect(cardElement('tp-web')!.textContent).toContain('Experience');
    expect(cardElement('tp-web')!.querySelector('.tm-card-csat')).toBeNull();
    // Stage and department names, and the lowest point of the curve.
    expect([...document.querySelectorAll('.tm-stage-name')].map((e) => e.textContent)).toEqual([
      'Book a repair',
      'Repair',
    ]);
    expect([...document.querySelectorAll('.tm-lane-name')].map((e) => e.textContent)).toEqual([
      'Front desk',
      'Workshop',
      'Billing',
    ]);
    expect(document.querySelector('.tm-lowest-label')!.textContent).toBe('Lowest: Pay the bill');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bike repair (e2e)');
  });

  it('runs keyboard commands on the selection: Delete, then undo', async () => {
    const { session: s } = await renderEditor();
    act(() => s.view.getState().select({ touchpoints: ['tp-pay'] }));
    await waitFor(() => expect(cardElement('tp-pay')!.dataset.selected).toBe('true'));
    fireEvent.keyDown(document.body, { key: 'Delete' });
    await waitFor(() => expect(cardElement('tp-pay')).toBeNull());
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(cardElement('tp-pay')).not.toBeNull());
    // Keys typed in a text field stay there.
    const search = document.createElement('input');
    document.body.append(search);
    act(() => s.view.getState().select({ touchpoints: ['tp-pay'] }));
    fireEvent.keyDown(search, { key: 'Delete' });
    expect(s.document.getState().map.touchpoints).toHaveLength(4);
    search.remove();
  });

  it('renames a card in place: Enter keeps the new title', async () => {
    const { session: s } = await renderEditor();
    act(() => s.view.getState().select({ touchpoints: ['tp-web'] }));
    fireEvent.keyDown(document.body, { key: 'F2' });
    const input = await screen.findByRole('textbox', { name: /Touchpoint title/ });
    fireEvent.change(input, { target: { value: 'Book a slot online' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(cardElement('tp-web')!.textContent).toContain('Book a slot online'));
    expect(s.view.getState().renamingId).toBeNull();
  });

  it('toggles panels and the shortcuts overlay through commands', async () => {
    const { session: s } = await renderEditor();
    expect(screen.getByRole('tab', { name: 'Inspector' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    act(() => void runCommand('toggleInsights'));
    expect(s.view.getState().panels).toMatchObject({ inspector: false, insights: true });
    expect(screen.getByRole('tab', { name: 'Insights' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    act(() => void runCommand('toggleInsights'));
    expect(screen.queryByRole('tablist')).toBeNull();
    act(() => void runCommand('showShortcuts'));
    expect(await screen.findByText('Keyboard shortcuts')).toBeTruthy();
  });

  it('lists the problems of a file that cannot be opened, with their paths', async () => {
    const { platform, session: s } = await renderEditor();
    platform.nextOpen = 'broken.touchmap';
    act(() => void runCommand('open'));
    const list = await screen.findByRole('list', { name: 'Problems found' });
    expect([...list.querySelectorAll('.tm-problem-path')].map((e) => e.textContent)).toContain(
      'touchpoints[0].kind',
    );
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Problems found' })).toBeNull());
    expect(document.querySelectorAll('.tm-card')).toHaveLength(4);
    expect(s.document.getState().map.title).toBe('Bike repair (e2e)');
  });
});

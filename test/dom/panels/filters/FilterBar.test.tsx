import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { removeDepartment } from '../../../../src/core/ops/index.ts';
import userEvent from '@testing-library/user-event';
import { FilterBar } from '../../../../src/app/panels/index.ts';
import { StoresProvider } from '../../../../src/app/store/context.tsx';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { TEMPLATES } from '../../../../src/app/templates.ts';
import { searchTouchpoints, touchpointMatchesSearch } from '../../../../src/core/search.ts';

const hotel = () => TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;

function setup() {
  const document = createDocumentStore({ documentId: 'doc', map: hotel() });
  const view = createViewStore();
  const user = userEvent.setup();
  render(
    <StoresProvider stores={{ document, view, platform: createMemoryPlatform() }}>
      <button type="button">elsewhere</button>
      <FilterBar />
    </StoresProvider>,
  );
  return { document, view, user, filters: () => view.getState().filters };
}

describe('FilterBar', () => {
  it('sets the kind filter with a segmented control', async () => {
    const { user, filters } = setup();
    const group = screen.getByRole('radiogroup', { name: 'Show' });
    expect(within(group).getByRole('radio', { name: 'All' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    await user.click(within(group).getByRole('radio', { name: 'Service' }));
    expect(filters().kind).toBe('service');
    await user.keyboard('{ArrowRight}');
    expect(filters().kind).toBe('experience');
    await user.click(within(group).getByRole('radio', { name: 'All' }));
    expect(filters().kind).toBe('all');
  });

  it('picks one department, and all again', async () => {
    const { user, filters } = setup();
    await user.selectOptions(screen.getByLabelText('Department'), 'Billing');
    expect(filters().departmentId).toBe('dep-billing');
    await user.selectOptions(screen.getByLabelText('Department'), 'All departments');
    expect(filters().departmentId).toBeNull();
  });

  it('picks one evidence level, or the unmarked cards, and any again', async () => {
    const { user, filters } = setup();
    const evidence = screen.getByLabelText('Evidence');
    expect(filters().evidence).toBe('all');
    await user.selectOptions(evidence, 'Assumed');
    expect(filters().evidence).toBe('assumed');
    await user.selectOptions(evidence, 'Not marked');
    expect(filters().evidence).toBe('none');
    await user.selectOptions(evidence, 'Any evidence');
    expect(filters().evidence).toBe('all');
  });

  it('shows all departments again when the one shown alone is deleted', async () => {
    const { user, filters, document } = setup();
    await user.selectOptions(screen.getByLabelText('Department'), 'Housekeeping');
    expect(filters().departmentId).toBe('dep-housekeeping');
    act(() => document.getState().apply((map) => removeDepartment(map, 'dep-housekeeping')));
    expect(filters().departmentId).toBeNull();
    expect(screen.getByLabelText('Department')).toHaveProperty('value', '');
  });

  it('lists matches as you type, with their stage and department, and a count', async () => {
    const { user, filters } = setup();
    const box = screen.getByRole('combobox', { name: 'Search touchpoints' });
    await user.type(box, 'shower');
    expect(filters().search).toBe('shower');
    const list = screen.getByRole('listbox', { name: 'Matching touchpoints' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.querySelector('.pn-search-title')!.textContent)).toEqual([
      'Front desk: broken shower',
      "Manager's thank-you note",
    ]);
    expect(options[0]!.textContent).toContain('The stay · Customer Service');
    expect(screen.getByText('2 matches')).toBeTruthy();
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });

  it('searches descriptions, notes, frictions and opportunities too', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Search touchpoints' }), 'minibar');
    expect(document.querySelectorAll('.pn-search-result')).toHaveLength(2);
    await user.clear(screen.getByRole('combobox', { name: 'Search touchpoints' }));
    await user.type(screen.getByRole('combobox', { name: 'Search touchpoints' }), 'zzzz');
    expect(screen.getByText('No matches')).toBeTruthy();
    expect(document.querySelectorAll('.pn-search-result')).toHaveLength(0);
  });

  it('reveals the first match on Enter, another after the arrow keys', async () => {
    const { user, view } = setup();
    const box = screen.getByRole('combobox', { name: 'Search touchpoints' });
    await user.type(box, 'shower{Enter}');
    expect(view.getState().reveal?.touchpointId).toBe('tp-front-desk-issue');
    expect(view.getState().selection.touchpoints).toEqual(['tp-front-desk-issue']);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{ArrowDown}');
    const active = box.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toContain('thank-you note');
    await user.keyboard('{Enter}');
    expect(view.getState().reveal?.touchpointId).toBe('tp-thank-you-email');
  });

  it('reveals a match on click', async () => {
    const { user, view } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Search touchpoints' }), 'bill');
    const option = screen
      .getAllByRole('option')
      .find((o) => o.textContent?.includes('Express check-out and bill'))!;
    await user.click(option);
    expect(view.getState().reveal?.touchpointId).toBe('tp-checkout-bill');
  });

  it('focuses the search box on Ctrl+F and Cmd+F', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    const box = screen.getByRole('combobox', { name: 'Search touchpoints' });
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(box);
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    const event = fireEvent.keyDown(window, { key: 'f', metaKey: true });
    expect(event).toBe(false); // default prevented: the browser's own find does not open
    expect(document.activeElement).toBe(box);
  });

  it('Escape closes the list, then clears the search', async () => {
    const { user, filters } = setup();
    const box = screen.getByRole('combobox', { name: 'Search touchpoints' });
    await user.type(box, 'room');
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(filters().search).toBe('room');
    await user.keyboard('{Escape}');
    expect(filters().search).toBe('');
  });
});

describe('touchpoint search', () => {
  it('is case-insensitive over every text of a card, in journey order', () => {
    const map = hotel();
    const tp = map.touchpoints.find((t) => t.id === 'tp-online-booking')!;
    expect(touchpointMatchesSearch(tp, 'ONLINE')).toBe(true);
    expect(touchpointMatchesSearch(tp, tp.frictions[0]!.text.slice(0, 8))).toBe(true);
    expect(touchpointMatchesSearch(tp, '')).toBe(true);
    expect(touchpointMatchesSearch(tp, 'zzz')).toBe(false);
    expect(searchTouchpoints(map, '   ')).toEqual([]);
    const ids = searchTouchpoints(map, 'e').map((t) => t.id);
    expect(ids[0]).toBe('tp-instagram-reel');
  });
});

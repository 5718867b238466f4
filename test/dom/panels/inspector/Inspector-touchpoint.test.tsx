/**
 * The Inspector in jsdom with one touchpoint selected: its fields, each edit one undo step,
 * refused values, frictions, opportunities, CSAT, connections, delete, pending edits and undo
 * (several touchpoints, the map and connections: Inspector-map-and-selections.test.tsx).
 */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { setup } from './inspector-fixture.tsx';

const ONE = 'tp-online-booking';

describe('Inspector: one touchpoint', () => {
  it('shows every field of the selected touchpoint', () => {
    setup([ONE]);
    const panel = screen.getByRole('complementary', { name: 'Inspector' });
    expect(within(panel).getByLabelText('Title')).toHaveProperty(
      'value',
      'Online booking and payment',
    );
    expect(within(panel).getByRole('radiogroup', { name: 'Kind' })).toBeTruthy();
    expect(within(panel).getByLabelText('Stage')).toHaveProperty('value', 'st-booking');
    expect(within(panel).getByLabelText('Department')).toHaveProperty('value', 'dep-billing');
    expect(within(panel).getByLabelText('Channel')).toHaveProperty('value', 'web');
    expect(within(panel).getByRole('radio', { name: 'Very negative (−2)' })).toHaveProperty(
      'ariaChecked',
      'true',
    );
    expect(within(panel).getByLabelText('What the customer thinks or feels')).toBeTruthy();
    expect(within(panel).getByLabelText('CSAT (1 to 5)')).toBeTruthy();
    expect(within(panel).getByRole('region', { name: 'Friction points' })).toBeTruthy();
    expect(within(panel).getByRole('region', { name: 'Opportunities' })).toBeTruthy();
    expect(within(panel).getByRole('region', { name: 'Connections' })).toBeTruthy();
  });

  it('commits the title as one undo step on blur, not per keystroke', async () => {
    const { user, steps, tp } = setup([ONE]);
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Pay for the room');
    expect(steps()).toBe(0);
    expect(tp(ONE).title).toBe('Online booking and payment');
    await user.tab();
    expect(tp(ONE).title).toBe('Pay for the room');
    expect(steps()).toBe(1);
  });

  it('commits on Enter, trims, and does nothing when unchanged', async () => {
    const { user, steps, tp } = setup([ONE]);
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, '  Booking  {Enter}');
    expect(tp(ONE).title).toBe('Booking');
    expect(steps()).toBe(1);
    await user.type(title, '{Enter}');
    await user.tab();
    expect(steps()).toBe(1);
  });

  it('refuses an empty title inline and keeps the stored one; Escape restores', async () => {
    const { user, steps, tp } = setup([ONE]);
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.tab();
    expect(screen.getByRole('alert').textContent).toContain('The title cannot be empty');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(tp(ONE).title).toBe('Online booking and payment');
    expect(steps()).toBe(0);
    await user.click(title);
    await user.keyboard('{Escape}');
    expect(title).toHaveProperty('value', 'Online booking and payment');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a title over 200 characters', async () => {
    const { steps } = setup([ONE]);
    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: 'x'.repeat(201) } });
    fireEvent.blur(title);
    expect(screen.getByRole('alert').textContent).toContain('At most 200 characters');
    expect(steps()).toBe(0);
  });

  it('clears the description when emptied (one step)', async () => {
    const { user, steps, tp } = setup([ONE]);
    const description = screen.getByLabelText('Description');
    await user.clear(description);
    await user.tab();
    expect(tp(ONE).description).toBeUndefined();
    expect(steps()).toBe(1);
  });

  it('switches the kind with the segmented control, by click and by arrow key', async () => {
    const { user, steps, tp } = setup([ONE]);
    const group = screen.getByRole('radiogroup', { name: 'Kind' });
    await user.click(within(group).getByRole('radio', { name: 'Service' }));
    expect(tp(ONE).kind).toBe('service');
    expect(steps()).toBe(1);
    expect(within(group).getByRole('radio', { name: 'Service' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    await user.keyboard('{ArrowRight}');
    expect(tp(ONE).kind).toBe('experience');
    expect(steps()).toBe(2);
    expect(document.activeElement).toBe(within(group).getByRole('radio', { name: 'Experience' }));
  });

  it('moves the card to another stage and department', async () => {
    const { user, steps, tp } = setup([ONE]);
    await user.selectOptions(screen.getByLabelText('Stage'), 'Check-out');
    expect(tp(ONE).stageId).toBe('st-checkout');
    await user.selectOptions(screen.getByLabelText('Department'), 'Sales');
    expect(tp(ONE).departmentId).toBe('dep-sales');
    expect(steps()).toBe(2);
    await user.selectOptions(screen.getByLabelText('Channel'), 'Phone');
    expect(tp(ONE).channel).toBe('phone');
  });

  it('rates the emotion with a keyboard-operable radio group of faces and "not rated"', async () => {
    const { user, steps, tp } = setup([ONE]);
    const group = screen.getByRole('radiogroup', { name: 'Emotion' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Very negative (−2)',
      'Negative (−1)',
      'Neutral (0)',
      'Positive (+1)',
      'Very positive (+2)',
      'Not rated',
    ]);
    // One Tab stop: the checked face.
    expect(radios.filter((r) => r.tabIndex === 0)).toEqual([radios[0]]);
    await user.click(within(group).getByRole('radio', { name: 'Positive (+1)' }));
    expect(tp(ONE).emotion).toBe(1);
    await user.keyboard('{ArrowRight}');
    expect(tp(ONE).emotion).toBe(2);
    await user.keyboard('{End}');
    expect(tp(ONE).emotion).toBeNull();
    expect(
      within(group).getByRole('radio', { name: 'Not rated' }).getAttribute('aria-checked'),
    ).toBe('true');
    await user.keyboard('{Home}');
    expect(tp(ONE).emotion).toBe(-2);
    expect(steps()).toBe(4);
  });

  it('edits what the customer thinks or feels in one step', async () => {
    const { user, steps, tp } = setup([ONE]);
    const note = screen.getByLabelText('What the customer thinks or feels');
    await user.clear(note);
    await user.type(note, 'Why is the fee only shown now?{Enter}');
    expect(tp(ONE).emotionNote).toBe('Why is the fee only shown now?');
    expect(steps()).toBe(1);
  });

  it('adds a friction with a severity, edits it and removes it', async () => {
    const { user, steps, tp } = setup([ONE]);
    const before = tp(ONE).frictions.length;
    const region = screen.getByRole('region', { name: 'Friction points' });
    await user.type(within(region).getByLabelText('New friction point'), 'Card declined twice');
    await user.selectOptions(
      within(region).getByLabelText('Severity of the new friction point'),
      'High',
    );
    await user.click(within(region).getByRole('button', { name: 'Add' }));
    const added = tp(ONE).frictions.at(-1)!;
    expect(tp(ONE).frictions).toHaveLength(before + 1);
    expect(added).toMatchObject({ text: 'Card declined twice', severity: 'high' });
    expect(steps()).toBe(1);
    expect(within(region).getByLabelText('New friction point')).toHaveProperty('value', '');

    const index = before + 1;
    await user.selectOptions(within(region).getByLabelText(`Severity of friction ${index}`), 'Low');
    expect(tp(ONE).frictions.at(-1)!.severity).toBe('low');
    const text = within(region).getByLabelText(`Friction ${index}`);
    await user.clear(text);
    await user.type(text, 'Card declined once{Enter}');
    expect(tp(ONE).frictions.at(-1)!.text).toBe('Card declined once');
    expect(steps()).toBe(3);

    await user.click(
      within(region).getByRole('button', { name: 'Remove friction “Card declined once”' }),
    );
    expect(tp(ONE).frictions).toHaveLength(before);
    expect(steps()).toBe(4);
  });

  it('refuses an empty friction', async () => {
    const { user, steps } = setup([ONE]);
    const region = screen.getByRole('region', { name: 'Friction points' });
    await user.click(within(region).getByRole('button', { name: 'Add' }));
    expect(within(region).getByRole('alert').textContent).toContain('Type the text first');
    expect(steps()).toBe(0);
  });

  it('adds and removes an opportunity', async () => {
    const { user, tp } = setup([ONE]);
    const region = screen.getByRole('region', { name: 'Opportunities' });
    await user.type(
      within(region).getByLabelText('New opportunity'),
      'Show the full price early{Enter}',
    );
    expect(tp(ONE).opportunities.at(-1)!.text).toBe('Show the full price early');
    await user.click(
      within(region).getByRole('button', {
        name: 'Remove opportunity “Show the full price early”',
      }),
    );
    expect(tp(ONE).opportunities.some((o) => o.text === 'Show the full price early')).toBe(false);
  });

  it('takes a CSAT from 1 to 5 with decimals, rejects a bad value and keeps the previous one', async () => {
    const id = 'tp-phone-early-checkin';
    const { user, steps, tp } = setup([id]);
    expect(tp(id).csat).toBe(2.6);
    const csat = screen.getByLabelText('CSAT (1 to 5)');
    expect(csat).toHaveProperty('value', '2.6');

    for (const bad of ['7', '0.5', 'abc', '4..5']) {
      await user.clear(csat);
      await user.type(csat, `${bad}{Enter}`);
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('CSAT is a number from 1 to 5');
      expect(alert.textContent).toContain('Kept the previous value (2.6)');
      expect(tp(id).csat).toBe(2.6);
    }
    expect(steps()).toBe(0);

    await user.clear(csat);
    await user.type(csat, '4,5{Enter}');
    expect(tp(id).csat).toBe(4.5);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.clear(csat);
    await user.tab();
    expect(tp(id).csat).toBeUndefined();
    expect(steps()).toBe(2);
  });

  it('lists the connections of the card: edit a label, delete one', async () => {
    const { user, current } = setup([ONE]);
    const region = screen.getByRole('region', { name: 'Connections' });
    const mine = current().connections.filter((c) => c.from === ONE || c.to === ONE);
    expect(mine.length).toBeGreaterThan(0);
    expect(within(region).getAllByRole('listitem')).toHaveLength(mine.length);
    const first = mine[0]!;
    const labels = within(region).getAllByLabelText(/^Label of the connection/);
    await user.clear(labels[0]!);
    await user.type(labels[0]!, 'next day{Enter}');
    expect(current().connections.find((c) => c.id === first.id)!.label).toBe('next day');
    const deletes = within(region).getAllByRole('button', { name: /^Delete the connection/ });
    await user.click(deletes[0]!);
    expect(current().connections.some((c) => c.id === first.id)).toBe(false);
  });

  it('deletes the touchpoint and clears the selection', async () => {
    const { user, view, current } = setup([ONE]);
    await user.click(screen.getByRole('button', { name: 'Delete touchpoint' }));
    expect(current().touchpoints.some((t) => t.id === ONE)).toBe(false);
    expect(view.getState().selection.touchpoints).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Map' })).toBeTruthy();
  });

  it('keeps a pending edit when the selection changes before the field loses focus', async () => {
    const { user, view, tp, steps } = setup([ONE]);
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Paid in two steps');
    act(() => view.getState().select({ touchpoints: ['tp-room'] }));
    expect(tp(ONE).title).toBe('Paid in two steps');
    expect(steps()).toBe(1);
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Room and beds');
  });

  it('drops a pending edit the rules refuse when the selection changes', async () => {
    const { user, view, tp, steps } = setup([ONE]);
    await user.clear(screen.getByLabelText('Title'));
    act(() => view.getState().select({ touchpoints: ['tp-room'] }));
    expect(tp(ONE).title).toBe('Online booking and payment');
    expect(steps()).toBe(0);
  });

  it('follows undo: the field shows the value the map has again', async () => {
    const { user, document } = setup([ONE]);
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Changed{Enter}');
    document.temporal.getState().undo();
    expect(await screen.findByDisplayValue('Online booking and payment')).toBe(title);
  });
});

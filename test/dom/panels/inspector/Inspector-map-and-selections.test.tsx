/**
 * The Inspector in jsdom with several touchpoints selected, with none (the map: title, NPS,
 * persona, counts) and with a connection selected (one touchpoint:
 * Inspector-touchpoint.test.tsx).
 */
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Inspector } from '../../../../src/app/panels/index.ts';
import { StoresProvider } from '../../../../src/app/store/context.tsx';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { hotel, setup } from './inspector-fixture.tsx';

describe('Inspector: several touchpoints', () => {
  const IDS = ['tp-online-booking', 'tp-confirmation-email', 'tp-comparison-ad'];

  it('edits the shared fields of all at once, one step each', async () => {
    const { user, steps, tp } = setup(IDS);
    expect(screen.getByRole('heading', { name: '3 touchpoints selected' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Service' }));
    expect(IDS.map((id) => tp(id).kind)).toEqual(['service', 'service', 'service']);
    expect(steps()).toBe(1);

    expect(screen.getByLabelText('Department')).toHaveProperty('value', '');
    await user.selectOptions(screen.getByLabelText('Department'), 'Customer Service');
    expect(IDS.map((id) => tp(id).departmentId)).toEqual(Array(3).fill('dep-customer-service'));
    await user.selectOptions(screen.getByLabelText('Stage'), 'Check-out');
    expect(IDS.map((id) => tp(id).stageId)).toEqual(Array(3).fill('st-checkout'));
    await user.selectOptions(screen.getByLabelText('Channel'), 'Email');
    expect(IDS.map((id) => tp(id).channel)).toEqual(Array(3).fill('email'));
    await user.click(screen.getByRole('radio', { name: 'Neutral (0)' }));
    expect(IDS.map((id) => tp(id).emotion)).toEqual([0, 0, 0]);
    expect(steps()).toBe(5);
  });

  it('shows no emotion checked when they differ', () => {
    setup(IDS);
    const group = screen.getByRole('radiogroup', { name: 'Emotion' });
    expect(
      within(group)
        .getAllByRole('radio')
        .filter((r) => r.getAttribute('aria-checked') === 'true'),
    ).toEqual([]);
  });

  it('deletes N touchpoints in one step', async () => {
    const { user, steps, current, view } = setup(IDS);
    await user.click(screen.getByRole('button', { name: 'Delete 3 touchpoints' }));
    expect(current().touchpoints.filter((t) => IDS.includes(t.id))).toEqual([]);
    expect(steps()).toBe(1);
    expect(view.getState().selection.touchpoints).toEqual([]);
  });
});

describe('Inspector: the map', () => {
  it("edits the map's title and description", async () => {
    const { user, current, steps } = setup();
    const title = screen.getByLabelText('Map title');
    await user.clear(title);
    await user.type(title, 'Family weekend in York{Enter}');
    expect(current().title).toBe('Family weekend in York');
    await user.clear(title);
    await user.tab();
    expect(screen.getByRole('alert').textContent).toContain('cannot be empty');
    expect(current().title).toBe('Family weekend in York');
    expect(steps()).toBe(1);
  });

  it('takes an NPS from -100 to 100 or empty, rejecting others', async () => {
    const { user, current } = setup();
    const nps = screen.getByLabelText('NPS (−100 to 100)');
    expect(nps).toHaveProperty('value', '12');
    await user.clear(nps);
    await user.type(nps, '12.5{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('NPS is a whole number');
    expect(current().nps).toBe(12);
    await user.clear(nps);
    await user.type(nps, '-101{Enter}');
    expect(current().nps).toBe(12);
    await user.clear(nps);
    await user.type(nps, '-40{Enter}');
    expect(current().nps).toBe(-40);
    await user.clear(nps);
    await user.tab();
    expect(current().nps).toBeNull();
  });

  it('edits the persona: name, goals, quote; and clears it', async () => {
    const { user, current } = setup();
    const persona = screen.getByRole('region', { name: 'Persona' });
    const name = within(persona).getByLabelText('Name');
    expect(name).toHaveProperty('value', 'Fiona Mackay');
    await user.clear(name);
    await user.type(name, 'Fiona{Enter}');
    expect(current().persona!.name).toBe('Fiona');

    const goals = current().persona!.goals!.length;
    await user.type(within(persona).getByLabelText('New goal'), 'Free parking{Enter}');
    expect(current().persona!.goals).toHaveLength(goals + 1);
    expect(current().persona!.goals!.at(-1)).toBe('Free parking');
    await user.click(within(persona).getByRole('button', { name: 'Remove goal “Free parking”' }));
    expect(current().persona!.goals).toHaveLength(goals);

    const quote = within(persona).getByLabelText('Quote');
    await user.clear(quote);
    await user.type(quote, 'Keep it simple.{Enter}');
    expect(current().persona!.quote).toBe('Keep it simple.');

    await user.click(within(persona).getByRole('button', { name: 'Clear persona' }));
    expect(current().persona).toBeUndefined();
    expect(within(persona).getByLabelText('Name')).toHaveProperty('value', '');
  });

  it('shows the map counts', () => {
    setup();
    const counts = screen.getByRole('region', { name: 'Map counts' });
    const text = counts.textContent ?? '';
    expect(text).toContain('Touchpoints20');
    expect(text).toContain('Service4');
    expect(text).toContain('Experience16');
    expect(text).toContain('Stages7');
  });

  it('falls back to the map when the selection names a card that no longer exists', () => {
    setup(['gone']);
    expect(screen.getByRole('heading', { name: 'Map' })).toBeTruthy();
  });
});

describe('Inspector: selected connections', () => {
  it('edits the label and deletes the connection', async () => {
    const document = createDocumentStore({ documentId: 'doc', map: hotel() });
    const view = createViewStore();
    const connection = document.getState().map.connections[0]!;
    view.getState().select({ connections: [connection.id] });
    const user = userEvent.setup();
    render(
      <StoresProvider stores={{ document, view, platform: createMemoryPlatform() }}>
        <Inspector />
      </StoresProvider>,
    );
    const label = screen.getByLabelText(/^Label of the connection/);
    expect(label).toHaveProperty('value', 'compares prices');
    await user.clear(label);
    await user.type(label, 'then{Enter}');
    expect(document.getState().map.connections[0]!.label).toBe('then');
    await user.click(screen.getByRole('button', { name: 'Delete connection' }));
    expect(document.getState().map.connections.some((c) => c.id === connection.id)).toBe(false);
  });
});

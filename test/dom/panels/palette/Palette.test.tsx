import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Palette } from '../../../../src/app/panels/index.ts';
import { StoresProvider } from '../../../../src/app/store/context.tsx';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { TEMPLATES } from '../../../../src/app/templates.ts';
import { CATALOGUE, CATALOGUE_MIME } from '../../../../src/core/catalogue.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';

const template = (key: string): JourneyMap => TEMPLATES.find((t) => t.key === key)!.map;

function setup(map: JourneyMap, selected: string[] = []) {
  const document = createDocumentStore({ documentId: 'doc', map });
  const view = createViewStore();
  view.getState().select({ touchpoints: selected });
  const user = userEvent.setup();
  render(
    <StoresProvider stores={{ document, view, platform: createMemoryPlatform() }}>
      <Palette />
    </StoresProvider>,
  );
  const current = () => document.getState().map;
  const steps = () => document.temporal.getState().pastStates.length;
  return { document, view, user, current, steps };
}

describe('Palette', () => {
  it('lists the whole catalogue in four groups, each item with its kind as icon and word', () => {
    setup(template('blank'));
    const palette = screen.getByRole('complementary', { name: 'Touchpoint palette' });
    for (const group of ['Before purchase', 'Purchase', 'After purchase', 'Support']) {
      expect(within(palette).getByRole('region', { name: group })).toBeTruthy();
    }
    const items = within(palette).getAllByRole('button');
    expect(items).toHaveLength(CATALOGUE.length);
    const phone = within(palette).getByRole('button', { name: 'Add Phone support, service' });
    expect(phone.textContent).toContain('Service');
    expect(phone.querySelector('svg')).toBeTruthy();
    const social = within(palette).getByRole('button', { name: 'Add Social media, experience' });
    expect(social.textContent).toContain('Experience');
    expect(
      within(palette.querySelector('[aria-label="Support"]') as HTMLElement).getAllByRole('button'),
    ).toHaveLength(5);
  });

  it('adds an item by click into the stage and department it names, then selects and renames it', async () => {
    const { user, current, view, steps } = setup(template('blank'));
    await user.click(screen.getByRole('button', { name: 'Add Phone support, service' }));
    const added = current().touchpoints.at(-1)!;
    expect(added).toMatchObject({
      title: 'Phone support',
      kind: 'service',
      channel: 'phone',
      stageId: 'st-support',
      departmentId: 'dep-customer-service',
    });
    expect(added.description).toContain('support line');
    expect(steps()).toBe(1);
    expect(view.getState().selection.touchpoints).toEqual([added.id]);
    expect(view.getState().renamingId).toBe(added.id);
    expect(view.getState().reveal?.touchpointId).toBe(added.id);
  });

  it("falls back to the selected card's cell, then the first one", async () => {
    const { user, current } = setup(template('hotel-stay'), ['tp-room']);
    // No "Support" stage in this map: the selected card's stage; Customer Service matches.
    await user.click(screen.getByRole('button', { name: 'Add Phone support, service' }));
    expect(current().touchpoints.at(-1)).toMatchObject({
      stageId: 'st-stay',
      departmentId: 'dep-customer-service',
    });
  });

  it('adds with Enter from the keyboard', async () => {
    const { user, current } = setup(template('blank'));
    screen.getByRole('button', { name: 'Add Packaging, experience' }).focus();
    await user.keyboard('{Enter}');
    expect(current().touchpoints.at(-1)).toMatchObject({
      title: 'Packaging',
      stageId: 'st-onboarding',
      departmentId: 'dep-operations',
    });
  });

  it('stacks a second card below the first in the same cell', async () => {
    const { user, current } = setup(template('blank'));
    const button = screen.getByRole('button', { name: 'Add Online ad, experience' });
    await user.click(button);
    await user.click(button);
    const [a, b] = current().touchpoints;
    expect(a!.stageId).toBe(b!.stageId);
    expect(b!.position.y).toBeGreaterThan(a!.position.y);
  });

  it('searches the catalogue', async () => {
    const { user } = setup(template('blank'));
    await user.type(screen.getByLabelText('Search the touchpoint catalogue'), 'chat');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Add Chat or chatbot, service',
    ]);
    expect(screen.getByText('1 match')).toBeTruthy();
    await user.clear(screen.getByLabelText('Search the touchpoint catalogue'));
    await user.type(screen.getByLabelText('Search the touchpoint catalogue'), 'qqq');
    expect(screen.getByText(/No touchpoint in the catalogue matches “qqq”/)).toBeTruthy();
  });

  it('puts the item on the drag data for the canvas', () => {
    setup(template('blank'));
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      effectAllowed: 'none',
    };
    const button = screen.getByRole('button', { name: 'Add Feedback survey, experience' });
    expect(button.getAttribute('draggable')).toBe('true');
    fireEvent.dragStart(button, { dataTransfer });
    expect(JSON.parse(data.get(CATALOGUE_MIME)!)).toEqual({
      title: 'Feedback survey',
      kind: 'experience',
      channel: 'email',
      description: CATALOGUE.find((i) => i.key === 'feedback-survey')!.description,
    });
    expect(data.get('text/plain')).toBe('Feedback survey');
    expect(dataTransfer.effectAllowed).toBe('copy');
  });
});

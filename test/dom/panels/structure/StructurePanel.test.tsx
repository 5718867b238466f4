import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StructurePanel } from '../../../../src/app/panels/index.ts';
import { StoresProvider } from '../../../../src/app/store/context.tsx';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { TEMPLATES } from '../../../../src/app/templates.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';

const template = (key: string): JourneyMap => TEMPLATES.find((t) => t.key === key)!.map;

function setup(map: JourneyMap = template('hotel-stay')) {
  const document = createDocumentStore({ documentId: 'doc', map });
  const view = createViewStore();
  const user = userEvent.setup();
  render(
    <StoresProvider stores={{ document, view, platform: createMemoryPlatform() }}>
      <StructurePanel />
    </StoresProvider>,
  );
  const current = () => document.getState().map;
  const steps = () => document.temporal.getState().pastStates.length;
  const stages = () => within(screen.getByRole('list', { name: /^Stages/ }));
  const departments = () => within(screen.getByRole('list', { name: /^Departments/ }));
  return { document, user, current, steps, stages, departments };
}

const stageNames = (map: JourneyMap) => map.stages.map((s) => s.name);

describe('StructurePanel: stages', () => {
  it('lists the stages in order with their touchpoint counts', () => {
    const { stages } = setup();
    const items = stages().getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(within(items[2]!).getByLabelText('Name of stage 3')).toHaveProperty('value', 'Booking');
    expect(items[2]!.textContent).toContain('2 touchpoints');
  });

  it('renames inline, as one step', async () => {
    const { user, stages, current, steps } = setup();
    const name = stages().getByLabelText('Name of stage 3');
    await user.clear(name);
    await user.type(name, 'Book the room{Enter}');
    expect(current().stages[2]!.name).toBe('Book the room');
    expect(steps()).toBe(1);
    await user.clear(name);
    await user.tab();
    expect(screen.getByRole('alert').textContent).toContain('A name cannot be empty');
    expect(current().stages[2]!.name).toBe('Book the room');
  });

  it('reorders with the move buttons, disabled at the ends', async () => {
    const { user, stages, current, steps } = setup();
    expect(stages().getByRole('button', { name: 'Move Inspiration up' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(stages().getByRole('button', { name: 'Move After the stay down' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(stages().getByRole('button', { name: 'Move Booking up' }));
    expect(stageNames(current()).slice(0, 3)).toEqual([
      'Inspiration',
      'Booking',
      'Search and compare',
    ]);
    await user.click(stages().getByRole('button', { name: 'Move Inspiration down' }));
    expect(stageNames(current()).slice(0, 3)).toEqual([
      'Booking',
      'Inspiration',
      'Search and compare',
    ]);
    expect(steps()).toBe(2);
  });

  it('reorders by dragging a row onto another', () => {
    const { stages, current, steps } = setup();
    const items = stages().getAllByRole('listitem');
    const handle = items[0]!.querySelector('.pn-drag-handle')!;
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    fireEvent.dragStart(handle, { dataTransfer });
    fireEvent.dragOver(items[3]!, { dataTransfer });
    expect(items[3]!.className).toContain('pn-drop-after');
    fireEvent.drop(items[3]!, { dataTransfer });
    expect(stageNames(current())).toEqual([
      'Search and compare',
      'Booking',
      'Pre-arrival and check-in',
      'Inspiration',
      'The stay',
      'Check-out',
      'After the stay',
    ]);
    expect(steps()).toBe(1);
  });

  it('ignores a department dragged onto the stage list', () => {
    const { stages, departments, current } = setup();
    const handle = departments().getAllByRole('listitem')[0]!.querySelector('.pn-drag-handle')!;
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
    };
    fireEvent.dragStart(handle, { dataTransfer });
    fireEvent.drop(stages().getAllByRole('listitem')[3]!, { dataTransfer });
    expect(stageNames(current())[0]).toBe('Inspiration');
  });

  it('adds a stage at the end', async () => {
    const { user, current } = setup();
    await user.type(screen.getByLabelText('New stage name'), 'Rebooking{Enter}');
    expect(stageNames(current()).at(-1)).toBe('Rebooking');
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(
      within(screen.getByRole('region', { name: /^Stages/ })).getByRole('alert').textContent,
    ).toContain('Type the text first');
  });

  it('deletes an empty stage without asking', async () => {
    const { user, current, stages } = setup();
    await user.type(screen.getByLabelText('New stage name'), 'Empty{Enter}');
    await user.click(stages().getByRole('button', { name: 'Delete stage Empty' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stageNames(current())).not.toContain('Empty');
  });

  it('asks before deleting a stage with touchpoints, saying how many; Cancel keeps it', async () => {
    const { user, current, stages, steps } = setup();
    const button = stages().getByRole('button', { name: 'Delete stage Booking' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', {
      name: 'Delete stage “Booking” and its 2 touchpoints?',
    });
    expect(dialog.textContent).toContain('You can undo this');
    // Focus starts on Cancel, the safe choice.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stageNames(current())).toContain('Booking');
    expect(steps()).toBe(0);
    expect(document.activeElement).toBe(button);
  });

  it('deletes the stage and its touchpoints on confirm, as one step', async () => {
    const { user, current, stages, steps } = setup();
    await user.click(stages().getByRole('button', { name: 'Delete stage Booking' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete stage and touchpoints' }));
    expect(stageNames(current())).not.toContain('Booking');
    expect(current().touchpoints.some((t) => t.stageId === 'st-booking')).toBe(false);
    expect(current().touchpoints).toHaveLength(18);
    expect(steps()).toBe(1);
  });

  it('offers to move the touchpoints to another stage instead', async () => {
    const { user, current, stages } = setup();
    await user.click(stages().getByRole('button', { name: 'Delete stage Booking' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(
      within(dialog).getByLabelText('Stage to move the touchpoints to'),
      'Check-out',
    );
    expect(within(dialog).getByRole('radio', { name: 'Move them to the stage' })).toHaveProperty(
      'checked',
      true,
    );
    expect(dialog.textContent).toContain('2 touchpoints will move to “Check-out”');
    await user.click(within(dialog).getByRole('button', { name: 'Move and delete stage' }));
    expect(stageNames(current())).not.toContain('Booking');
    expect(current().touchpoints).toHaveLength(20);
    expect(
      current()
        .touchpoints.filter((t) => ['tp-online-booking', 'tp-confirmation-email'].includes(t.id))
        .map((t) => t.stageId),
    ).toEqual(['st-checkout', 'st-checkout']);
  });

  it('cancels the dialog with Escape and keeps focus inside it with Tab', async () => {
    const { user, current, stages } = setup();
    await user.click(stages().getByRole('button', { name: 'Delete stage Booking' }));
    const dialog = screen.getByRole('dialog');
    const focusables = [...dialog.querySelectorAll<HTMLElement>('input, select, button')].filter(
      (element) => !element.hasAttribute('disabled'),
    );
    for (let i = 0; i < focusables.length + 1; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stageNames(current())).toContain('Booking');
  });

  it('disables deleting the last stage and says why', async () => {
    const map = template('hotel-stay');
    const { user, current, stages } = setup({
      ...map,
      stages: map.stages.slice(0, 2),
      touchpoints: map.touchpoints.filter((t) =>
        ['st-awareness', 'st-consideration'].includes(t.stageId),
      ),
      connections: [],
    });
    await user.click(stages().getByRole('button', { name: 'Delete stage Search and compare' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Delete stage and touchpoints',
      }),
    );
    expect(current().stages).toHaveLength(1);
    const last = stages().getByRole('button', { name: 'Delete stage Inspiration' });
    expect(last).toHaveProperty('disabled', true);
    expect(last.getAttribute('title')).toBe('A map needs at least one stage');
    expect(
      screen.getByText(/A map needs at least one stage, so the last one cannot be deleted/),
    ).toBeTruthy();
  });
});

describe('StructurePanel: departments', () => {
  it('renames, reorders and adds departments', async () => {
    const { user, departments, current } = setup();
    const name = departments().getByLabelText('Name of department 7');
    await user.clear(name);
    await user.type(name, 'Rooms{Enter}');
    expect(current().departments[6]!.name).toBe('Rooms');
    await user.click(departments().getByRole('button', { name: 'Move Rooms up' }));
    expect(current().departments[5]!.name).toBe('Rooms');
    await user.type(screen.getByLabelText('New department name'), 'Kitchen{Enter}');
    expect(current().departments.at(-1)!.name).toBe('Kitchen');
    expect(current().departments.at(-1)!.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('recolours from the swatches and from the colour input, one step each', async () => {
    const { user, departments, current, steps } = setup();
    const chip = departments().getByRole('button', { name: 'Colour of Marketing: #d9734e' });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    await user.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    const picker = screen.getByRole('group', { name: 'Colours for Marketing' });
    expect(
      within(picker).getByRole('button', { name: 'Use #d9734e' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await user.click(within(picker).getByRole('button', { name: 'Use #4e79a7' }));
    expect(current().departments[0]!.color).toBe('#4e79a7');
    expect(steps()).toBe(1);
    const custom = within(picker).getByLabelText('Custom colour');
    fireEvent.input(custom, { target: { value: '#123456' } });
    expect(steps()).toBe(1);
    fireEvent.change(custom, { target: { value: '#123456' } });
    expect(current().departments[0]!.color).toBe('#123456');
    expect(steps()).toBe(2);
  });

  it('asks before deleting a department with touchpoints and can hand them over', async () => {
    const { user, departments, current } = setup();
    await user.click(departments().getByRole('button', { name: 'Delete department Housekeeping' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Delete department “Housekeeping” and its 2 touchpoints?',
    });
    await user.click(
      within(dialog).getByRole('radio', { name: 'Hand them over to the department' }),
    );
    await user.selectOptions(
      within(dialog).getByLabelText('Department to move the touchpoints to'),
      'Operations',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Move and delete department' }));
    expect(current().departments.map((d) => d.name)).not.toContain('Housekeeping');
    expect(current().touchpoints).toHaveLength(20);
    expect(current().touchpoints.find((t) => t.id === 'tp-room')!.departmentId).toBe(
      'dep-operations',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PresentView } from '../../../src/app/present/PresentView.tsx';
import { usePresentation } from '../../../src/app/present/usePresentation.ts';
import { presentAction, stepSlide } from '../../../src/app/present/present-keys.ts';
import { runCommand } from '../../../src/app/editor/commands.ts';
import { useKeyboardCommands } from '../../../src/app/editor/useKeyboardCommands.ts';
import { commandForKey, shortcutText } from '../../../src/app/editor/keymap.ts';
import { StoresProvider } from '../../../src/app/store/context.tsx';
import { createDocumentStore } from '../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../src/app/store/view-store.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { TEMPLATES } from '../../../src/app/templates.ts';
import type { JourneyMap } from '../../../src/core/model.ts';

const hotel = (): JourneyMap => TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;

/** The editor's part in it: the present command, the app's keyboard, the view when presenting. */
function Host() {
  useKeyboardCommands();
  const { presenting, stop } = usePresentation();
  return presenting ? <PresentView onClose={stop} /> : <p>Editor</p>;
}

function setup(map: JourneyMap = hotel()) {
  const document = createDocumentStore({ documentId: 'doc', map });
  render(
    <StoresProvider
      stores={{ document, view: createViewStore(), platform: createMemoryPlatform() }}
    >
      <Host />
    </StoresProvider>,
  );
  return { user: userEvent.setup() };
}

const dialog = () => document.querySelector<HTMLDialogElement>('dialog.tm-present');
const counter = () => dialog()!.querySelector('.tm-present-counter')!.textContent;
const heading = () => within(dialog()!).getAllByRole('heading', { level: 2 })[0]!.textContent;
const press = (key: string, extra: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(dialog()!, { key, ...extra });

describe('presentation mode', () => {
  it('opens with F5, steps with the keys and leaves with Esc', () => {
    setup();
    expect(dialog()).toBeNull();
    fireEvent.keyDown(document.body, { key: 'F5' });
    expect(dialog()).not.toBeNull();
    expect(dialog()!.open).toBe(true);
    const total = Number(counter()!.split('/')[1]);
    expect(counter()).toBe(`1 / ${total}`);
    expect(heading()).toBe(hotel().title);

    press('ArrowRight');
    expect(counter()).toBe(`2 / ${total}`);
    expect(heading()).toBe('Persona: Fiona Mackay');
    press('PageDown');
    expect(heading()).toBe('Inspiration');
    expect(dialog()!.querySelector('.tm-present-curve')).not.toBeNull();
    press(' ');
    expect(heading()).toBe('Search and compare');
    press(' ', { shiftKey: true });
    press('PageUp');
    press('ArrowLeft');
    expect(counter()).toBe(`1 / ${total}`);
    press('ArrowLeft');
    expect(counter()).toBe(`1 / ${total}`);
    press('End');
    expect(counter()).toBe(`${total} / ${total}`);
    expect(heading()).toMatch(/^Top frictions/);
    press('ArrowRight');
    expect(counter()).toBe(`${total} / ${total}`);
    press('Home');
    expect(counter()).toBe(`1 / ${total}`);

    press('Escape');
    expect(dialog()).toBeNull();
    expect(screen.getByText('Editor')).toBeTruthy();
  });

  it('shows a stage’s touchpoints as cards with kind, emotion and frictions', () => {
    setup();
    act(() => void runCommand('present'));
    press('End');
    // Back from the summaries to the last stage, "After the stay".
    while (!heading()!.startsWith('After the stay')) press('ArrowLeft');
    const cards = dialog()!.querySelectorAll('.tm-present-card');
    const stay = hotel().stages.find((s) => s.name === 'After the stay')!;
    expect(cards).toHaveLength(hotel().touchpoints.filter((t) => t.stageId === stay.id).length);
    const text = dialog()!.textContent!;
    expect(text).toMatch(/Experience|Service/);
    expect(text).toMatch(/positive|negative|Neutral|Not rated/);
  });

  it('presents a chosen range of stages together', async () => {
    const { user } = setup();
    act(() => void runCommand('present'));
    press('s');
    const form = dialog()!.querySelector('form')!;
    await user.selectOptions(within(form).getByLabelText('From'), '1');
    await user.selectOptions(within(form).getByLabelText('To'), '3');
    expect(within(form).getByRole('heading').textContent).toBe('Present stages 2–4');
    await user.click(within(form).getByLabelText('All on one slide'));
    await user.click(within(form).getByRole('button', { name: 'Present' }));
    expect(dialog()!.querySelector('form')).toBeNull();
    expect(counter()!.startsWith('1 / ')).toBe(true);
    press('ArrowRight');
    press('ArrowRight');
    expect(heading()).toMatch(/^Search and compare – Pre-arrival and check-in( \(1\/\d\))?$/);
    expect(dialog()!.querySelector('.tm-present-stages')!.textContent).toBe('Stages 2–4…');
  });

  it('says so when a map has nothing to present', () => {
    setup({ ...hotel(), stages: [], departments: [], touchpoints: [], persona: undefined });
    act(() => void runCommand('present'));
    expect(counter()).toBe('1 / 3');
    press('ArrowRight');
    expect(dialog()!.textContent).toContain('No low moments');
    press('ArrowRight');
    expect(dialog()!.textContent).toContain('No frictions recorded');
    expect(dialog()!.querySelector('.tm-present-stages')).toBeNull();
  });
});

describe('presentation keys', () => {
  it('maps the keys a presenter uses, and leaves others alone', () => {
    const key = (k: string, extra: { shiftKey?: boolean; ctrlKey?: boolean } = {}) =>
      presentAction({
        key: k,
        shiftKey: false,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        ...extra,
      });
    expect(key('ArrowRight')).toBe('next');
    expect(key('PageDown')).toBe('next');
    expect(key(' ')).toBe('next');
    expect(key(' ', { shiftKey: true })).toBe('previous');
    expect(key('PageUp')).toBe('previous');
    expect(key('Home')).toBe('first');
    expect(key('End')).toBe('last');
    expect(key('Escape')).toBe('leave');
    expect(key('F5')).toBe('ignore');
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('x')).toBeNull();
    expect(stepSlide(0, 5, 'previous')).toBe(0);
    expect(stepSlide(4, 5, 'next')).toBe(4);
    expect(stepSlide(2, 5, 'last')).toBe(4);
    expect(stepSlide(3, 0, 'next')).toBe(0);
  });

  it('binds F5 to present in the editor, but not while typing', () => {
    const f5 = { key: 'F5', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(commandForKey(f5, 'map', false)).toBe('present');
    expect(commandForKey(f5, 'control', false)).toBe('present');
    expect(commandForKey(f5, 'text', false)).toBeNull();
    expect(shortcutText('present', false)).toBe('F5');
  });
});

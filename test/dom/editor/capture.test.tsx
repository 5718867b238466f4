/**
 * Capture from the keyboard against real stores and components: the cell cursor, adding a
 * card in its cell, kind and emotion keys, F for a friction, the command palette, the
 * complete shortcut sheet and the emotion picker's key hints.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from '../../../src/core/parse.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { EMOTION_LIST, KIND_LIST, UNRATED_KEY } from '../../../src/core/vocabulary.ts';
import { createDocumentStore } from '../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../src/app/store/view-store.ts';
import { EditorUiProvider, createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';
import type { EditContext } from '../../../src/app/editor/edit-actions.ts';
import {
  addCardAtCursor,
  cursorFollowsSelection,
  setSelectedCards,
  stepCursor,
} from '../../../src/app/editor/capture-actions.ts';
import { focusNewFriction } from '../../../src/app/editor/friction-focus.ts';
import { BOUND_COMMANDS, IS_MAC, shortcutText } from '../../../src/app/editor/keymap.ts';
import { SHORTCUT_GROUPS } from '../../../src/app/editor/ShortcutsHelp.tsx';
import { openShortcutSheet } from './shortcut-sheet.tsx';
import { CommandPalette } from '../../../src/app/editor/CommandPalette.tsx';
import { commandLabel, filterCommands } from '../../../src/app/editor/command-labels.ts';
import { registerCommands } from '../../../src/app/editor/commands.ts';
import { EmotionPicker } from '../../../src/app/panels/shared/EmotionPicker.tsx';
import { Palette } from '../../../src/app/panels/index.ts';
import { StoresProvider } from '../../../src/app/store/context.tsx';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';

function context(): EditContext {
  const result = parse(readFileSync('test/fixtures/e2e/small.touchmap', 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return {
    document: createDocumentStore({ documentId: 'd', map: result.map }),
    view: createViewStore(),
    ui: createEditorUiStore(),
  };
}

const map = (ctx: EditContext): JourneyMap => ctx.document.getState().map;
const card = (ctx: EditContext, id: string) => map(ctx).touchpoints.find((tp) => tp.id === id)!;
const history = (ctx: EditContext) => ctx.document.temporal.getState().pastStates.length;
const cell = (stageId: string, departmentId: string) => ({ stageId, departmentId });

describe('cell cursor commands', () => {
  it('moves the cursor and selects the first card of each cell, none in an empty one', () => {
    const ctx = context();
    stepCursor(ctx, 1, 0);
    // The first press shows the cursor on the first cell.
    expect(ctx.view.getState().cursor).toEqual({ ...cell('st-book', 'dep-front'), reveal: true });
    expect(ctx.view.getState().selection.touchpoints).toEqual(['tp-call']);
    stepCursor(ctx, 0, 1);
    expect(ctx.view.getState().selection.touchpoints).toEqual(['tp-web']);
    stepCursor(ctx, 0, 1);
    expect(ctx.view.getState().cursor).toMatchObject(cell('st-book', 'dep-billing'));
    expect(ctx.view.getState().selection.touchpoints).toEqual([]);
    stepCursor(ctx, 5, 5);
    expect(ctx.view.getState().cursor).toMatchObject(cell('st-repair', 'dep-billing'));
    expect(history(ctx)).toBe(0);
  });

  it('follows the selection to the selected card’s cell', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-pay'] });
    cursorFollowsSelection(ctx);
    // Following a click or Tab never scrolls the map: only the keyboard's moves do.
    expect(ctx.view.getState().cursor).toEqual(cell('st-repair', 'dep-billing'));
  });

  it('adds a card in the cursor’s cell below its cards, selected and being renamed, in one step', () => {
    const ctx = context();
    ctx.view.getState().setCursor(cell('st-repair', 'dep-workshop'));
    const id = addCardAtCursor(ctx)!;
    const added = card(ctx, id);
    expect(added).toMatchObject({ stageId: 'st-repair', departmentId: 'dep-workshop' });
    expect(added.position.y).toBeGreaterThan(card(ctx, 'tp-fix').position.y);
    expect(ctx.view.getState().selection.touchpoints).toEqual([id]);
    expect(ctx.view.getState().renamingId).toBe(id);
    expect(history(ctx)).toBe(1);
    // No cursor yet: the first cell.
    const other = context();
    expect(card(other, addCardAtCursor(other)!)).toMatchObject(cell('st-book', 'dep-front'));
  });

  it('sets the kind and the emotion of the selected cards, one undo step each, none when unchanged', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-web', 'tp-fix'] });
    expect(setSelectedCards(ctx, { kind: 'service' })).toBe(true);
    expect([card(ctx, 'tp-web').kind, card(ctx, 'tp-fix').kind]).toEqual(['service', 'service']);
    expect(history(ctx)).toBe(1);
    setSelectedCards(ctx, { kind: 'service' });
    expect(history(ctx)).toBe(1);
    setSelectedCards(ctx, { emotion: -2 });
    expect([card(ctx, 'tp-web').emotion, card(ctx, 'tp-fix').emotion]).toEqual([-2, -2]);
    setSelectedCards(ctx, { emotion: null });
    expect(card(ctx, 'tp-web').emotion).toBeNull();
    expect(history(ctx)).toBe(3);
    ctx.document.temporal.getState().undo();
    expect(card(ctx, 'tp-web').emotion).toBe(-2);
    expect(ctx.ui.getState().status?.text).toMatch(/^Not rated: 2 touchpoints/);
  });

  it('says what to do when nothing is selected', () => {
    const ctx = context();
    expect(setSelectedCards(ctx, { kind: 'service' })).toBe(false);
    expect(ctx.ui.getState().status?.text).toMatch(/Select a touchpoint first/);
    expect(history(ctx)).toBe(0);
  });
});

describe('F: a friction for the selected card', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens the inspector, focuses its new-friction field, and gives the keyboard back after Enter', async () => {
    const ctx = context();
    ctx.view.getState().togglePanel('inspector', false);
    document.body.innerHTML = `<div class="tm-canvas" tabindex="0"></div>
      <input type="text" aria-label="New friction point">`;
    ctx.view.getState().select({ touchpoints: ['tp-call'] });
    expect(focusNewFriction(ctx)).toBe(true);
    expect(ctx.view.getState().panels.inspector).toBe(true);
    const input = document.querySelector('input')!;
    expect(document.activeElement).toBe(input);
    // The field's own Enter handler empties it once the friction is added.
    input.value = '';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(document.activeElement).toBe(document.querySelector('.tm-canvas'));
  });

  it('needs exactly one selected card', () => {
    const ctx = context();
    expect(focusNewFriction(ctx)).toBe(false);
    expect(ctx.ui.getState().status?.text).toMatch(/Select one touchpoint/);
  });
});

describe('shortcut sheet', () => {
  it('lists every command that has a key, and the search key', () => {
    const listed = new Set(
      SHORTCUT_GROUPS.flatMap((group) => group.rows.flatMap((row) => row.keys)).filter(
        (key) => typeof key === 'string',
      ),
    );
    for (const command of BOUND_COMMANDS) expect(listed.has(command), command).toBe(true);
  });

  it('shows the capture keys from the vocabulary, Ctrl+F, Ctrl+Shift+E and Ctrl+K as badges', () => {
    const sheet = openShortcutSheet();
    const badges = [...sheet.querySelectorAll('kbd')].map((kbd) => kbd.textContent);
    const mod = IS_MAC ? '⌘' : 'Ctrl+';
    for (const text of [`${mod}F`, shortcutText('exportPdf', IS_MAC), `${mod}K`, 'N', 'F']) {
      expect(badges, text).toContain(text);
    }
    for (const term of [...KIND_LIST, ...EMOTION_LIST]) {
      expect(badges).toContain(term.key.toUpperCase());
    }
    expect(badges).toContain(UNRATED_KEY);
    expect(within(sheet).getByText('Add a touchpoint in the cursor’s cell')).toBeTruthy();
  });
});

describe('command palette', () => {
  it('names every command, capture ones in the vocabulary’s words', () => {
    expect(commandLabel('setKindService')).toBe('Kind: Service');
    expect(commandLabel('setEmotionNegative')).toBe('Emotion: Negative (\u22121)');
    expect(commandLabel('clearEmotion')).toBe('Emotion: Not rated');
    const list = [
      { name: 'undo' as const, label: 'Undo', shortcut: 'Ctrl+Z' },
      { name: 'zoomIn' as const, label: 'Zoom in', shortcut: 'Ctrl++' },
    ];
    expect(filterCommands(list, 'zoo').map((c) => c.name)).toEqual(['zoomIn']);
    expect(filterCommands(list, 'ctrl+z').map((c) => c.name)).toEqual(['undo']);
    expect(filterCommands(list, '  ')).toHaveLength(2);
  });

  it('filters as you type, moves with the arrows and runs the chosen command with Enter', async () => {
    const ran: string[] = [];
    const off = registerCommands({
      undo: () => void ran.push('undo'),
      zoomIn: () => void ran.push('zoomIn'),
      zoomOut: () => void ran.push('zoomOut'),
    });
    const ui = createEditorUiStore();
    ui.getState().showCommandPalette(true);
    const user = userEvent.setup();
    render(
      <EditorUiProvider store={ui}>
        <CommandPalette />
      </EditorUiProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Commands' });
    const field = within(dialog).getByRole('combobox', { name: 'Command' });
    expect(document.activeElement).toBe(field);
    const options = () => within(dialog).getAllByRole('option');
    expect(options().map((o) => o.getAttribute('data-command'))).toEqual([
      'undo',
      'zoomIn',
      'zoomOut',
    ]);
    expect(options()[0]!.textContent).toContain(shortcutText('undo', IS_MAC));
    await user.type(field, 'zoom');
    expect(options()).toHaveLength(2);
    expect(field.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    await user.keyboard('{ArrowDown}');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(field.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await user.keyboard('{Enter}');
    expect(ui.getState().commandPaletteOpen).toBe(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(ran).toEqual(['zoomOut']);
    off();
  });
});

describe('emotion picker', () => {
  it('shows each level’s key', () => {
    render(<EmotionPicker value={null} onChange={() => {}} />);
    const group = screen.getByRole('radiogroup', { name: 'Emotion' });
    for (const term of EMOTION_LIST) {
      const option = within(group).getByRole('radio', { name: `${term.word} (${term.score})` });
      expect(option.querySelector('kbd')?.textContent).toBe(term.key);
      expect(option.getAttribute('title')).toContain(`key ${term.key}`);
    }
    const none = within(group).getByRole('radio', { name: 'Not rated' });
    expect(none.querySelector('kbd')?.textContent).toBe(UNRATED_KEY);
  });
});

describe('palette and the cell cursor', () => {
  it('adds a clicked item in the cursor’s cell, below its cards, whatever cell the item names', async () => {
    const ctx = context();
    ctx.view.getState().setCursor(cell('st-repair', 'dep-workshop'));
    const user = userEvent.setup();
    render(
      <StoresProvider
        stores={{ document: ctx.document, view: ctx.view, platform: createMemoryPlatform() }}
      >
        <Palette />
      </StoresProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Add Phone support, service' }));
    const added = map(ctx).touchpoints.at(-1)!;
    expect(added).toMatchObject({ title: 'Phone support', ...cell('st-repair', 'dep-workshop') });
    expect(added.position.y).toBeGreaterThan(card(ctx, 'tp-fix').position.y);
    expect(history(ctx)).toBe(1);
    // A cursor on a stage that is gone no longer counts: the item's own cell rules again.
    ctx.view.getState().setCursor(cell('st-gone', 'dep-workshop'));
    await user.click(screen.getByRole('button', { name: 'Add Phone support, service' }));
    expect(map(ctx).touchpoints.at(-1)!.stageId).not.toBe('st-gone');
  });
});

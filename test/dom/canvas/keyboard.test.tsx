/** Keyboard shortcuts: which key runs which command, and where focus lets it. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  commandForKey,
  findBinding,
  shortcutText,
  withShortcut,
  type FocusPlace,
  type KeyLike,
} from '../../../src/app/editor/keymap.ts';
import { focusPlace, modalOpen } from '../../../src/app/editor/focus-place.ts';
import { COMMAND_NAMES } from '../../../src/app/editor/command-names.ts';
import { handleKeyDown } from '../../../src/app/editor/useKeyboardCommands.ts';
import { hasCommand, registerCommands, runCommand } from '../../../src/app/editor/commands.ts';

function key(k: string, mods: Partial<KeyLike> = {}): KeyLike {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

const PC = false;
const MAC = true;

describe('keymap', () => {
  it('maps Ctrl on a PC and Cmd on a Mac to the same commands', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), 'map', PC)).toBe('undo');
    expect(commandForKey(key('z', { metaKey: true }), 'map', MAC)).toBe('undo');
    expect(commandForKey(key('z', { metaKey: true }), 'map', PC)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }), 'map', MAC)).toBeNull();
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), 'map', PC)).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }), 'map', PC)).toBe('redo');
    expect(commandForKey(key('a', { ctrlKey: true }), 'map', PC)).toBe('selectAll');
    expect(commandForKey(key('d', { ctrlKey: true }), 'map', PC)).toBe('duplicate');
    expect(commandForKey(key('c', { ctrlKey: true }), 'map', PC)).toBe('copy');
    expect(commandForKey(key('v', { ctrlKey: true }), 'map', PC)).toBe('paste');
  });

  it('knows the map keys: delete, rename, escape, arrows, Alt+arrows, Tab', () => {
    expect(commandForKey(key('Delete'), 'map', PC)).toBe('delete');
    expect(commandForKey(key('Backspace'), 'map', PC)).toBe('delete');
    expect(commandForKey(key('F2'), 'map', PC)).toBe('rename');
    expect(commandForKey(key('Enter'), 'map', PC)).toBe('addTouchpoint');
    expect(commandForKey(key('Escape'), 'map', PC)).toBe('escape');
    // Arrows move the cell cursor; Alt+arrows nudge the selected cards, with Shift further.
    expect(commandForKey(key('ArrowLeft'), 'map', PC)).toBe('cursorLeft');
    expect(commandForKey(key('ArrowDown'), 'map', PC)).toBe('cursorDown');
    expect(commandForKey(key('ArrowLeft', { altKey: true }), 'map', PC)).toBe('nudgeLeft');
    expect(commandForKey(key('ArrowUp', { altKey: true }), 'map', MAC)).toBe('nudgeUp');
    expect(commandForKey(key('ArrowDown', { altKey: true, shiftKey: true }), 'map', PC)).toBe(
      'nudgeDownFar',
    );
    expect(commandForKey(key('ArrowDown', { shiftKey: true }), 'map', PC)).toBeNull();
    expect(commandForKey(key('Tab'), 'map', PC)).toBe('nextCard');
    expect(commandForKey(key('Tab', { shiftKey: true }), 'map', PC)).toBe('previousCard');
    expect(commandForKey(key('?', { shiftKey: true }), 'map', PC)).toBe('showShortcuts');
  });

  it('matches Alt+digit and Shift+1 by the key’s place, whatever character it types', () => {
    expect(commandForKey({ ...key('¡', { altKey: true }), code: 'Digit1' }, 'map', MAC)).toBe(
      'togglePalette',
    );
    expect(commandForKey({ ...key('2', { altKey: true }), code: 'Digit2' }, 'map', PC)).toBe(
      'toggleInspector',
    );
    expect(commandForKey({ ...key('!', { shiftKey: true }), code: 'Digit1' }, 'map', PC)).toBe(
      'zoomFit',
    );
    expect(commandForKey({ ...key('µ', { altKey: true }), code: 'KeyM' }, 'map', MAC)).toBe(
      'toggleMinimap',
    );
  });

  it('leaves text fields their keys, except file commands', () => {
    const inText: FocusPlace = 'text';
    for (const k of ['Delete', 'Backspace', 'Enter', 'ArrowLeft', 'Tab', 'Escape']) {
      expect(commandForKey(key(k), inText, PC)).toBeNull();
    }
    expect(commandForKey(key('z', { ctrlKey: true }), inText, PC)).toBeNull();
    expect(commandForKey(key('a', { ctrlKey: true }), inText, PC)).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true }), inText, PC)).toBe('save');
    expect(commandForKey(key('o', { ctrlKey: true }), inText, PC)).toBe('open');
  });

  it('leaves Enter, Space, Tab and arrows to a focused button or panel, but not Delete', () => {
    for (const place of ['control', 'panel'] as const) {
      expect(commandForKey(key('Enter'), place, PC)).toBeNull();
      expect(commandForKey(key('Tab'), place, PC)).toBeNull();
      expect(commandForKey(key('ArrowUp'), place, PC)).toBeNull();
      expect(commandForKey(key('Delete'), place, PC)).toBe('delete');
      expect(commandForKey(key('z', { ctrlKey: true }), place, PC)).toBe('undo');
    }
  });

  it('knows the capture keys: N and Enter add, S / E kind, 1–5 emotion, 0 clears, F friction, Ctrl+K', () => {
    expect(commandForKey(key('n'), 'map', PC)).toBe('addTouchpoint');
    expect(commandForKey(key('N', { shiftKey: true }), 'map', PC)).toBeNull();
    expect(commandForKey(key('s'), 'map', PC)).toBe('setKindService');
    expect(commandForKey(key('e'), 'map', PC)).toBe('setKindExperience');
    expect(commandForKey(key('1'), 'map', PC)).toBe('setEmotionVeryNegative');
    expect(commandForKey(key('2'), 'map', PC)).toBe('setEmotionNegative');
    expect(commandForKey(key('3'), 'map', PC)).toBe('setEmotionNeutral');
    expect(commandForKey(key('4'), 'map', PC)).toBe('setEmotionPositive');
    expect(commandForKey(key('5'), 'map', PC)).toBe('setEmotionVeryPositive');
    expect(commandForKey(key('0'), 'map', PC)).toBe('clearEmotion');
    expect(commandForKey(key('f'), 'map', PC)).toBe('addFriction');
    expect(commandForKey(key('k', { ctrlKey: true }), 'map', PC)).toBe('commandPalette');
    expect(commandForKey(key('k', { metaKey: true }), 'text', MAC)).toBe('commandPalette');
    // The modified letters keep their own commands.
    expect(commandForKey(key('s', { ctrlKey: true }), 'map', PC)).toBe('save');
    expect(commandForKey(key('E', { ctrlKey: true, shiftKey: true }), 'map', PC)).toBe('exportPdf');
    expect(commandForKey(key('0', { ctrlKey: true }), 'map', PC)).toBe('zoomReset');
    expect(commandForKey({ ...key('!', { shiftKey: true }), code: 'Digit1' }, 'map', PC)).toBe(
      'zoomFit',
    );
  });

  it('runs the one-letter capture keys only when the map has the keyboard', () => {
    for (const place of ['text', 'control', 'panel'] as const) {
      for (const k of ['n', 's', 'e', '1', '5', '0', 'f']) {
        expect(commandForKey(key(k), place, PC), `${k} in ${place}`).toBeNull();
      }
    }
    expect(commandForKey(key('ArrowRight'), 'text', PC)).toBeNull();
    expect(commandForKey(key('ArrowRight', { altKey: true }), 'text', PC)).toBeNull();
  });

  it('ignores keys it has no binding for', () => {
    expect(findBinding(key('q'), PC)).toBeNull();
    expect(findBinding(key('z', { altKey: true, ctrlKey: true }), PC)).toBeNull();
  });

  it('writes shortcuts the way each platform does', () => {
    expect(shortcutText('redo', PC)).toBe('Ctrl+Shift+Z');
    expect(shortcutText('redo', MAC)).toBe('⌘⇧Z');
    expect(shortcutText('togglePalette', PC)).toBe('Alt+1');
    expect(withShortcut('Undo', 'undo', PC)).toBe('Undo (Ctrl+Z)');
    expect(withShortcut('Anything', 'new', MAC)).toBe('Anything (⌘N)');
    expect(ariaKeyShortcuts('redo', PC)).toBe('Control+Shift+Z');
    expect(ariaKeyShortcuts('nudgeLeft', MAC)).toBe('Alt+ArrowLeft');
    expect(ariaKeyShortcuts('cursorLeft', MAC)).toBe('ArrowLeft');
    expect(shortcutText('nudgeRightFar', PC)).toBe('Alt+Shift+→');
    expect(shortcutText('commandPalette', PC)).toBe('Ctrl+K');
    expect(shortcutText('commandPalette', MAC)).toBe('⌘K');
    expect(shortcutText('setEmotionVeryNegative', PC)).toBe('1');
    expect(shortcutText('setKindService', PC)).toBe('S');
  });

  it('gives every command a shortcut to show', () => {
    for (const name of COMMAND_NAMES) expect(shortcutText(name, PC), name).not.toBe('');
  });
});

describe('focus places', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('tells text fields, controls, panels and the map apart', () => {
    document.body.innerHTML = `
      <input id="text" type="text"><input id="box" type="checkbox"><textarea id="area"></textarea>
      <button id="button">b</button>
      <div data-keyscope="panel"><p id="panel">p</p></div>
      <div class="tm-canvas" tabindex="0" id="canvas"><div id="inside"></div></div>`;
    const at = (id: string) => focusPlace(document.getElementById(id));
    expect(at('text')).toBe('text');
    expect(at('area')).toBe('text');
    expect(at('box')).toBe('control');
    expect(at('button')).toBe('control');
    expect(at('panel')).toBe('panel');
    expect(at('canvas')).toBe('map');
    expect(at('inside')).toBe('map');
    expect(focusPlace(document.body)).toBe('map');
    expect(focusPlace(null)).toBe('map');
  });

  it('sees an open modal dialog', () => {
    expect(modalOpen()).toBe(false);
    document.body.innerHTML = '<dialog open></dialog>';
    expect(modalOpen()).toBe(true);
  });
});

describe('command dispatcher', () => {
  it('runs the latest registration of a command and gives it back on unregister', () => {
    const calls: string[] = [];
    const first = registerCommands({ undo: () => void calls.push('first') });
    const second = registerCommands({ undo: () => void calls.push('second') });
    expect(runCommand('undo')).toBe(true);
    second();
    expect(runCommand('undo')).toBe(true);
    first();
    expect(calls).toEqual(['second', 'first']);
    expect(hasCommand('undo')).toBe(false);
    expect(runCommand('undo')).toBe(false);
    expect(runCommand('no-such-command')).toBe(false);
  });

  it('lets a handler decline, so the key goes on to the browser', () => {
    const off = registerCommands({ nextCard: () => false, previousCard: () => true });
    expect(runCommand('nextCard')).toBe(false);
    expect(runCommand('previousCard')).toBe(true);
    off();
  });

  it('turns key events into commands and takes the key only when one ran', () => {
    const ran: string[] = [];
    const off = registerCommands({
      open: () => void ran.push('open'),
      nextCard: () => false,
    });
    const press = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { ...init, cancelable: true });
      handleKeyDown(event);
      return event.defaultPrevented;
    };
    expect(press({ key: 'o', ctrlKey: true })).toBe(true);
    expect(ran).toEqual(['open']);
    expect(press({ key: 'Tab' })).toBe(false);
    // Copy and paste are left to the browser's clipboard events.
    expect(press({ key: 'c', ctrlKey: true })).toBe(false);
    // Nothing registered: the browser keeps the key.
    expect(press({ key: 'z', ctrlKey: true })).toBe(false);
    off();
  });
});

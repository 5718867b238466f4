import { describe, expect, it } from 'vitest';
import {
  activateApp,
  focusSomeWindow,
  type FocusableWindow,
} from '../../../../electron/main/window-focus.ts';

function fakeWindow(name: string, log: string[], minimized = false): FocusableWindow {
  let isMin = minimized;
  return {
    isMinimized: () => isMin,
    restore: () => {
      isMin = false;
      log.push(`restore ${name}`);
    },
    focus: () => void log.push(`focus ${name}`),
  };
}

describe('bringing the app to the front', () => {
  it('focuses the focused window, else the oldest, restoring a minimised one first', () => {
    const log: string[] = [];
    const editor = fakeWindow('editor', log);
    const session = fakeWindow('session', log, true);
    expect(focusSomeWindow({ focused: session, all: [editor, session] })).toBe(true);
    expect(log).toEqual(['restore session', 'focus session']);
    log.length = 0;
    expect(focusSomeWindow({ focused: null, all: [editor, session] })).toBe(true);
    expect(log).toEqual(['focus editor']);
    expect(focusSomeWindow({ focused: null, all: [] })).toBe(false);
  });

  it('a Dock click with only a session window open focuses it instead of opening a map', () => {
    const log: string[] = [];
    const session = fakeWindow('session', log, true);
    activateApp({ focused: null, all: [session] }, () => log.push('new editor'));
    expect(log).toEqual(['restore session', 'focus session']);
  });

  it('a Dock click with no window open opens an empty editor', () => {
    const log: string[] = [];
    activateApp({ focused: null, all: [] }, () => log.push('new editor'));
    expect(log).toEqual(['new editor']);
  });
});

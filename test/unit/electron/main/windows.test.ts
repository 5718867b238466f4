import { describe, expect, it } from 'vitest';
import {
  WindowRegistry,
  chooseWindowBounds,
  displayKey,
  isReplaceable,
  routeOpen,
  windowTitle,
  type DisplayInfo,
} from '../../../../electron/main/windows.ts';
import { EVENTS } from '../../../../src/ipc/contract.ts';

function registry() {
  const windows = new WindowRegistry();
  const a = windows.add(1, 101);
  const b = windows.add(2, 102);
  a.ready = true;
  b.ready = true;
  return { windows, a, b };
}

describe('WindowRegistry', () => {
  it('finds windows by id, webContents and document', () => {
    const { windows, a } = registry();
    a.documentPath = '/Maps/Hotel.touchmap';
    expect(windows.byWebContents(102)?.id).toBe(2);
    expect(windows.byWebContents(999)).toBeUndefined();
    expect(windows.findByPath('/maps/hotel.touchmap', 'win32')?.id).toBe(1);
    expect(windows.findByPath('/maps/hotel.touchmap', 'linux')).toBeUndefined();
    windows.remove(1);
    expect(windows.all().map((r) => r.id)).toEqual([2]);
  });
});

describe('isReplaceable', () => {
  it('is true only for a ready, clean window without a file', () => {
    const { a } = registry();
    expect(isReplaceable(a)).toBe(true);
    expect(isReplaceable({ ...a, ready: false })).toBe(false);
    expect(isReplaceable({ ...a, state: { ...a.state, dirty: true } })).toBe(false);
    expect(isReplaceable({ ...a, state: { ...a.state, fileName: 'x.touchmap' } })).toBe(false);
    expect(isReplaceable({ ...a, documentPath: '/x' })).toBe(false);
    expect(isReplaceable({ ...a, crashed: true })).toBe(false);
    expect(isReplaceable({ ...a, closeConfirmed: true })).toBe(false);
    expect(isReplaceable({ ...a, queue: [{ channel: EVENTS.openDocument, payload: {} }] })).toBe(
      false,
    );
    expect(isReplaceable(undefined)).toBe(false);
  });
});

describe('routeOpen', () => {
  it('focuses the window that has the file, whichever asked', () => {
    const { windows, b } = registry();
    b.documentPath = '/maps/x.touchmap';
    expect(routeOpen(windows, '/maps/x.touchmap', 1, 'linux')).toEqual({
      kind: 'focus',
      windowId: 2,
    });
  });

  it('loads into the asking window when it is empty, else opens a new one', () => {
    const { windows, a } = registry();
    expect(routeOpen(windows, '/maps/x.touchmap', 1, 'linux')).toEqual({
      kind: 'into',
      windowId: 1,
    });
    a.state.dirty = true;
    expect(routeOpen(windows, '/maps/x.touchmap', 1, 'linux')).toEqual({ kind: 'new' });
    expect(routeOpen(windows, '/maps/x.touchmap', null, 'linux')).toEqual({ kind: 'new' });
  });
});

describe('windowTitle', () => {
  it('shows the file name, the map title without one, and the unsaved marker', () => {
    expect(windowTitle({ title: 'Hotel', fileName: 'hotel.touchmap', dirty: false }, 'linux')).toBe(
      'hotel.touchmap — Touchmap',
    );
    expect(windowTitle({ title: 'Hotel', fileName: null, dirty: true }, 'win32')).toBe(
      '• Hotel — Touchmap',
    );
    // macOS shows it in the close button instead.
    expect(windowTitle({ title: 'Hotel', fileName: null, dirty: true }, 'darwin')).toBe(
      'Hotel — Touchmap',
    );
    expect(windowTitle({ title: '  ', fileName: null, dirty: false }, 'linux')).toBe(
      'Untitled — Touchmap',
    );
    expect(windowTitle({ title: 'Touchmap', fileName: null, dirty: false }, 'linux')).toBe(
      'Touchmap',
    );
  });
});

describe('chooseWindowBounds', () => {
  const laptop: DisplayInfo = {
    bounds: { x: 0, y: 0, width: 1440, height: 900 },
    workArea: { x: 0, y: 25, width: 1440, height: 875 },
  };
  const external: DisplayInfo = {
    bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
    workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
  };

  it('centres the default size on a display without saved bounds', () => {
    expect(chooseWindowBounds({}, laptop)).toEqual({
      x: 80,
      y: 53,
      width: 1280,
      height: 820,
      maximized: false,
    });
  });

  it('uses the bounds saved for that display, and only that one', () => {
    const saved = {
      [displayKey(external)]: { x: 1600, y: 100, width: 1800, height: 1100, maximized: true },
    };
    expect(chooseWindowBounds(saved, external)).toEqual(saved[displayKey(external)]);
    expect(chooseWindowBounds(saved, laptop).width).toBe(1280);
  });

  it('brings a window saved off screen (a display since removed) back inside', () => {
    const saved = {
      [displayKey(laptop)]: { x: 3000, y: -500, width: 3000, height: 500, maximized: false },
    };
    const bounds = chooseWindowBounds(saved, laptop);
    expect(bounds).toEqual({ x: 0, y: 25, width: 1440, height: 500, maximized: false });
  });

  it('cascades windows opened one after the other', () => {
    const first = chooseWindowBounds({}, external, 0);
    const second = chooseWindowBounds({}, external, 1);
    expect(second.x - first.x).toBe(28);
    expect(second.y - first.y).toBe(28);
    expect(second.maximized).toBe(false);
  });
});

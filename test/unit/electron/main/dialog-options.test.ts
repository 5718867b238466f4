import { describe, expect, it } from 'vitest';
import {
  exportDialogOptions,
  openMapDialogOptions,
  safeFileName,
  saveMapDialogOptions,
  withExtension,
} from '../../../../electron/main/dialog-options.ts';

describe('safeFileName', () => {
  it('turns a map title into a plain file name with the extension', () => {
    expect(safeFileName('Hotel stay', 'touchmap')).toBe('Hotel stay.touchmap');
    expect(safeFileName('Hotel stay.touchmap', 'touchmap')).toBe('Hotel stay.touchmap');
    expect(safeFileName('../../etc/passwd', 'touchmap')).toBe('-..-etc-passwd.touchmap');
    expect(safeFileName('a/b\\c', 'pdf')).toBe('a-b-c.pdf');
    expect(safeFileName('Q1: "why?" <draft>*|', 'pdf')).toBe('Q1 why draft.pdf');
    expect(safeFileName('  ', 'touchmap')).toBe('Untitled.touchmap');
    expect(safeFileName('...', 'touchmap')).toBe('Untitled.touchmap');
    expect(safeFileName('CON', 'touchmap')).toBe('CON-map.touchmap');
    expect(safeFileName('x'.repeat(500), 'touchmap')).toHaveLength(120 + '.touchmap'.length);
    expect(safeFileName('tab\tand\nnewline', 'pdf')).toBe('tabandnewline.pdf');
  });
});

describe('withExtension', () => {
  it('adds the extension a typed name lacks', () => {
    expect(withExtension('/m/hotel', 'touchmap', 'linux')).toBe('/m/hotel.touchmap');
    expect(withExtension('/m/hotel.TOUCHMAP', 'touchmap', 'linux')).toBe('/m/hotel.TOUCHMAP');
    expect(withExtension('C:\\m.x\\hotel', 'pdf', 'win32')).toBe('C:\\m.x\\hotel.pdf');
  });
});

describe('dialog options', () => {
  it('filter on the format and start in the given folder', () => {
    expect(openMapDialogOptions('/maps')).toMatchObject({
      defaultPath: '/maps',
      properties: ['openFile'],
      filters: [{ extensions: ['touchmap', 'pdf'] }, { extensions: ['*'] }],
    });
    expect(saveMapDialogOptions('Hotel', '/maps')).toMatchObject({
      defaultPath: '/maps/Hotel.touchmap',
      filters: [{ extensions: ['touchmap'] }],
    });
    expect(saveMapDialogOptions('Hotel', null).defaultPath).toBe('Hotel.touchmap');
    expect(exportDialogOptions('Hotel', 'application/pdf', '/out')).toMatchObject({
      title: 'Export PDF document',
      defaultPath: '/out/Hotel.pdf',
      filters: [{ extensions: ['pdf'] }],
    });
  });
});

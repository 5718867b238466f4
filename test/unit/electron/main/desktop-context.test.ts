/** The state the main process's modules share: windows, where messages wait, where dialogs open. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../../src/ipc/contract.ts';
import { DesktopContext } from '../../../../electron/main/desktop-context.ts';
import { FileAccessError } from '../../../../electron/main/file-grants.ts';
import { FakeShell } from './fakes.ts';

function context(platform: NodeJS.Platform = 'linux') {
  const shell = new FakeShell();
  return { shell, context: new DesktopContext({ shell, defaultFolder: '/home/ana', platform }) };
}

describe('DesktopContext', () => {
  it('knows the windows it created, and refuses any other', () => {
    const { context: ctx, shell } = context();
    const record = ctx.newWindow();
    expect(shell.windows).toEqual([record.id]);
    expect(record.webContentsId).toBe(100 + record.id);
    expect(ctx.record(record.id)).toBe(record);
    expect(() => ctx.record(99)).toThrow(FileAccessError);
  });

  it('holds messages for a page still loading, and sends at once to a ready one', () => {
    const { context: ctx, shell } = context();
    const record = ctx.newWindow();
    ctx.deliver(record, EVENTS.menuCommand, 'save');
    expect(shell.sent).toEqual([]);
    expect(record.queue).toEqual([{ channel: EVENTS.menuCommand, payload: 'save' }]);
    record.ready = true;
    ctx.deliver(record, EVENTS.menuCommand, 'undo');
    expect(shell.sentTo(record.id, EVENTS.menuCommand)).toEqual(['undo']);
  });

  it('opens dialogs beside the document, else where the last one ended, else in Documents', () => {
    const { context: ctx } = context();
    const record = ctx.newWindow();
    expect(ctx.folderFor(record)).toBe('/home/ana');
    expect(ctx.folderFor(undefined)).toBe('/home/ana');
    ctx.lastFolder = '/srv/maps';
    expect(ctx.folderFor(record)).toBe('/srv/maps');
    record.documentPath = join('/home/ana/journeys', 'hotel.touchmap');
    expect(ctx.folderFor(record)).toBe('/home/ana/journeys');
  });

  it('shows the document state in the title bar, with the file for macOS', () => {
    const { context: ctx, shell } = context('darwin');
    const record = ctx.newWindow();
    record.state = { title: 'Hotel', fileName: 'hotel.touchmap', dirty: true };
    record.documentPath = '/maps/hotel.touchmap';
    ctx.applyState(record);
    expect(shell.states.get(record.id)).toEqual({
      title: 'hotel.touchmap — Touchmap',
      edited: true,
      representedPath: '/maps/hotel.touchmap',
    });
  });
});

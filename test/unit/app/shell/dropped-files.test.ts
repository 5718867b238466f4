import { describe, expect, it } from 'vitest';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { createDropHandler } from '../../../../src/app/shell/dropped-files.ts';
import { EMBEDDED_MARKER } from '../../../../src/pdf/embed.ts';
import { SMALL, answer, desktopPlatform, shellFixture } from './shell-fixture.ts';

/** A PDF as Touchmap writes its embedded map (see src/pdf/embed.ts), around `text`. */
function touchmapPdf(text: string): Uint8Array {
  const enc = new TextEncoder();
  const body = enc.encode(text);
  const head = `%PDF-1.7\n5 0 obj\n<< /Type /EmbeddedFile ${EMBEDDED_MARKER} /Params << /Size ${body.length} >> /Length ${body.length} >>\nstream\n`;
  return new Uint8Array([
    ...enc.encode(head),
    ...body,
    ...enc.encode('\nendstream\nendobj\n%%EOF\n'),
  ]);
}

const file = (name: string, content: string | Uint8Array) => ({
  file: new File([content as BlobPart], name),
});

describe('dropped files', () => {
  it('opens the first map file here, adopted so it can be saved back', async () => {
    const fixture = shellFixture(createMemoryPlatform());
    fixture.ctx.store.setState({ dropping: true });
    const drop = createDropHandler(fixture.ctx);
    await drop([file('notes.txt', 'x'), file('small.touchmap', SMALL), file('b.touchmap', '{')]);
    const { session, dropping } = fixture.ctx.store.getState();
    expect(dropping).toBe(false);
    expect(session!.document.getState().file).toEqual({
      token: 'small.touchmap',
      name: 'small.touchmap',
    });
  });

  it('opens the map a Touchmap PDF carries, with no file to save back to', async () => {
    const fixture = shellFixture(createMemoryPlatform());
    await createDropHandler(fixture.ctx)([file('export.pdf', touchmapPdf(SMALL))]);
    const state = fixture.ctx.store.getState().session!.document.getState();
    expect(state.map.title).toBe('Bike repair (e2e)');
    expect(state.file).toBeNull();
  });

  it('says a PDF without a map has none inside', async () => {
    const fixture = shellFixture(createMemoryPlatform());
    const dropping = createDropHandler(fixture.ctx)([file('other.pdf', '%PDF-1.4\n%%EOF\n')]);
    const spec = await answer(fixture.ctx.dialogs, /“other.pdf” has no map inside/, 'ok');
    expect(spec.tone).toBe('error');
    await dropping;
    expect(fixture.ctx.store.getState().session).toBeNull();
  });

  it('names what is not a map', async () => {
    const fixture = shellFixture(createMemoryPlatform());
    const dropping = createDropHandler(fixture.ctx)([file('a.txt', 'a'), file('b.png', 'b')]);
    const spec = await answer(fixture.ctx.dialogs, /Nothing to open/, 'ok');
    expect(spec.lines![0]).toBe('“a.txt”, “b.png” are not maps.');
    await dropping;
  });

  it('does nothing for an empty drop but end the drag', async () => {
    const fixture = shellFixture(createMemoryPlatform());
    fixture.ctx.store.setState({ dropping: true });
    await createDropHandler(fixture.ctx)([]);
    expect(fixture.ctx.store.getState()).toMatchObject({ dropping: false, session: null });
    expect(fixture.ctx.dialogs.store.getState().current).toBeNull();
  });

  it('in the desktop app, hands every map file to main and opens what it sends back', async () => {
    const granted = { token: 'granted-small-0000001', name: 'small.touchmap' };
    const { bridge, platform } = desktopPlatform((b) => {
      b.droppedResults = [{ status: 'opened', file: granted, text: SMALL }];
    });
    const fixture = shellFixture(platform);
    const maps = [file('small.touchmap', SMALL), file('other.touchmap', SMALL)];
    await createDropHandler(fixture.ctx)(maps);
    expect(bridge.callsOf('openDroppedFiles')).toEqual([[maps.map((m) => m.file)]]);
    expect(fixture.ctx.store.getState().session!.document.getState().file).toEqual(granted);
  });
});

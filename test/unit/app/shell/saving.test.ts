import { describe, expect, it, vi } from 'vitest';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { createSaving } from '../../../../src/app/shell/saving.ts';
import { isDirty } from '../../../../src/app/store/document-store.ts';
import { setTitle } from '../../../../src/core/ops/index.ts';
import { answer, openSession, shellFixture } from './shell-fixture.ts';

const FILE = { token: 'maps/small.touchmap', name: 'small.touchmap' };

function setup() {
  const platform = createMemoryPlatform({ [FILE.token]: 'old' });
  const fixture = shellFixture(platform);
  const flush = vi.fn(async () => {});
  return { platform, fixture, flush, saving: createSaving(fixture.ctx, flush) };
}

describe('saving', () => {
  it('saves to the map’s file, and Save As asks where', async () => {
    const { platform, fixture, saving } = setup();
    const session = openSession(fixture, { file: FILE, dirty: true });
    await saving.save();
    expect(platform.files.get(FILE.token)).toContain('"title"');
    expect(isDirty(session.document.getState())).toBe(false);
    platform.nextSaveName = 'copy.touchmap';
    await saving.saveAs();
    expect(platform.files.has('copy.touchmap')).toBe(true);
    expect(session.document.getState().file?.name).toBe('copy.touchmap');
  });

  it('runs one Save (and one Save As) at a time', async () => {
    const { platform, fixture, saving } = setup();
    openSession(fixture, { dirty: true });
    platform.nextSaveName = null; // Save As of an untitled map: the dialog is "cancelled"
    const saveFile = vi.spyOn(platform, 'saveFile');
    await Promise.all([saving.save(), saving.save()]);
    expect(saveFile).toHaveBeenCalledTimes(1);
    await Promise.all([saving.saveAs(), saving.saveAs()]);
    expect(saveFile).toHaveBeenCalledTimes(2);
    await saving.save();
    expect(saveFile).toHaveBeenCalledTimes(3);
  });

  it('answers saved for close when nothing is unsaved, without saving', async () => {
    const { platform, fixture, flush, saving } = setup();
    const saveFile = vi.spyOn(platform, 'saveFile');
    expect(await saving.saveForClose()).toBe('saved');
    openSession(fixture, { file: FILE });
    expect(await saving.saveForClose()).toBe('saved');
    expect(saveFile).not.toHaveBeenCalled();
    expect(flush).not.toHaveBeenCalled();
  });

  it('saves for close and lets the draft’s removal finish first', async () => {
    const { fixture, flush, saving } = setup();
    const session = openSession(fixture, { file: FILE });
    session.document.getState().apply((map) => setTitle(map, 'Edited'));
    expect(await saving.saveForClose()).toBe('saved');
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('answers cancelled or failed for close, keeping the draft', async () => {
    const { platform, fixture, flush, saving } = setup();
    openSession(fixture, { dirty: true });
    platform.nextSaveName = null;
    expect(await saving.saveForClose()).toBe('cancelled');
    platform.saveFile = async () => ({ status: 'failed', message: 'Disk full.' });
    const status = saving.saveForClose();
    const spec = await answer(fixture.ctx.dialogs, /not saved/, 'ok');
    expect(spec.lines).toContain('Disk full.');
    expect(await status).toBe('failed');
    expect(flush).not.toHaveBeenCalled();
  });
});

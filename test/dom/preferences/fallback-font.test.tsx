/**
 * The PDF fallback font in the renderer: the store's logic (with an in-memory slot; the
 * IndexedDB slot runs in the e2e), the desktop store over the bridge, the Preferences row,
 * the Export dialog's note, and the bytes reaching the export worker.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TEMPLATES } from '../../../src/app/templates.ts';
import {
  createDesktopFallbackFont,
  createLocalFallbackFont,
  memoryFontSlot,
  type FallbackFontStore,
  type PickFile,
} from '../../../src/app/preferences/fallback-font.ts';
import { FallbackFontRow } from '../../../src/app/preferences/FallbackFontRow.tsx';
import { FallbackFontNote } from '../../../src/app/export/FallbackFontNote.tsx';
import { PreferencesProvider } from '../../../src/app/preferences/context.tsx';
import {
  createMemoryPreferences,
  createPreferencesStore,
} from '../../../src/app/preferences/preferences.ts';
import { loadExportFonts } from '../../../src/app/export/fonts.ts';
import { createExportJob } from '../../../src/app/export/export-job.ts';
import { runExport, type WorkerLike } from '../../../src/app/export/run-export.ts';
import type { ExportRequest, WorkerFonts } from '../../../src/app/export/protocol.ts';
import { createElectronPlatform } from '../../../src/app/platform/electron.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { FakeBridge } from '../shell/fake-bridge.ts';

afterEach(cleanup);

const TTF = new Uint8Array([0, 1, 0, 0, 0, 12, 0, 128]);
const BUNDLED: WorkerFonts = {
  regular: new Uint8Array([1]),
  bold: new Uint8Array([2]),
  fallback: null,
};

function local(picks: Awaited<ReturnType<PickFile>>[]) {
  const slot = memoryFontSlot();
  const pick = vi.fn<PickFile>(async () => picks.shift() ?? null);
  return { slot, pick, store: createLocalFallbackFont(slot, pick) };
}

describe('the fallback font store (browser logic, memory slot)', () => {
  it('keeps a chosen TrueType font with its name, reads it back, removes it', async () => {
    const { slot, store } = local([{ name: 'NotoSansSC.ttf', bytes: TTF }]);
    expect(await store.info()).toBeNull();
    expect(await store.read()).toEqual({ name: null, bytes: null, message: null });
    expect(await store.choose()).toEqual({ status: 'chosen', name: 'NotoSansSC.ttf' });
    expect(slot.font).toEqual({ name: 'NotoSansSC.ttf', bytes: TTF });
    expect(await store.info()).toEqual({ name: 'NotoSansSC.ttf', problem: null });
    expect((await store.read()).bytes).toEqual(TTF);
    await store.remove();
    expect(await store.info()).toBeNull();
  });

  it('refuses a file that is not a TrueType font, keeping the previous one', async () => {
    const { slot, store } = local([
      { name: 'a.ttf', bytes: TTF },
      { name: 'b.otf', bytes: new TextEncoder().encode('OTTO....') },
    ]);
    await store.choose();
    expect(await store.choose()).toEqual({
      status: 'failed',
      message: 'b.otf cannot be the fallback font: it is not a TrueType font (.ttf or .ttc).',
    });
    expect(slot.font?.name).toBe('a.ttf');
  });

  it('reports a cancelled picker, and a storage failure', async () => {
    const { store } = local([null]);
    expect(await store.choose()).toEqual({ status: 'cancelled' });
    const broken = createLocalFallbackFont(
      {
        get: async () => {
          throw new Error('blocked');
        },
        put: async () => {
          throw new Error('quota exceeded');
        },
        remove: async () => undefined,
      },
      async () => ({ name: 'a.ttf', bytes: TTF }),
    );
    expect(await broken.choose()).toEqual({
      status: 'failed',
      message: 'The font could not be kept in this browser: quota exceeded',
    });
    expect(await broken.info()).toBeNull();
    expect((await broken.read()).message).toMatch(/blocked/);
  });
});

describe('the desktop fallback font store', () => {
  it('asks main, one bridge method per action', async () => {
    const bridge = new FakeBridge();
    bridge.fallbackChoices.push({ status: 'chosen', name: 'cjk.ttf' });
    const store = createDesktopFallbackFont(createElectronPlatform(bridge).desktop);
    expect(await store.choose()).toEqual({ status: 'chosen', name: 'cjk.ttf' });
    expect(await store.info()).toEqual({ name: 'cjk.ttf', problem: null });
    expect((await store.read()).bytes).toEqual(new Uint8Array([0, 1, 0, 0]));
    await store.remove();
    expect(bridge.calls.map((c) => c.method)).toEqual([
      'chooseFallbackFont',
      'getFallbackFont',
      'readFallbackFont',
      'clearFallbackFont',
    ]);
  });
});

describe('the Preferences row', () => {
  it('shows the name after Choose…, and None after Remove', async () => {
    const { store } = local([{ name: 'NotoSansSC.ttf', bytes: TTF }]);
    render(<FallbackFontRow fonts={store} />);
    const name = screen.getByTestId('fallback-font-name');
    expect(name.textContent).toBe('None');
    expect(
      screen.getByRole('group', { name: /Fallback font for missing characters/ }),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Remove' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Choose…' }));
    await waitFor(() => expect(name.textContent).toBe('NotoSansSC.ttf'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(name.textContent).toBe('None'));
    expect(await store.info()).toBeNull();
  });

  it('shows why a file was refused', async () => {
    const { store } = local([{ name: 'notes.txt', bytes: new TextEncoder().encode('hello') }]);
    render(<FallbackFontRow fonts={store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Choose…' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /notes\.txt cannot be the fallback font/,
    );
    expect(screen.getByTestId('fallback-font-name').textContent).toBe('None');
  });
});

describe('the Export dialog note', () => {
  const withStore = (fonts: FallbackFontStore) =>
    render(
      <PreferencesProvider
        store={createPreferencesStore(createMemoryPreferences(), undefined, fonts)}
      >
        <FallbackFontNote />
      </PreferencesProvider>,
    );

  it('names the fallback font, or says there is none', async () => {
    const { store } = local([{ name: 'NotoSansSC.ttf', bytes: TTF }]);
    withStore(store);
    expect((await screen.findByTestId('fallback-font')).textContent).toBe(
      'Fallback font: none — characters missing from Noto Sans will be reported',
    );
    cleanup();
    await store.choose();
    withStore(store);
    expect((await screen.findByTestId('fallback-font')).textContent).toBe(
      'Fallback font: NotoSansSC.ttf',
    );
  });
});

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: ExportRequest[] = [];
  postMessage(message: unknown) {
    this.posted.push(message as ExportRequest);
  }
  terminate() {}
}

describe('exporting with the fallback font', () => {
  it('sends the fallback bytes with the bundled fonts to the worker', async () => {
    const { store } = local([{ name: 'NotoSansSC.ttf', bytes: TTF }]);
    await store.choose();
    const read = vi.spyOn(store, 'read');
    const worker = new FakeWorker();
    runExport(
      TEMPLATES[0]!.map,
      { pageSize: 'A4' },
      { createWorker: () => worker, loadFonts: () => loadExportFonts(store, async () => BUNDLED) },
    );
    await waitFor(() => expect(worker.posted).toHaveLength(1));
    expect(read).toHaveBeenCalledOnce();
    expect(worker.posted[0]!.fonts).toEqual({ ...BUNDLED, fallback: TTF });
  });

  it('sends no fallback when none is set', async () => {
    const { store } = local([]);
    expect(await loadExportFonts(store, async () => BUNDLED)).toEqual(BUNDLED);
    expect(await loadExportFonts(null, async () => BUNDLED)).toEqual(BUNDLED);
  });

  it('the export job hands its font loader to each run', () => {
    const loadFonts = async () => BUNDLED;
    const run = vi.fn(() => ({ promise: new Promise<never>(() => {}), cancel: () => {} }));
    const job = createExportJob({ platform: createMemoryPlatform(), loadFonts, run });
    job.start(TEMPLATES[0]!.map, { pageSize: 'A4' });
    expect(run).toHaveBeenCalledWith(
      TEMPLATES[0]!.map,
      { pageSize: 'A4' },
      expect.objectContaining({ loadFonts }),
    );
  });
});

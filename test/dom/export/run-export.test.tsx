/**
 * run-export without a browser: the worker protocol (with a fake worker) - what it posts,
 * progress, cancel, the problems it reports, the page-thread fallback - and the bundled fonts.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../src/app/templates.ts';
import { resolveOptions } from '../../../src/pdf/options.ts';
import { runExport, type WorkerLike } from '../../../src/app/export/run-export.ts';
import type { ExportRequest } from '../../../src/app/export/protocol.ts';
import { bytesOfDataUrl } from '../../../src/app/export/fonts.ts';

const hotel = () => TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: ExportRequest[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message as ExportRequest);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const FONTS = {
  regular: new Uint8Array([1, 2, 3]),
  bold: new Uint8Array([4, 5]),
  fallback: null,
};

async function started(worker: FakeWorker): Promise<void> {
  for (let i = 0; i < 20 && worker.posted.length === 0; i++) await Promise.resolve();
}

describe('run-export: the worker protocol', () => {
  it('posts the map, the options dated now and the fonts; relays progress; resolves the bytes', async () => {
    const worker = new FakeWorker();
    const progress: [number, number][] = [];
    const map = hotel();
    const job = runExport(
      map,
      { pageSize: 'A4' },
      {
        createWorker: () => worker,
        loadFonts: async () => FONTS,
        now: () => new Date('2026-03-04T05:06:07.000Z'),
        onProgress: (done, total) => progress.push([done, total]),
      },
    );
    await started(worker);
    expect(worker.posted).toHaveLength(1);
    const request = worker.posted[0]!;
    expect(request.type).toBe('export');
    expect(request.map).toBe(map);
    expect(request.options).toEqual({ pageSize: 'A4', date: '2026-03-04T05:06:07.000Z' });
    expect(request.fonts).toEqual(FONTS);
    expect(resolveOptions(request.options).ok).toBe(true);
    worker.reply({ type: 'progress', done: 0, total: 2 });
    worker.reply({ type: 'progress', done: 1, total: 2 });
    worker.reply({ type: 'nonsense' });
    const bytes = new Uint8Array([37, 80, 68, 70]);
    worker.reply({ type: 'done', bytes, pageCount: 2, missingCharacters: ['漢'], warnings: [] });
    expect(await job.promise).toEqual({
      status: 'done',
      bytes,
      pageCount: 2,
      missingCharacters: ['漢'],
      warnings: [],
    });
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('keeps a date it was given', async () => {
    const worker = new FakeWorker();
    runExport(
      hotel(),
      { date: '2020-01-02T00:00:00.000Z' },
      { createWorker: () => worker, loadFonts: async () => FONTS },
    );
    await started(worker);
    expect(worker.posted[0]!.options.date).toBe('2020-01-02T00:00:00.000Z');
  });

  it('cancels by terminating the worker', async () => {
    const worker = new FakeWorker();
    const job = runExport(
      hotel(),
      {},
      { createWorker: () => worker, loadFonts: async () => FONTS },
    );
    await started(worker);
    job.cancel();
    expect(await job.promise).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
    // A late reply changes nothing.
    worker.reply({
      type: 'done',
      bytes: new Uint8Array(),
      pageCount: 1,
      missingCharacters: [],
      warnings: [],
    });
    expect(await job.promise).toEqual({ status: 'cancelled' });
  });

  it('reports the exporter problems, a crashed worker, and fonts that do not load', async () => {
    const worker = new FakeWorker();
    const job = runExport(
      hotel(),
      {},
      { createWorker: () => worker, loadFonts: async () => FONTS },
    );
    await started(worker);
    worker.reply({
      type: 'error',
      message: 'Invalid export options: scale: expected a number',
      problems: ['scale: expected a number'],
    });
    expect(await job.promise).toEqual({
      status: 'failed',
      message: 'Invalid export options: scale: expected a number',
      problems: ['scale: expected a number'],
    });

    const crashing = new FakeWorker();
    const crashed = runExport(
      hotel(),
      {},
      { createWorker: () => crashing, loadFonts: async () => FONTS },
    );
    await started(crashing);
    crashing.reply({ type: 'progress', done: 0, total: 3 });
    crashing.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    expect(await crashed.promise).toMatchObject({
      status: 'failed',
      message: 'The export stopped: out of memory',
    });

    const refused = new FakeWorker();
    const notStarted = runExport(
      hotel(),
      {},
      { createWorker: () => refused, loadFonts: async () => FONTS, loadInThread: null },
    );
    await started(refused);
    refused.onerror?.({ message: '', preventDefault() {} } as ErrorEvent);
    expect(await notStarted.promise).toMatchObject({
      status: 'failed',
      message: 'The export could not start: the export worker failed',
    });

    const noFonts = runExport(
      hotel(),
      {},
      {
        createWorker: () => new FakeWorker(),
        loadFonts: async () => {
          throw new Error('gone');
        },
      },
    );
    expect(await noFonts.promise).toMatchObject({
      status: 'failed',
      message: 'The fonts could not be loaded: gone',
    });
  });

  it('runs on the page thread as a last resort, when the worker cannot start at all', async () => {
    const worker = new FakeWorker();
    const progress: number[] = [];
    const seen: unknown[] = [];
    const job = runExport(
      hotel(),
      { pageSize: 'A4' },
      {
        createWorker: () => worker,
        loadFonts: async () => FONTS,
        now: () => new Date('2026-03-04T05:06:07.000Z'),
        onProgress: (done) => progress.push(done),
        loadInThread: async () => async (_map, options, fonts) => {
          seen.push(options.pageSize, options.date, fonts);
          options.onProgress?.(1, 1);
          return { bytes: new Uint8Array([1]), pageCount: 1, missingCharacters: [], warnings: [] };
        },
      },
    );
    await started(worker);
    worker.onerror?.({
      message: 'module workers are not allowed',
      preventDefault() {},
    } as ErrorEvent);
    expect(await job.promise).toMatchObject({ status: 'done', pageCount: 1 });
    expect(worker.terminated).toBe(true);
    expect(seen).toEqual(['A4', '2026-03-04T05:06:07.000Z', FONTS]);
    expect(progress).toEqual([1]);

    const noWorkers = runExport(
      hotel(),
      {},
      {
        createWorker: () => {
          throw new ReferenceError('Worker is not defined');
        },
        loadFonts: async () => FONTS,
        loadInThread: async () => async () => {
          throw Object.assign(new Error('Invalid export options: scale: x'), {
            problems: ['scale: x'],
          });
        },
      },
    );
    expect(await noWorkers.promise).toEqual({
      status: 'failed',
      message: 'Invalid export options: scale: x',
      problems: ['scale: x'],
    });
  });

  it('decodes the bundled fonts from their data URLs', () => {
    expect([...bytesOfDataUrl('data:font/ttf;base64,AAEC/w==')]).toEqual([0, 1, 2, 255]);
    expect(() => bytesOfDataUrl('/assets/font.ttf')).toThrow(/not a base64 data URL/);
  });
});

/**
 * Runs one PDF export in a module web worker (export-worker.ts): posts the map, the options
 * and the font bytes, relays the progress, and settles with the PDF's bytes. `cancel()`
 * terminates the worker at once (jsPDF cannot be interrupted any other way), and the job
 * settles as cancelled. Should a host refuse to start the worker at all, the export still
 * happens, on the page's thread (the page waits for it then), rather than not at all.
 *
 * The job's promise never rejects: every way it can end is an `ExportOutcome`.
 */
import type { JourneyMap } from '../../core/model.ts';
import type { ExportOptions } from '../../pdf/options.ts';
import { loadAppFonts } from './fonts.ts';
import { isExportReply, type ExportRequest, type WorkerFonts } from './protocol.ts';

export interface ExportSuccess {
  status: 'done';
  bytes: Uint8Array;
  pageCount: number;
  missingCharacters: string[];
  warnings: string[];
}

export type ExportOutcome =
  | ExportSuccess
  | { status: 'cancelled' }
  /** `problems` names the options at fault ("scale: expected…"), or repeats `message`. */
  | { status: 'failed'; message: string; problems: string[] };

export interface ExportJob {
  promise: Promise<ExportOutcome>;
  cancel(): void;
}

/** The part of a Worker the job uses (tests pass a fake). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
}

/** The exporter itself, for the last resort of running it on the page's thread. */
export type InThreadExporter = (
  map: JourneyMap,
  options: ExportOptions,
  fonts: WorkerFonts,
) => Promise<{
  bytes: Uint8Array;
  pageCount: number;
  missingCharacters: string[];
  warnings: string[];
}>;

export interface RunExportOptions {
  onProgress?: (done: number, total: number) => void;
  createWorker?: () => WorkerLike;
  loadFonts?: () => Promise<WorkerFonts>;
  /**
   * Where the export runs when the worker cannot start at all (a host that refuses module
   * workers): on the page's thread, which then waits for it. Null: report the failure.
   */
  loadInThread?: (() => Promise<InThreadExporter>) | null;
  /** The export's date when `options.date` is not given; default: now. */
  now?: () => Date;
}

function createExportWorker(): WorkerLike {
  return new Worker(new URL('./export-worker.ts', import.meta.url), {
    type: 'module',
    name: 'touchmap-pdf-export',
  });
}

const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Emoji and what builds them (variation selectors, zero-width joiners, skin tones, keycaps,
 * flags and tag sequences): a file name is better without them, as file systems, archives
 * and mail clients disagree about them, and a lone selector shows as nothing at all.
 */
// Joiners and tags are format characters, dropped with the others below.
const EMOJI =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\p{Variation_Selector}|\u20E3/gu;

/**
 * A safe file name for the map's PDF: "Hotel stay" gives "hotel-stay.pdf". Emoji (with their
 * selectors and joiners), control and format characters are dropped; letters, marks and
 * digits of any script are kept (lower case); every run of anything else (spaces,
 * punctuation, the characters Windows forbids: < > : " / \ | ? *) becomes one hyphen.
 */
export function suggestedPdfName(title: string): string {
  let base = title
    .normalize('NFC')
    .replace(EMOJI, '')
    // Tabs and new lines separate words like spaces; other controls mean nothing.
    .replace(/\s+/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  base = [...base].slice(0, 80).join('').replace(/-+$/, '');
  if (RESERVED_WINDOWS_NAMES.test(base)) base = `${base}-map`;
  return `${base || 'journey-map'}.pdf`;
}

/** The exporter on the page's thread (its own chunk, loaded only when needed). */
const loadExporter = async (): Promise<InThreadExporter> =>
  (await import('../../pdf/export.ts')).exportPdf;

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Starts an export of `map`; the default date is now (the moment the export starts). */
export function runExport(
  map: JourneyMap,
  options: Omit<ExportOptions, 'onProgress'>,
  run: RunExportOptions = {},
): ExportJob {
  const createWorker = run.createWorker ?? createExportWorker;
  const loadFonts = run.loadFonts ?? loadAppFonts;
  const loadInThread = run.loadInThread === undefined ? loadExporter : run.loadInThread;
  const date = options.date ?? (run.now ?? (() => new Date()))().toISOString();
  let worker: WorkerLike | null = null;
  let settled = false;
  let settle: (outcome: ExportOutcome) => void = () => {};

  const promise = new Promise<ExportOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      worker = null;
      resolve(outcome);
    };
  });

  const start = async () => {
    let fonts: WorkerFonts;
    try {
      fonts = await loadFonts();
    } catch (error) {
      settle({
        status: 'failed',
        message: `The fonts could not be loaded: ${message(error)}`,
        problems: [],
      });
      return;
    }
    if (settled) return;
    // Copies of the font bytes: the cached originals serve the next export.
    const request: ExportRequest = {
      type: 'export',
      map,
      options: { ...options, date },
      fonts: { regular: fonts.regular, bold: fonts.bold, fallback: fonts.fallback },
    };
    let heard = false;
    const fallBack = (why: string) => {
      worker?.terminate();
      worker = null;
      if (loadInThread === null) {
        settle({ status: 'failed', message: `The export could not start: ${why}`, problems: [] });
        return;
      }
      void runInThread(loadInThread, request);
    };
    try {
      worker = createWorker();
    } catch (error) {
      fallBack(message(error));
      return;
    }
    worker.onmessage = (event) => {
      const reply: unknown = event.data;
      if (!isExportReply(reply)) return;
      heard = true;
      if (reply.type === 'progress') run.onProgress?.(reply.done, reply.total);
      else if (reply.type === 'done') {
        settle({
          status: 'done',
          bytes: reply.bytes,
          pageCount: reply.pageCount,
          missingCharacters: reply.missingCharacters,
          warnings: reply.warnings,
        });
      } else settle({ status: 'failed', message: reply.message, problems: reply.problems });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      const why = event.message || 'the export worker failed';
      // Before a word from the worker: its script did not load or run here.
      if (!heard) fallBack(why);
      else settle({ status: 'failed', message: `The export stopped: ${why}`, problems: [] });
    };
    worker.postMessage(request);
  };

  const runInThread = async (load: () => Promise<InThreadExporter>, request: ExportRequest) => {
    try {
      const exporter = await load();
      if (settled) return;
      const result = await exporter(
        request.map,
        { ...request.options, onProgress: run.onProgress ?? null },
        request.fonts,
      );
      settle({ status: 'done', ...result });
    } catch (error) {
      const problems = (error as { problems?: unknown }).problems;
      settle({
        status: 'failed',
        message: message(error),
        problems: Array.isArray(problems) ? problems.map(String) : [message(error)],
      });
    }
  };
  void start();

  return {
    promise,
    cancel: () => settle({ status: 'cancelled' }),
  };
}

/**
 * One export at a time for the open editor, from "Export" to the file on disk: run in the
 * worker (progress, cancel), then written through the Platform. Its state outlives the
 * dialog, so the user can close the dialog and keep editing while a long export runs; the
 * export toast then shows it.
 *
 * Browsers let a page open the save-file picker only right after a click. A long export
 * outlasts that click, so when the click has expired the job waits in `ready` for a
 * "Save PDF…" click. The desktop app asks in the main process and never waits.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { JourneyMap } from '../../core/model.ts';
import { locateMissing, type MissingGlyph } from '../../pdf/missing-glyphs.ts';
import type { Platform } from '../platform/platform.ts';
import {
  runExport,
  suggestedPdfName,
  type ExportJob,
  type ExportSuccess,
  type RunExportOptions,
} from './run-export.ts';
import type { WorkerExportOptions, WorkerFonts } from './protocol.ts';

const PDF_MIME_TYPE = 'application/pdf';

export interface SavedSummary {
  fileName: string;
  pageCount: number;
  /** The characters no font had, by code point, with the touchpoints (and other places) they are in. */
  missingGlyphs: MissingGlyph[];
  warnings: string[];
}

export type JobPhase =
  | { kind: 'idle' }
  | { kind: 'exporting'; done: number; total: number }
  /** The PDF is made; it waits for a click to be saved (see above), or for another try. */
  | { kind: 'ready'; result: ExportSuccess; note: string | null }
  | { kind: 'saving'; result: ExportSuccess }
  | { kind: 'saved'; summary: SavedSummary }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string; problems: string[] };

export interface JobState {
  phase: JobPhase;
  /** The file name offered when saving: from the map's title. */
  fileName: string;
}

export interface ExportJobController {
  store: StoreApi<JobState>;
  /** Starts an export (cancelling one that runs). */
  start(map: JourneyMap, options: WorkerExportOptions): void;
  cancel(): void;
  /** Saves a `ready` PDF (call from a click). */
  save(): Promise<void>;
  /** Back to idle (after a summary or an error was read). */
  dismiss(): void;
  /** Cancels whatever runs; for when the editor goes away. */
  dispose(): void;
}

export interface JobDeps {
  platform: Pick<Platform, 'capabilities' | 'exportFile'>;
  run?: (map: JourneyMap, options: WorkerExportOptions, run: RunExportOptions) => ExportJob;
  /** The fonts for each export (default: the bundled ones); see fonts.ts loadExportFonts. */
  loadFonts?: () => Promise<WorkerFonts>;
  /** Whether a click is still "fresh" enough to open the browser's save picker. */
  hasUserActivation?: () => boolean;
}

interface ActivationNavigator {
  userActivation?: { isActive: boolean };
}

function browserActivation(): boolean {
  const activation = (navigator as ActivationNavigator).userActivation;
  // Browsers without the API (and without the picker) download instead: no click needed.
  return activation === undefined || activation.isActive;
}

export function createExportJob(deps: JobDeps): ExportJobController {
  const store = createStore<JobState>()(() => ({ phase: { kind: 'idle' }, fileName: '' }));
  const run = deps.run ?? runExport;
  const activation = deps.hasUserActivation ?? browserActivation;
  let current: ExportJob | null = null;
  /** The map of the latest export, to say where its missing characters are. */
  let exported: JourneyMap | null = null;
  let generation = 0;

  const set = (phase: JobPhase) => store.setState({ phase });

  async function write(result: ExportSuccess): Promise<void> {
    const mine = generation;
    set({ kind: 'saving', result });
    const outcome = await deps.platform.exportFile(
      result.bytes,
      store.getState().fileName,
      PDF_MIME_TYPE,
    );
    if (mine !== generation) return;
    switch (outcome.status) {
      case 'saved':
        set({
          kind: 'saved',
          summary: {
            fileName: outcome.file.name,
            pageCount: result.pageCount,
            missingGlyphs:
              exported === null ? [] : locateMissing(exported, result.missingCharacters),
            warnings: result.warnings,
          },
        });
        return;
      case 'cancelled':
        set({ kind: 'ready', result, note: 'Not saved yet: the PDF is ready when you are.' });
        return;
      case 'conflict':
      case 'failed':
        set({
          kind: 'ready',
          result,
          note:
            outcome.status === 'failed'
              ? `The PDF was not saved: ${outcome.message}`
              : 'The PDF was not saved: the file changed on disk.',
        });
        return;
    }
  }

  return {
    store,
    start(map, options) {
      current?.cancel();
      const mine = ++generation;
      exported = map;
      store.setState({ fileName: suggestedPdfName(map.title) });
      set({ kind: 'exporting', done: 0, total: 0 });
      const job = run(map, options, {
        ...(deps.loadFonts ? { loadFonts: deps.loadFonts } : {}),
        onProgress: (done, total) => {
          if (mine === generation) set({ kind: 'exporting', done, total });
        },
      });
      current = job;
      void job.promise.then(async (outcome) => {
        if (mine !== generation) return;
        current = null;
        if (outcome.status === 'cancelled') set({ kind: 'cancelled' });
        else if (outcome.status === 'failed')
          set({ kind: 'failed', message: outcome.message, problems: outcome.problems });
        else if (deps.platform.capabilities.pickerNeedsUserActivation && !activation())
          set({ kind: 'ready', result: outcome, note: null });
        else await write(outcome);
      });
    },
    cancel() {
      if (store.getState().phase.kind !== 'exporting') return;
      current?.cancel();
    },
    async save() {
      const phase = store.getState().phase;
      if (phase.kind === 'ready') await write(phase.result);
    },
    dismiss() {
      const kind = store.getState().phase.kind;
      if (kind === 'exporting' || kind === 'saving') return;
      generation++;
      set({ kind: 'idle' });
    },
    dispose() {
      generation++;
      current?.cancel();
      current = null;
    },
  };
}

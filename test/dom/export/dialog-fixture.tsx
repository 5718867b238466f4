/**
 * The Export PDF dialog mounted in jsdom for the dialog's tests: a scripted export (no worker)
 * and a fake preview (no pdf.js).
 */
import { vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TEMPLATES } from '../../../src/app/templates.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { ExportDialog } from '../../../src/app/export/ExportDialog.tsx';
import { createExportJob } from '../../../src/app/export/export-job.ts';
import { initialForm } from '../../../src/app/export/export-settings.ts';
import type { WorkerExportOptions } from '../../../src/app/export/protocol.ts';
import type { ExportOutcome, RunExportOptions } from '../../../src/app/export/run-export.ts';
import type { PreviewDeps } from '../../../src/app/export/usePreview.ts';
import type { RenderRequest } from '../../../src/app/export/pdf-preview.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import type { Platform } from '../../../src/app/platform/platform.ts';
import { type Filters } from '../../../src/app/store/view-store.ts';

export const hotel = () => TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;
export const blueprint = () =>
  TEMPLATES.find((t) => t.key === 'service-blueprint-family-weekend')!.map;
export const ALL = { kind: 'all', departmentId: null, evidence: 'all' } as const;
export const FILE = 'hotel-stay-from-search-to-loyalty.pdf';

/** An export the test drives: progress and the outcome when it says so. */
function scriptedRun() {
  const calls: { options: WorkerExportOptions; run: RunExportOptions; cancel: () => void }[] = [];
  let finish: (outcome: ExportOutcome) => void = () => {};
  const run = vi.fn((_map: JourneyMap, options: WorkerExportOptions, run: RunExportOptions) => {
    const promise = new Promise<ExportOutcome>((resolve) => {
      finish = resolve;
    });
    const cancel = vi.fn(() => finish({ status: 'cancelled' }));
    calls.push({ options, run, cancel });
    return { promise, cancel };
  });
  return {
    run,
    calls,
    progress: (done: number, total: number) =>
      act(() => calls.at(-1)!.run.onProgress?.(done, total)),
    finish: (outcome: ExportOutcome) => act(async () => finish(outcome)),
  };
}

/** A preview export that makes a 3-page PDF at once, and a renderer that "draws" it. */
function fakePreview() {
  const options: WorkerExportOptions[] = [];
  const requests: RenderRequest[] = [];
  const deps: PreviewDeps = {
    delayMs: 0,
    run: (_map, o) => {
      options.push(o);
      return {
        promise: Promise.resolve({
          status: 'done',
          bytes: new Uint8Array([37, 80, 68, 70]),
          pageCount: 3,
          missingCharacters: [],
          warnings: [],
        }),
        cancel: () => {},
      };
    },
    render: async (_bytes, _canvas, request) => {
      requests.push(request);
      return { pageWidth: 100, pageHeight: 70, zoom: request.zoom === 'fit' ? 0.5 : request.zoom };
    },
  };
  return { deps, options, requests };
}

export function setup(
  options: {
    filters?: Pick<Filters, 'kind' | 'departmentId' | 'evidence'>;
    platform?: Platform;
    activation?: () => boolean;
    preview?: PreviewDeps;
    map?: JourneyMap;
  } = {},
) {
  const map = options.map ?? hotel();
  const filters = options.filters ?? ALL;
  const platform = options.platform ?? createMemoryPlatform();
  const export_ = scriptedRun();
  const job = createExportJob({
    platform,
    run: export_.run,
    hasUserActivation: options.activation ?? (() => true),
  });
  const preview = fakePreview();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <ExportDialog
      map={map}
      filters={filters}
      initial={initialForm(map, filters)}
      job={job}
      onClose={onClose}
      preview={options.preview ?? preview.deps}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Export PDF' });
  return { map, platform, job, export_, preview, onClose, user, dialog };
}

export const exportButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Export' }) as HTMLButtonElement;

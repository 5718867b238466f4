/**
 * Export PDF in the editor: owns the `exportPdf` command (toolbar button, Ctrl+Shift+E, the
 * desktop menu), the dialog, and the export toast that shows an export the user let run on
 * while editing. Mounted once per open editor (by the toolbar); an export still running when
 * the editor goes away is cancelled.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import type { JourneyMap } from '../../core/model.ts';
import { registerCommands, runCommand } from '../editor/commands.ts';
import { usePreferencesStore } from '../preferences/context.tsx';
import { loadExportFonts } from './fonts.ts';
import type { PreferencesStore } from '../preferences/preferences.ts';
import { useStores } from '../store/context.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { JobStatus } from './JobStatus.tsx';
import type { ExportForm, FormDefaults, SelectionFilters } from './export-form.ts';
import { createExportJob, type ExportJobController } from './export-job.ts';
import { initialForm } from './export-settings.ts';
import { usePictureExport } from './usePictureExport.ts';
import './export.css';

interface Opened {
  map: JourneyMap;
  filters: SelectionFilters;
  initial: ExportForm;
}

/** The user's PDF preferences (page, author, text size), when the app has a preferences store. */
function preferenceDefaults(store: PreferencesStore | null): FormDefaults {
  if (store === null) return {};
  const prefs = store.get();
  return {
    pageSize: prefs.pdf.pageSize,
    orientation: prefs.pdf.orientation,
    author: prefs.authorName,
    textSize: prefs.textSize,
  };
}

/** An export that runs (or waits to be saved) while the dialog is closed. */
function ExportToast({ job, onOpen }: { job: ExportJobController; onOpen: () => void }) {
  const phase = useStore(job.store, (state) => state.phase);
  if (phase.kind === 'idle') return null;
  const finished = phase.kind === 'saved' || phase.kind === 'failed' || phase.kind === 'cancelled';
  return createPortal(
    <aside className="tm-export-toast" aria-label="PDF export" data-phase={phase.kind}>
      <div className="tm-export-toast-head">
        <strong>PDF export</strong>
        <button type="button" className="tm-button tm-button--quiet" onClick={onOpen}>
          Open
        </button>
        {finished ? (
          <button
            type="button"
            className="tm-button tm-button--quiet"
            onClick={() => job.dismiss()}
          >
            Dismiss
          </button>
        ) : null}
      </div>
      <JobStatus phase={phase} job={job} />
    </aside>,
    document.body,
  );
}

export function ExportHost() {
  const { document, view, platform } = useStores();
  const preferences = usePreferencesStore();
  const [job] = useState(() =>
    createExportJob({
      platform,
      loadFonts: () => loadExportFonts(preferences?.fallbackFont ?? null),
    }),
  );
  const [opened, setOpened] = useState<Opened | null>(null);
  usePictureExport();

  useEffect(() => () => job.dispose(), [job]);

  useEffect(() => {
    const open = () => {
      const map = document.getState().map;
      const { kind, departmentId, evidence } = view.getState().filters;
      const filters = { kind, departmentId, evidence };
      // A finished export's summary was read in the toast (or is stale): start afresh.
      const state = job.store.getState().phase.kind;
      if (state === 'saved' || state === 'failed' || state === 'cancelled') job.dismiss();
      const defaults = preferenceDefaults(preferences);
      setOpened({ map, filters, initial: initialForm(map, filters, defaults) });
    };
    return registerCommands({ exportPdf: open });
  }, [document, view, job, preferences]);

  const close = () => {
    setOpened(null);
    const state = job.store.getState().phase.kind;
    // What the dialog showed was read there; a running or unsaved export moves to the toast.
    if (state === 'saved' || state === 'failed' || state === 'cancelled') job.dismiss();
  };

  return (
    <>
      {opened ? (
        <ExportDialog
          map={opened.map}
          filters={opened.filters}
          initial={opened.initial}
          job={job}
          onClose={close}
        />
      ) : (
        <ExportToast job={job} onOpen={() => runCommand('exportPdf')} />
      )}
    </>
  );
}

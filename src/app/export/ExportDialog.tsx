/**
 * The Export PDF dialog: page setup, what to include, which touchpoints (by default what the
 * editor's filters show), a large, zoomable preview of the real pages, the page count, and the export
 * itself with its progress, a Cancel, and a summary of what was saved.
 *
 * The form's state is pure (export-form.ts, export-dialog-state.ts); this component wires
 * it to the export job and the preview. Closing it while an export runs does not stop the
 * export: the export toast takes over, and the editor stays usable meanwhile (the export
 * runs in a worker).
 */
import { useId, useMemo, useReducer } from 'react';
import { useStore } from 'zustand';
import type { JourneyMap } from '../../core/model.ts';
import { FieldLook, FieldProblems } from '../ui/fields.tsx';
import { Modal } from '../ui/Modal.tsx';
import { pageCountText, reduceForm, viewForm, type FormAction } from './export-dialog-state.ts';
import type { ExportForm, FormField, SelectionFilters } from './export-form.ts';
import type { ExportJobController } from './export-job.ts';
import { rememberForm } from './export-settings.ts';
import { ExportPreview } from './ExportPreview.tsx';
import {
  IncludeSection,
  LayoutSection,
  PageSection,
  TouchpointsSection,
  type SectionProps,
} from './ExportSections.tsx';
import { JobStatus } from './JobStatus.tsx';
import { suggestedPdfName } from './run-export.ts';
import { usePreview, type PreviewDeps } from './usePreview.ts';
import './export.css';

export interface ExportDialogProps {
  map: JourneyMap;
  /** The editor's filters when the dialog opened (the departments, kinds and evidence to start with). */
  filters: SelectionFilters;
  initial: ExportForm;
  job: ExportJobController;
  onClose: () => void;
  /** For tests: how the preview is made. */
  preview?: PreviewDeps;
}

export function ExportDialog({ map, filters, initial, job, onClose, preview }: ExportDialogProps) {
  const id = useId();
  const [form, dispatchForm] = useReducer(
    (state: ExportForm, action: FormAction) => reduceForm(map, state, action),
    initial,
  );
  const phase = useStore(job.store, (state) => state.phase);
  const fileName = useMemo(() => suggestedPdfName(map.title), [map.title]);
  const busy = phase.kind === 'exporting' || phase.kind === 'saving';

  const { result, estimate, problems, valid } = useMemo(() => viewForm(form, map), [form, map]);

  /** An edit of the options; the summary of a finished export no longer describes them. */
  function dispatch(action: FormAction) {
    const kind = job.store.getState().phase.kind;
    if (kind === 'saved' || kind === 'failed' || kind === 'cancelled') job.dismiss();
    dispatchForm(action);
  }
  const shown = usePreview(map, valid && !busy ? result.options : null, preview);

  function startExport() {
    if (!valid || busy) return;
    rememberForm(form, map, filters);
    job.start(map, result.options);
  }

  const exact = shown.status === 'ready' && !shown.busy ? shown.pageCount : null;
  const sections: SectionProps = {
    form,
    dispatch,
    problems,
    problemsId: (field: FormField) => `${id}-${field}-problems`,
    disabled: busy,
  };

  return (
    <Modal
      title="Export PDF"
      className="tm-export-dialog"
      onCancel={onClose}
      footer={
        <div className="tm-export-footer">
          <div className="tm-export-job">
            <JobStatus phase={phase} job={job} />
          </div>
          <div className="tm-export-buttons">
            <span className="tm-export-file">
              File: <span className="tm-export-file-name">{fileName}</span>
            </span>
            <button type="button" className="tm-button" onClick={onClose}>
              {busy ? 'Keep editing' : 'Close'}
            </button>
            <button
              type="button"
              className="tm-button tm-button--primary"
              onClick={startExport}
              disabled={!valid || busy}
              data-autofocus=""
            >
              Export
            </button>
          </div>
        </div>
      }
    >
      <FieldLook.Provider value="export">
        <form
          className="tm-export-layout"
          onSubmit={(event) => {
            event.preventDefault();
            startExport();
          }}
        >
          <div className="tm-export-options">
            <PageSection {...sections} />
            <LayoutSection {...sections} />
            <IncludeSection {...sections} />
            <TouchpointsSection {...sections} map={map} labelId={`${id}-departments`} />
            <FieldProblems id={sections.problemsId('general')} problems={problems.general} />
          </div>
          <ExportPreview
            shown={shown}
            render={preview?.render}
            pageSize={form.pageSize}
            orientation={form.orientation}
            pageCount={pageCountText({ exact }, estimate)}
            busy={busy}
            valid={valid}
          />
        </form>
      </FieldLook.Provider>
    </Modal>
  );
}

/**
 * The Export PDF dialog: page setup, what to include, which touchpoints (by default what the
 * editor's filters show), a preview of the real first page, the page count, and the export
 * itself with its progress, a Cancel, and a summary of what was saved.
 *
 * An accessible modal (the shared Modal: a native <dialog>, focus kept inside, Escape
 * closes). Closing it while an export runs does not stop the export: the export toast takes
 * over, and the editor stays usable meanwhile (the export runs in a worker).
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { JourneyMap } from '../../core/model.ts';
import { PAGE_SIZES } from '../../pdf/options.ts';
import { Modal } from '../ui/Modal.tsx';
import { usePreferencesStore } from '../preferences/context.tsx';
import type { FallbackFontInfo } from '../preferences/fallback-font.ts';
import type { Filters } from '../store/view-store.ts';
import {
  PAGE_SIZE_CHOICES,
  describeEstimate,
  estimatePages,
  formToOptions,
  parseDecimal,
  type ExportForm,
  type FormField,
  type KindChoice,
} from './export-form.ts';
import type { ExportJobController, JobPhase, SavedSummary } from './export-job.ts';
import { rememberForm } from './export-settings.ts';
import { suggestedPdfName } from './run-export.ts';
import { PREVIEW_BOX, usePreview, type PreviewDeps } from './usePreview.ts';
import './export.css';

export interface ExportDialogProps {
  map: JourneyMap;
  /** The editor's filters when the dialog opened (the departments and kinds to start with). */
  filters: Pick<Filters, 'kind' | 'departmentId'>;
  initial: ExportForm;
  job: ExportJobController;
  onClose: () => void;
  /** For tests: how the preview is made. */
  preview?: PreviewDeps;
}

const KIND_CHOICES: readonly { value: KindChoice; label: string }[] = [
  { value: 'both', label: 'Both' },
  { value: 'service', label: 'Only customer service' },
  { value: 'experience', label: 'Only customer experience' },
];

function Problems({ id, problems }: { id: string; problems: readonly string[] | undefined }) {
  if (!problems || problems.length === 0) return null;
  return (
    <ul id={id} className="tm-export-problems" role="alert">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

function Choice<T extends string>({
  name,
  value,
  current,
  onChange,
  children,
  disabled,
}: {
  name: string;
  value: T;
  current: T;
  onChange: (value: T) => void;
  children: ReactNode;
  disabled?: boolean;
}) {
  return (
    <label className="tm-export-choice">
      <input
        type="radio"
        name={name}
        value={value}
        checked={current === value}
        onChange={() => onChange(value)}
        disabled={disabled}
      />
      <span>{children}</span>
    </label>
  );
}

function Toggle({
  checked,
  onChange,
  children,
  hint,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  hint?: string;
  disabled?: boolean;
}) {
  return (
    <label className="tm-export-choice">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        disabled={disabled}
      />
      <span>
        {children}
        {hint ? <span className="tm-export-hint"> {hint}</span> : null}
      </span>
    </label>
  );
}

export function SavedMessage({ summary }: { summary: SavedSummary }) {
  const pages = `${summary.pageCount} page${summary.pageCount === 1 ? '' : 's'}`;
  return (
    <div className="tm-export-summary">
      <p>
        Saved <strong>{summary.fileName}</strong> — {pages}
      </p>
      {summary.missingCharacters.length > 0 ? (
        <p className="tm-export-warning">
          No font had{' '}
          {summary.missingCharacters.length === 1 ? 'this character' : 'these characters'}, drawn as
          boxes: <span lang="">{summary.missingCharacters.join(' ')}</span>
        </p>
      ) : null}
      {summary.warnings.map((warning) => (
        <p key={warning} className="tm-export-warning">
          {warning}
        </p>
      ))}
    </div>
  );
}

/** Which fallback font the export uses for characters Noto Sans lacks (see Preferences). */
export function FallbackFontNote() {
  const store = usePreferencesStore();
  const [info, setInfo] = useState<FallbackFontInfo | null | undefined>(undefined);
  useEffect(() => {
    if (!store) return;
    let live = true;
    store.fallbackFont.info().then(
      (found) => live && setInfo(found),
      () => live && setInfo(null),
    );
    return () => {
      live = false;
    };
  }, [store]);
  if (store && info === undefined) return null;
  return (
    <p className="tm-export-hint" data-testid="fallback-font">
      {info ? (
        <>
          Fallback font: <strong>{info.name}</strong>
          {info.problem ? ` — not usable: ${info.problem}` : null}
        </>
      ) : (
        'Fallback font: none — characters missing from Noto Sans will be reported'
      )}
    </p>
  );
}

/** Progress, the ready-to-save PDF, the summary or the error of the export job. */
export function JobStatus({ phase, job }: { phase: JobPhase; job: ExportJobController }) {
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'exporting': {
      const text =
        phase.total === 0
          ? 'Starting the export…'
          : `Drawing page ${Math.min(phase.done + 1, phase.total)} of ${phase.total}`;
      return (
        <div className="tm-export-progress">
          <progress
            max={Math.max(phase.total, 1)}
            value={phase.total === 0 ? undefined : phase.done}
            aria-label="Export progress"
            aria-valuetext={`${phase.done} of ${phase.total} pages done`}
          />
          <span className="tm-export-progress-text" aria-live="polite">
            {text}{' '}
            <span className="tm-export-count">
              ({phase.done}/{phase.total})
            </span>
          </span>
          <button type="button" className="tm-button" onClick={() => job.cancel()}>
            Cancel export
          </button>
        </div>
      );
    }
    case 'saving':
      return (
        <p className="tm-export-status" role="status">
          Saving the PDF…
        </p>
      );
    case 'ready':
      return (
        <div className="tm-export-status" role="status">
          <p>
            The PDF is ready: {phase.result.pageCount} page
            {phase.result.pageCount === 1 ? '' : 's'}.
          </p>
          {phase.note ? <p className="tm-export-warning">{phase.note}</p> : null}
          <button
            type="button"
            className="tm-button tm-button--primary"
            onClick={() => void job.save()}
          >
            Save PDF…
          </button>
        </div>
      );
    case 'saved':
      return (
        <div role="status">
          <SavedMessage summary={phase.summary} />
        </div>
      );
    case 'cancelled':
      return (
        <p className="tm-export-status" role="status">
          Export cancelled. Nothing was saved.
        </p>
      );
    case 'failed':
      return (
        <div className="tm-export-error" role="alert">
          <p>The PDF could not be made: {phase.message}</p>
          {phase.problems.length > 1 ? (
            <ul>
              {phase.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      );
  }
}

function cardWidthMm(scalePercent: string): string | null {
  const n = parseDecimal(scalePercent);
  if (n === null || n <= 0) return null;
  // A card is 200 canvas units; at 100 % one unit is one point.
  return `${Math.round(((200 * n) / 100 / 72) * 25.4)} mm`;
}

export function ExportDialog({ map, filters, initial, job, onClose, preview }: ExportDialogProps) {
  const id = useId();
  const [form, setForm] = useState<ExportForm>(initial);
  const phase = useStore(job.store, (state) => state.phase);
  const fileName = useMemo(() => suggestedPdfName(map.title), [map.title]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const busy = phase.kind === 'exporting' || phase.kind === 'saving';

  const result = useMemo(() => formToOptions(form, map), [form, map]);
  const estimate = useMemo(
    () => (result.resolved === null ? null : estimatePages(map, result.resolved)),
    [map, result.resolved],
  );
  const problems = useMemo(() => {
    if (!estimate?.tooMany) return result.problems;
    return {
      ...result.problems,
      scale: [...(result.problems.scale ?? []), describeEstimate(estimate)],
    };
  }, [result.problems, estimate]);
  const valid = result.ok && !estimate?.tooMany;
  const shown = usePreview(map, valid && !busy ? result.options : null, canvas, preview);

  const update = <K extends keyof ExportForm>(key: K, value: ExportForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const errorId = (field: FormField) => `${id}-${field}-problems`;
  const invalid = (field: FormField) =>
    problems[field] && problems[field].length > 0
      ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) }
      : {};

  const toggleDepartment = (departmentId: string, on: boolean) =>
    setForm((f) => ({
      ...f,
      departments: on
        ? map.departments
            .map((d) => d.id)
            .filter((d) => d === departmentId || f.departments.includes(d))
        : f.departments.filter((d) => d !== departmentId),
    }));

  const counts = useMemo(() => {
    const byDepartment = new Map<string, number>();
    for (const tp of map.touchpoints) {
      if (form.kinds !== 'both' && tp.kind !== form.kinds) continue;
      byDepartment.set(tp.departmentId, (byDepartment.get(tp.departmentId) ?? 0) + 1);
    }
    return byDepartment;
  }, [map, form.kinds]);

  function startExport() {
    if (!valid || busy) return;
    rememberForm(form, map, filters);
    job.start(map, result.options);
  }

  const pageCountText =
    shown.status === 'shown' && !shown.busy
      ? `${shown.pageCount} page${shown.pageCount === 1 ? '' : 's'}`
      : estimate !== null && !estimate.tooMany
        ? describeEstimate(estimate)
        : '—';

  const closeLabel = busy ? 'Keep editing' : 'Close';

  // The page's frame in the preview: the page's proportions, as large as the box allows.
  const size = PAGE_SIZES[form.pageSize];
  const [pageWidth, pageHeight] =
    form.orientation === 'landscape' ? [size.height, size.width] : [size.width, size.height];
  const fit = Math.min(PREVIEW_BOX.maxWidth / pageWidth, PREVIEW_BOX.maxHeight / pageHeight);
  const frame = { width: Math.round(pageWidth * fit), height: Math.round(pageHeight * fit) };

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
              {closeLabel}
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
      <form
        className="tm-export-layout"
        onSubmit={(event) => {
          event.preventDefault();
          startExport();
        }}
      >
        <div className="tm-export-column">
          <fieldset className="tm-export-group" disabled={busy}>
            <legend>Page</legend>
            <div className="tm-export-row">
              <label className="tm-export-field">
                <span>Size</span>
                <select
                  value={form.pageSize}
                  onChange={(event) =>
                    update('pageSize', event.target.value as ExportForm['pageSize'])
                  }
                >
                  {PAGE_SIZE_CHOICES.map((size) => (
                    <option key={size} value={size}>
                      {size}
                    </option>
                  ))}
                </select>
              </label>
              <div className="tm-export-field" role="radiogroup" aria-label="Orientation">
                <span aria-hidden="true">Orientation</span>
                <div className="tm-export-inline">
                  <Choice
                    name={`${id}-orientation`}
                    value="portrait"
                    current={form.orientation}
                    onChange={(v) => update('orientation', v)}
                  >
                    Portrait
                  </Choice>
                  <Choice
                    name={`${id}-orientation`}
                    value="landscape"
                    current={form.orientation}
                    onChange={(v) => update('orientation', v)}
                  >
                    Landscape
                  </Choice>
                </div>
              </div>
              <label className="tm-export-field tm-export-field--narrow">
                <span>Margins (mm)</span>
                <input
                  type="text"
                  inputMode="decimal"
                  value={form.margin}
                  onChange={(event) => update('margin', event.target.value)}
                  {...invalid('margin')}
                />
              </label>
            </div>
            <Problems id={errorId('margin')} problems={problems.margin} />
          </fieldset>

          <fieldset className="tm-export-group" disabled={busy}>
            <legend>Layout</legend>
            <div className="tm-export-inline">
              <Choice
                name={`${id}-layout`}
                value="fit"
                current={form.layout}
                onChange={(v) => update('layout', v)}
              >
                Fit the map on one page
              </Choice>
              <Choice
                name={`${id}-layout`}
                value="tile"
                current={form.layout}
                onChange={(v) => update('layout', v)}
              >
                Tile it across pages (poster)
              </Choice>
            </div>
            {form.layout === 'tile' ? (
              <div className="tm-export-field">
                <label className="tm-export-field tm-export-field--narrow">
                  <span>Scale (%)</span>
                  <input
                    type="text"
                    inputMode="decimal"
                    value={form.scale}
                    onChange={(event) => update('scale', event.target.value)}
                    {...invalid('scale')}
                  />
                </label>
                {cardWidthMm(form.scale) ? (
                  <span className="tm-export-hint">a card is {cardWidthMm(form.scale)} wide</span>
                ) : null}
              </div>
            ) : null}
            <Problems id={errorId('scale')} problems={problems.scale} />
          </fieldset>

          <fieldset className="tm-export-group" disabled={busy}>
            <legend>Include</legend>
            <div className="tm-export-inline">
              <Toggle checked={form.titleBlock} onChange={(v) => update('titleBlock', v)}>
                Title block
              </Toggle>
              <Toggle checked={form.legend} onChange={(v) => update('legend', v)}>
                Legend
              </Toggle>
              <Toggle
                checked={form.appendix}
                onChange={(v) => update('appendix', v)}
                hint="(frictions, insights, inventory)"
              >
                Appendix
              </Toggle>
            </div>
            <label className="tm-export-field">
              <span>Author</span>
              <input
                type="text"
                value={form.author}
                maxLength={200}
                placeholder="Shown in the title block"
                onChange={(event) => update('author', event.target.value)}
                {...invalid('author')}
              />
            </label>
            <Problems id={errorId('author')} problems={problems.author} />
          </fieldset>
        </div>

        <div className="tm-export-column">
          <fieldset className="tm-export-group" disabled={busy}>
            <legend>Touchpoints</legend>
            <div className="tm-export-inline" role="radiogroup" aria-label="Kinds">
              {KIND_CHOICES.map((choice) => (
                <Choice
                  key={choice.value}
                  name={`${id}-kinds`}
                  value={choice.value}
                  current={form.kinds}
                  onChange={(v) => update('kinds', v)}
                >
                  {choice.label}
                </Choice>
              ))}
            </div>
            <div className="tm-export-departments-head">
              <span id={`${id}-departments`}>Departments</span>
              <button
                type="button"
                className="tm-button tm-button--quiet tm-export-small"
                onClick={() =>
                  update(
                    'departments',
                    map.departments.map((d) => d.id),
                  )
                }
              >
                All
              </button>
              <button
                type="button"
                className="tm-button tm-button--quiet tm-export-small"
                onClick={() => update('departments', [])}
              >
                None
              </button>
            </div>
            <div
              role="group"
              aria-labelledby={`${id}-departments`}
              aria-describedby={problems.departments ? errorId('departments') : undefined}
            >
              <ul className="tm-export-departments">
                {map.departments.map((department) => (
                  <li key={department.id}>
                    <label className="tm-export-choice">
                      <input
                        type="checkbox"
                        checked={form.departments.includes(department.id)}
                        onChange={(event) => toggleDepartment(department.id, event.target.checked)}
                      />
                      <span
                        className="tm-export-swatch"
                        style={{ background: department.color }}
                        aria-hidden="true"
                      />
                      <span>{department.name}</span>
                      <span className="tm-export-hint">{counts.get(department.id) ?? 0}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
            <Problems id={errorId('departments')} problems={problems.departments} />
            <div className="tm-export-inline" role="radiogroup" aria-label="Filtered-out cards">
              <span className="tm-export-label">The others:</span>
              <Choice
                name={`${id}-filter`}
                value="dim"
                current={form.filterMode}
                onChange={(v) => update('filterMode', v)}
              >
                Dimmed
              </Choice>
              <Choice
                name={`${id}-filter`}
                value="omit"
                current={form.filterMode}
                onChange={(v) => update('filterMode', v)}
              >
                Left out
              </Choice>
            </div>
          </fieldset>
          <Problems id={errorId('general')} problems={problems.general} />
        </div>

        <section className="tm-export-preview" aria-label="Preview of the first page">
          <div
            className="tm-export-page"
            style={frame}
            data-preview={shown.status}
            aria-busy={shown.busy || shown.status === 'drawing'}
          >
            <canvas
              ref={canvas}
              className="tm-export-canvas"
              role="img"
              aria-label={`Page 1 of the PDF, ${form.pageSize} ${form.orientation}`}
              hidden={shown.status !== 'shown'}
            />
            {shown.status === 'drawing' || shown.status === 'waiting' ? (
              <span className="tm-export-placeholder">
                {busy
                  ? 'The preview waits for the export.'
                  : valid
                    ? 'Drawing the preview…'
                    : 'No preview while an option has a problem.'}
              </span>
            ) : null}
            {shown.status === 'unavailable' ? (
              <span className="tm-export-placeholder">No preview here</span>
            ) : null}
            {shown.status === 'failed' ? (
              <span className="tm-export-placeholder">No preview: {shown.message}</span>
            ) : null}
          </div>
          <p className="tm-export-pages" aria-live="polite">
            <span className="tm-export-label">Pages: </span>
            <span data-testid="page-count">{pageCountText}</span>
            {shown.busy ? <span className="tm-export-hint"> (updating the preview…)</span> : null}
          </p>
          <FallbackFontNote />
        </section>
      </form>
    </Modal>
  );
}

/**
 * What the export job is doing, in the dialog and in the export toast: its progress with a
 * Cancel, the PDF ready to save, the summary of what was saved (with the characters no font
 * had), a cancelled or failed export.
 */
import { describeMissing } from '../../pdf/missing-glyphs.ts';
import type { ExportJobController, JobPhase, SavedSummary } from './export-job.ts';

/** How many characters the summary names before "and N more". */
const GLYPHS_SHOWN = 8;

function SavedMessage({ summary }: { summary: SavedSummary }) {
  const pages = `${summary.pageCount} page${summary.pageCount === 1 ? '' : 's'}`;
  return (
    <div className="tm-export-summary">
      <p>
        Saved <strong>{summary.fileName}</strong> — {pages}
      </p>
      {summary.missingGlyphs.length > 0 ? <MissingGlyphs glyphs={summary.missingGlyphs} /> : null}
      {summary.warnings.map((warning) => (
        <p key={warning} className="tm-export-warning">
          {warning}
        </p>
      ))}
    </div>
  );
}

/**
 * The characters no font had, by code point (the characters themselves would likely show as
 * the same boxes here), each with the touchpoints it is in, so they can be found and fixed.
 */
function MissingGlyphs({ glyphs }: { glyphs: SavedSummary['missingGlyphs'] }) {
  const n = glyphs.length;
  return (
    <div className="tm-export-warning" data-testid="missing-glyphs">
      <p>
        No font has {n === 1 ? 'this character' : `these ${n} characters`}: the PDF shows{' '}
        {n === 1 ? 'it as an empty box' : 'them as empty boxes'}. Add a fallback font in
        Preferences, or change the text.
      </p>
      <ul className="tm-export-glyphs">
        {glyphs.slice(0, GLYPHS_SHOWN).map((glyph) => (
          <li key={glyph.code}>{describeMissing(glyph)}</li>
        ))}
        {n > GLYPHS_SHOWN ? <li>and {n - GLYPHS_SHOWN} more</li> : null}
      </ul>
    </div>
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

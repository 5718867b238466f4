/**
 * The Compare view's "Journey" tab: the journey comparison (core/journey-compare.ts) of the
 * other map and the open one: a table per stage (touchpoints and average emotion before →
 * after, what changed, frictions resolved and new), then each touchpoint's changes (a click selects its card), and "Export
 * comparison as PDF…".
 */
import { useMemo, useState } from 'react';
import { compareJourneys } from '../../../core/journey-compare.ts';
import {
  stageSummaryCells,
  stageTitle,
  touchpointChangeLines,
  touchpointStatusWord,
} from '../../../core/journey-compare-words.ts';
import type { JourneyMap } from '../../../core/model.ts';
import { useStores } from '../../store/context.tsx';
import { exportComparison, type ComparisonExportReport } from './comparison-export.ts';
import { revealElement } from './reveal.ts';
import './journey.css';

interface Props {
  name: string;
  other: JourneyMap;
  compared: JourneyMap;
}

export function JourneyView({ name, other, compared }: Props) {
  const { view, document, platform } = useStores();
  const comparison = useMemo(() => compareJourneys(other, compared), [other, compared]);
  const [report, setReport] = useState<ComparisonExportReport>(null);
  const [busy, setBusy] = useState(false);

  async function exportPdf() {
    setBusy(true);
    setReport(null);
    try {
      setReport(await exportComparison({ name, map: other }, document.getState().map, platform));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="rv-journey">
      <table className="rv-stages" aria-label="Summary by stage">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Touchpoints</th>
            <th scope="col">Emotion</th>
          </tr>
        </thead>
        <tbody>
          {comparison.stages.map((stage) => {
            const cells = stageSummaryCells(stage);
            return (
              <tr key={stage.stageId} data-stage-id={stage.stageId}>
                <th scope="row">
                  {stageTitle(stage)}
                  <span className="rv-stage-changes">{cells.changes}</span>
                  {stage.frictionsResolved + stage.frictionsNew > 0 ? (
                    <span className="rv-stage-changes">Frictions: {cells.frictions}</span>
                  ) : null}
                </th>
                <td>{cells.touchpoints}</td>
                <td title="Average emotion, before → after">{cells.emotion}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3 className="pn-section-title">
        Touchpoint changes <span className="pn-count">{comparison.touchpoints.length}</span>
      </h3>
      {comparison.touchpoints.length === 0 ? (
        <p className="pn-empty">No touchpoint was added, removed, moved or re-rated.</p>
      ) : (
        <ul className="rv-list">
          {comparison.touchpoints.map((t) => (
            <li key={t.id} className="rv-journey-item" data-id={t.id}>
              {t.status === 'removed' ? (
                <span className="rv-name is-gone" title="Not in the open map">
                  {t.title}
                </span>
              ) : (
                <button
                  type="button"
                  className="rv-name"
                  onClick={() => revealElement(view, document.getState().map, 'touchpoint', t.id)}
                >
                  {t.title}
                </button>
              )}
              <span className={`rv-status rv-status--${t.status}`}>{touchpointStatusWord(t)}</span>
              <ul className="rv-lines">
                {touchpointChangeLines(t).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div className="rv-actions">
        <button
          type="button"
          className="pn-button"
          disabled={busy}
          onClick={() => void exportPdf()}
        >
          Export comparison as PDF…
        </button>
      </div>
      {report !== null ? (
        <p className={report.tone === 'error' ? 'pn-error' : 'pn-hint'} aria-live="polite">
          {report.text}
        </p>
      ) : null}
    </div>
  );
}

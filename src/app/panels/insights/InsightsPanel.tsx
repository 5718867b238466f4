/**
 * Insights derived from the map (computeInsights), never stored: the balance of service
 * and experience by department and by stage, friction by stage and severity, the average
 * emotion of each stage, the lowest moments (a click reveals one on the map), the share of
 * reactive service, evidence by stage, counts, CSAT and NPS. Every chart is a table, with its bars beside the
 * numbers, so it reads without colour and with a screen reader.
 */
import { useMemo } from 'react';
import { computeInsights } from '../../../core/insights.ts';
import type { Emotion } from '../../../core/model.ts';
import { KIND_LIST, emotionWord } from '../../../core/vocabulary.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { KIND_STYLES } from '../../theme/looks.ts';
import { EmotionFace } from '../../theme/marks.tsx';
import { KindIcon, SeverityLabel } from '../shared/icons.tsx';
import { formatScore, plural } from '../shared/labels.ts';
import { FrictionTable, KindTable } from './tables.tsx';
import { EvidenceTable } from './EvidenceTable.tsx';
import './insights.css';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The face of a (possibly fractional) average: the nearest emotion. */
const nearest = (average: number): Emotion =>
  Math.max(-2, Math.min(2, Math.round(average))) as Emotion;

export function InsightsPanel() {
  const { view } = useStores();
  const map = useDocument((s) => s.map);
  const insights = useMemo(() => computeInsights(map), [map]);
  const stageName = useMemo(() => new Map(map.stages.map((s) => [s.id, s.name])), [map.stages]);
  const departmentName = useMemo(
    () => new Map(map.departments.map((d) => [d.id, d.name])),
    [map.departments],
  );
  const { counts } = insights;

  if (counts.touchpoints === 0) {
    return (
      <aside className="pn-panel pn-insights" aria-label="Insights">
        <h2 className="pn-panel-title">Insights</h2>
        <p className="pn-empty">
          No touchpoints yet. Add some from the palette: the balance of service and experience, the
          friction and the emotion curve will show here.
        </p>
        <dl className="pn-tiles">
          <NpsTile nps={insights.nps} />
        </dl>
      </aside>
    );
  }

  const rated = insights.emotionByStage.filter((stage) => stage.average !== null);

  return (
    <aside className="pn-panel pn-insights" aria-label="Insights">
      <h2 className="pn-panel-title">Insights</h2>
      <dl className="pn-tiles">
        <div className="pn-tile">
          <dt>Touchpoints</dt>
          <dd>{counts.touchpoints}</dd>
        </div>
        <div className="pn-tile" title="The share of the journey that is reactive customer service">
          <dt>Service share</dt>
          <dd>
            {insights.serviceShare === null ? '–' : percent(insights.serviceShare)}
            <span className="pn-tile-note">
              {KIND_LIST.map((kind) => `${counts[kind.id]} ${kind.word.toLowerCase()}`).join(' · ')}
            </span>
          </dd>
        </div>
        <div className="pn-tile">
          <dt>Friction points</dt>
          <dd>
            {counts.frictions}
            <span className="pn-tile-note">{insights.frictionsBySeverity.high} high</span>
          </dd>
        </div>
        <div className="pn-tile">
          <dt>CSAT average</dt>
          <dd>
            {insights.csatAverage === null ? '–' : insights.csatAverage.toFixed(1)}
            <span className="pn-tile-note">
              {insights.csatAverage === null ? 'not measured' : 'out of 5'}
            </span>
          </dd>
        </div>
        <NpsTile nps={insights.nps} />
        <div className="pn-tile">
          <dt>Emotions rated</dt>
          <dd>
            {counts.rated}
            <span className="pn-tile-note">of {counts.touchpoints}</span>
          </dd>
        </div>
      </dl>

      <section className="pn-section" aria-label="Lowest moments">
        <h3 className="pn-section-title">Lowest moments</h3>
        {insights.lowestMoments.length === 0 ? (
          <p className="pn-empty">
            No negative moments: every rated touchpoint is neutral or better.
          </p>
        ) : (
          <ol className="pn-moments">
            {insights.lowestMoments.map((moment) => (
              <li key={moment.touchpointId}>
                <button
                  type="button"
                  className="pn-moment"
                  title="Show it on the map"
                  onClick={() => view.getState().revealTouchpoint(moment.touchpointId)}
                >
                  <EmotionFace emotion={moment.emotion} size={26} />
                  <span className="pn-moment-text">
                    <span className="pn-moment-title">{moment.title}</span>
                    <span className="pn-moment-where">
                      {stageName.get(moment.stageId)} · {departmentName.get(moment.departmentId)}
                    </span>
                    <span className="pn-moment-meta">
                      {emotionWord(moment.emotion)} ({formatScore(moment.emotion)})
                      {moment.frictionCount > 0 ? (
                        <>
                          {' · '}
                          {plural(moment.frictionCount, 'friction')}, worst{' '}
                          {moment.worstSeverity ? (
                            <SeverityLabel severity={moment.worstSeverity} />
                          ) : null}
                        </>
                      ) : null}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="pn-section" aria-label="Emotion by stage">
        <h3 className="pn-section-title">Average emotion by stage</h3>
        {rated.length === 0 ? (
          <p className="pn-empty">No emotions rated yet.</p>
        ) : (
          <table className="pn-table pn-emotion-table">
            <caption className="pn-visually-hidden">Average emotion by stage</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col" className="pn-num">
                  Average
                </th>
                <th scope="col" className="pn-num">
                  Rated
                </th>
              </tr>
            </thead>
            <tbody>
              {insights.emotionByStage.map((stage) => (
                <tr key={stage.stageId}>
                  <th scope="row">
                    <span className="pn-row-name">{stage.name}</span>
                    {stage.average === null ? null : (
                      <span className="pn-emotion-bar" aria-hidden="true">
                        <span
                          className={`pn-emotion-bar-fill${stage.average < 0 ? ' pn-negative' : ''}`}
                          style={{
                            left: `${50 + Math.min(0, stage.average) * 25}%`,
                            width: `${Math.abs(stage.average) * 25}%`,
                          }}
                        />
                      </span>
                    )}
                  </th>
                  <td className="pn-num pn-emotion-cell">
                    {stage.average === null ? (
                      <span className="pn-hint">–</span>
                    ) : (
                      <>
                        <EmotionFace emotion={nearest(stage.average)} size={18} />
                        {formatScore(stage.average, 1)}
                      </>
                    )}
                  </td>
                  <td className="pn-num">
                    {stage.rated}/{stage.rated + stage.unrated}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="pn-section" aria-label="Friction">
        <h3 className="pn-section-title">Friction</h3>
        {counts.frictions === 0 ? (
          <p className="pn-empty">No friction points recorded.</p>
        ) : (
          <FrictionTable
            rows={insights.frictionsByStage.map((row) => ({ ...row, key: row.stageId }))}
          />
        )}
      </section>

      <section className="pn-section" aria-label="Evidence">
        <h3 className="pn-section-title">Evidence</h3>
        <EvidenceTable rows={insights.evidenceByStage} />
      </section>

      <section className="pn-section" aria-label="Service and experience">
        <h3 className="pn-section-title">Service and experience</h3>
        <p className="pn-legend" aria-hidden="true">
          {KIND_LIST.map((kind) => (
            <span key={kind.id} className="pn-legend-item" style={KIND_STYLES[kind.id]}>
              <span className="pn-legend-swatch pn-bar-kind" />
              <KindIcon kind={kind.id} size={14} /> {kind.word}
            </span>
          ))}
        </p>
        <KindTable
          caption="Touchpoints by stage"
          header="Stage"
          rows={insights.byStage.map((row) => ({ ...row, key: row.stageId }))}
        />
        <KindTable
          caption="Touchpoints by department"
          header="Department"
          rows={insights.byDepartment.map((row) => ({ ...row, key: row.departmentId }))}
        />
      </section>
    </aside>
  );
}

function NpsTile({ nps }: { nps: number | null }) {
  return (
    <div className="pn-tile" title="Net promoter score of the whole journey, -100 to 100">
      <dt>NPS</dt>
      <dd>
        {nps === null ? '–' : formatScore(nps)}
        <span className="pn-tile-note">{nps === null ? 'not measured' : 'of the journey'}</span>
      </dd>
    </div>
  );
}

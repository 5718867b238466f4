/**
 * How well each stage is known: a bar of its touchpoints' shares by evidence level (solid
 * observed, hatched reported, dashed-outlined assumed, empty unmarked, so it reads without
 * colour) and the counts beside it.
 */
import { EVIDENCE_BUCKETS, type StageEvidence } from '../../../core/evidence-shares.ts';
import type { EvidenceBucket } from '../../../core/evidence-shares.ts';
import { EVIDENCE_TERMS } from '../../../core/vocabulary.ts';
import { EvidenceIcon } from '../../theme/EvidenceIcon.tsx';

const WORD: Readonly<Record<EvidenceBucket, string>> = {
  observed: EVIDENCE_TERMS.observed.word,
  reported: EVIDENCE_TERMS.reported.word,
  assumed: EVIDENCE_TERMS.assumed.word,
  unmarked: 'Not marked',
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function EvidenceTable({ rows }: { rows: readonly StageEvidence[] }) {
  return (
    <table className="pn-table pn-evidence-table">
      <caption>Touchpoints by stage and evidence</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          {EVIDENCE_BUCKETS.map((bucket) => (
            <th key={bucket} scope="col" className="pn-num" title={WORD[bucket]}>
              {bucket === 'unmarked' ? (
                <span aria-hidden="true">–</span>
              ) : (
                <EvidenceIcon evidence={bucket} size={14} />
              )}
              <span className="pn-visually-hidden">{WORD[bucket]}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.stageId} data-stage-id={row.stageId}>
            <th scope="row">
              <span className="pn-row-name">{row.name}</span>
              {row.shares === null ? (
                <span className="pn-hint pn-evidence-empty">No touchpoints</span>
              ) : (
                <span
                  className="pn-bar pn-evidence-bar"
                  title={EVIDENCE_BUCKETS.map(
                    (bucket) => `${WORD[bucket]} ${percent(row.shares![bucket])}`,
                  ).join(' · ')}
                >
                  {EVIDENCE_BUCKETS.map((bucket) => (
                    <span
                      key={bucket}
                      className={`pn-bar-part pn-bar-evidence-${bucket}`}
                      style={{ width: `${row.shares![bucket] * 100}%` }}
                    />
                  ))}
                </span>
              )}
            </th>
            {EVIDENCE_BUCKETS.map((bucket) => (
              <td key={bucket} className="pn-num" data-bucket={bucket}>
                {row[bucket]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

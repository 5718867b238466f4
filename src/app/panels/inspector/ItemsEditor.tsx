/** The friction points and the opportunities of one touchpoint: add, edit, remove. */
import { LIMITS, type Touchpoint } from '../../../core/model.ts';
import {
  addFriction,
  addOpportunity,
  removeFriction,
  removeOpportunity,
  updateFriction,
  updateOpportunity,
} from '../../../core/ops/index.ts';
import type { EvidenceLevel, Severity } from '../../../core/model.ts';
import { EVIDENCE_LIST, EVIDENCE_TERMS } from '../../../core/vocabulary.ts';
import { CommitText } from '../../ui/CommitText.tsx';
import { AddRow } from '../../ui/AddRow.tsx';
import { SEVERITY_OPTIONS } from '../../ui/options.ts';
import { quoted } from '../shared/labels.ts';
import { SEVERITY_STYLES } from '../../theme/looks.ts';
import { useApply } from '../shared/useApply.ts';

export function FrictionsEditor({ touchpoint }: { touchpoint: Touchpoint }) {
  const apply = useApply();
  const { frictions } = touchpoint;
  return (
    <section className="pn-section" aria-label="Friction points">
      <h3 className="pn-section-title">
        Friction points <span className="pn-count">{frictions.length}</span>
      </h3>
      {frictions.length === 0 ? (
        <p className="pn-empty">None recorded: nothing makes this moment harder.</p>
      ) : (
        <ul className="pn-items">
          {frictions.map((friction, index) => (
            <li
              key={friction.id}
              className={`pn-item pn-item-severity pn-item-${friction.severity}${
                friction.evidence && EVIDENCE_TERMS[friction.evidence].provisional
                  ? ' pn-item-provisional'
                  : ''
              }`}
              style={SEVERITY_STYLES[friction.severity]}
            >
              <CommitText
                label={`Friction ${index + 1}`}
                hideLabel
                multiline
                value={friction.text}
                required
                noun="A friction point"
                maxLength={LIMITS.itemTextLength}
                onCommit={(text) => apply((map) => updateFriction(map, friction.id, { text }))}
              />
              <div className="pn-item-tools">
                <select
                  className="pn-select pn-severity-select"
                  aria-label={`Severity of friction ${index + 1}`}
                  value={friction.severity}
                  onChange={(event) =>
                    apply((map) =>
                      updateFriction(map, friction.id, {
                        severity: event.target.value as Severity,
                      }),
                    )
                  }
                >
                  {SEVERITY_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <select
                  className="pn-select pn-evidence-select"
                  aria-label={`Evidence of friction ${index + 1}`}
                  title="How the team knows: assumed ones are drawn dashed"
                  value={friction.evidence ?? ''}
                  onChange={(event) =>
                    apply((map) =>
                      updateFriction(map, friction.id, {
                        evidence: (event.target.value || undefined) as EvidenceLevel | undefined,
                      }),
                    )
                  }
                >
                  <option value="">No evidence</option>
                  {EVIDENCE_LIST.map((term) => (
                    <option key={term.id} value={term.id}>
                      {term.word}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="pn-icon-button"
                  aria-label={`Remove friction ${quoted(friction.text)}`}
                  title="Remove this friction point"
                  onClick={() => apply((map) => removeFriction(map, friction.id))}
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddRow
        label="New friction point"
        buttonLabel="Add"
        placeholder="e.g. Long wait on the phone"
        maxLength={LIMITS.itemTextLength}
        withSeverity
        onAdd={(text, severity) => apply((map) => addFriction(map, touchpoint.id, text, severity))}
      />
    </section>
  );
}

export function OpportunitiesEditor({ touchpoint }: { touchpoint: Touchpoint }) {
  const apply = useApply();
  const { opportunities } = touchpoint;
  return (
    <section className="pn-section" aria-label="Opportunities">
      <h3 className="pn-section-title">
        Opportunities <span className="pn-count">{opportunities.length}</span>
      </h3>
      {opportunities.length === 0 ? (
        <p className="pn-empty">No ideas yet: how could this moment be better?</p>
      ) : (
        <ul className="pn-items">
          {opportunities.map((opportunity, index) => (
            <li key={opportunity.id} className="pn-item pn-item-idea pn-item-inline">
              <CommitText
                label={`Opportunity ${index + 1}`}
                hideLabel
                multiline
                value={opportunity.text}
                required
                noun="An opportunity"
                maxLength={LIMITS.itemTextLength}
                onCommit={(text) =>
                  apply((map) => updateOpportunity(map, opportunity.id, { text }))
                }
              />
              <div className="pn-item-tools">
                <button
                  type="button"
                  className="pn-icon-button"
                  aria-label={`Remove opportunity ${quoted(opportunity.text)}`}
                  title="Remove this opportunity"
                  onClick={() => apply((map) => removeOpportunity(map, opportunity.id))}
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddRow
        label="New opportunity"
        buttonLabel="Add"
        placeholder="e.g. Call back instead of queueing"
        maxLength={LIMITS.itemTextLength}
        onAdd={(text) => apply((map) => addOpportunity(map, touchpoint.id, text))}
      />
    </section>
  );
}

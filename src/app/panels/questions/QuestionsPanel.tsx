/**
 * The "Questions to resolve" tab: the map checks' findings, grouped by stage or by rule;
 * clicking one shows its element on the map. Below, a switch per rule turns it off for this
 * map (saved in the file, one undo step). The findings are computed only while the side
 * tab shows, once per change of the map (findings.ts).
 */
import { useId, useMemo, useState } from 'react';
import { CHECK_RULE_LIST, CHECK_SEVERITY_WORDS, type Finding } from '../../../core/checks/index.ts';
import { setCheckEnabled } from '../../../core/ops/checks.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { useApply } from '../shared/useApply.ts';
import {
  countByRule,
  findingsOf,
  groupFindings,
  knownFindingsOf,
  type Grouping,
} from './findings.ts';
import { revealFinding } from './reveal-finding.ts';
import './questions.css';

const findingKey = (f: Finding) => `${f.rule} ${f.path}`;

export function QuestionsPanel() {
  const map = useDocument((s) => s.map);
  const { view } = useStores();
  const apply = useApply();
  const [by, setBy] = useState<Grouping>('stage');
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const groupName = useId();

  const findings = findingsOf(map);
  const groups = useMemo(() => groupFindings(map, findings, by), [map, findings, by]);
  const counts = useMemo(() => countByRule(findings), [findings]);
  const disabled = new Set(map.checks?.disabled ?? []);

  function show(finding: Finding) {
    setShown(findingKey(finding));
    revealFinding(view, map, finding);
  }

  return (
    <section className="pn-panel qs-panel" aria-label="Questions to resolve">
      <div className="pn-panel-header">
        <h2 className="pn-panel-title">Questions to resolve</h2>
      </div>
      <div className="qs-grouping" role="radiogroup" aria-label="Group the questions">
        {(['stage', 'rule'] as const).map((g) => (
          <label key={g} className="qs-choice">
            <input type="radio" name={groupName} checked={by === g} onChange={() => setBy(g)} />
            By {g}
          </label>
        ))}
      </div>
      {findings.length === 0 ? (
        <p className="pn-hint">
          {disabled.size > 0 && CHECK_RULE_LIST.every((r) => disabled.has(r.id))
            ? 'Every check is switched off for this map.'
            : 'Nothing to ask: the map passes every check that is on.'}
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.key} className="pn-section qs-group" aria-label={group.title}>
          <h3 className="qs-group-title">
            {group.title} <span className="pn-count">{group.findings.length}</span>
          </h3>
          <ul className="qs-list">
            {group.findings.map((f) => (
              <li key={findingKey(f)}>
                <button
                  type="button"
                  className={`qs-finding is-${f.severity}`}
                  aria-current={shown === findingKey(f) ? 'true' : undefined}
                  title="Show it on the map"
                  onClick={() => show(f)}
                >
                  <span className="qs-severity">{CHECK_SEVERITY_WORDS[f.severity]}</span>
                  <span className="qs-message">{f.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="pn-section qs-rules" aria-label="Checks for this map">
        <h3 className="pn-section-title">Checks for this map</h3>
        {CHECK_RULE_LIST.map((rule) => {
          const on = !disabled.has(rule.id);
          return (
            <label key={rule.id} className="qs-rule" title={rule.hint}>
              <input
                type="checkbox"
                role="switch"
                checked={on}
                onChange={(event) =>
                  setError(apply((m) => setCheckEnabled(m, rule.id, event.target.checked)))
                }
              />
              <span className="qs-rule-title">{rule.title}</span>
              {on ? <span className="pn-count">{counts.get(rule.id) ?? 0}</span> : null}
            </label>
          );
        })}
        {error !== null ? <p className="pn-error">{error}</p> : null}
      </section>
    </section>
  );
}

/**
 * The tab's name with the number of findings. While another tab shows, the count is shown
 * only when this very map was checked already: a big map is not checked on every edit for a
 * tab nobody is reading.
 */
export function QuestionsTabLabel({ label, active }: { label: string; active: boolean }) {
  const map = useDocument((s) => s.map);
  const count = (active ? findingsOf(map) : knownFindingsOf(map))?.length;
  if (count === undefined) return <>{label}</>;
  return (
    <>
      {label} <span className="qs-tab-count">{count}</span>
    </>
  );
}

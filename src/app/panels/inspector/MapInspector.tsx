/** Nothing selected: the map's own fields (title, description, persona, NPS, scenario, expectations) and its counts. */
import { useMemo } from 'react';
import { LIMITS, type Persona } from '../../../core/model.ts';
import {
  clearPersona,
  setDescription,
  setNps,
  setPersona,
  setTitle,
} from '../../../core/ops/index.ts';
import { useDocument } from '../../store/context.tsx';
import { CommitText } from '../../ui/CommitText.tsx';
import { AddRow } from '../../ui/AddRow.tsx';
import { quoted } from '../shared/labels.ts';
import { useApply } from '../shared/useApply.ts';
import { parseNps } from './numbers.ts';
import { MapStateField } from '../review/MapState.tsx';
import { countByKind } from '../../../core/insights.ts';
import { KIND_LIST } from '../../../core/vocabulary.ts';
import { BlueprintTextEditor } from './BlueprintTextEditor.tsx';

function PersonaEditor() {
  const apply = useApply();
  const persona = useDocument((s) => s.map.persona);
  const goals = persona?.goals ?? [];
  const set = (patch: Partial<Persona>) => apply((map) => setPersona(map, patch));
  const optional = (text: string) => (text.trim() === '' ? undefined : text);
  const setGoals = (next: string[]) => set({ goals: next.length > 0 ? next : undefined });

  return (
    <section className="pn-section" aria-label="Persona">
      <h3 className="pn-section-title">Persona</h3>
      <p className="pn-hint">Who takes this journey.</p>
      <CommitText
        label="Name"
        placeholder="e.g. Fiona, 38, busy parent"
        value={persona?.name ?? ''}
        onCommit={(name) => set({ name })}
      />
      <CommitText
        label="About them"
        multiline
        value={persona?.description ?? ''}
        onCommit={(text) => set({ description: optional(text) })}
      />
      <div className="pn-field">
        <span className="pn-label">Goals</span>
        {goals.length > 0 ? (
          <ul className="pn-items">
            {goals.map((goal, index) => (
              // By position: editing a goal keeps its field (and the focus).
              <li key={index} className="pn-item pn-item-goal">
                <CommitText
                  label={`Goal ${index + 1}`}
                  hideLabel
                  multiline
                  trim
                  value={goal}
                  onCommit={(text) =>
                    setGoals(
                      text === ''
                        ? goals.filter((_, i) => i !== index)
                        : goals.map((g, i) => (i === index ? text : g)),
                    )
                  }
                />
                <div className="pn-item-tools">
                  <button
                    type="button"
                    className="pn-icon-button"
                    aria-label={`Remove goal ${quoted(goal)}`}
                    title="Remove this goal"
                    onClick={() => setGoals(goals.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        <AddRow
          label="New goal"
          buttonLabel="Add"
          placeholder="What they want to achieve"
          onAdd={(text) => setGoals([...goals, text])}
        />
      </div>
      <CommitText
        label="Quote"
        multiline
        placeholder="In their own words"
        value={persona?.quote ?? ''}
        onCommit={(text) => set({ quote: optional(text) })}
      />
      {persona ? (
        <div className="pn-actions">
          <button type="button" className="pn-button" onClick={() => apply(clearPersona)}>
            Clear persona
          </button>
        </div>
      ) : null}
    </section>
  );
}

function MapCounts() {
  const map = useDocument((s) => s.map);
  const counts = useMemo(() => {
    const kinds = countByKind(map.touchpoints);
    let frictions = 0;
    let opportunities = 0;
    for (const tp of map.touchpoints) {
      frictions += tp.frictions.length;
      opportunities += tp.opportunities.length;
    }
    return [
      ['Stages', map.stages.length],
      ['Departments', map.departments.length],
      ['Touchpoints', kinds.total],
      ...KIND_LIST.map((kind) => [kind.word, kinds[kind.id]] as const),
      ['Friction points', frictions],
      ['Opportunities', opportunities],
      ['Connections', map.connections.length],
    ] as const satisfies readonly (readonly [string, number])[];
  }, [map]);
  return (
    <section className="pn-section" aria-label="Map counts">
      <h3 className="pn-section-title">In this map</h3>
      <dl className="pn-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function MapInspector() {
  const apply = useApply();
  const title = useDocument((s) => s.map.title);
  const description = useDocument((s) => s.map.description);
  const nps = useDocument((s) => s.map.nps);

  return (
    <div className="pn-inspector-body">
      <header className="pn-panel-header">
        <h2 className="pn-panel-title">Map</h2>
      </header>
      <p className="pn-hint">Select a touchpoint on the map to edit it.</p>
      <CommitText
        label="Map title"
        noun="The title"
        required
        maxLength={LIMITS.titleLength}
        value={title}
        onCommit={(text) => apply((map) => setTitle(map, text))}
      />
      <CommitText
        label="Map description"
        multiline
        value={description ?? ''}
        onCommit={(text) =>
          apply((map) => setDescription(map, text.trim() === '' ? undefined : text))
        }
      />
      <CommitText
        label="NPS (−100 to 100)"
        className="pn-field-short"
        inputMode="numeric"
        hint="Net promoter score of the whole journey; empty: not measured."
        value={typeof nps === 'number' ? String(nps) : ''}
        validate={(text) => {
          const parsed = parseNps(text);
          if (parsed.ok) return null;
          const kept = typeof nps === 'number' ? String(nps) : 'none';
          return `${parsed.error} Kept the previous value (${kept}).`;
        }}
        onCommit={(text) => {
          const parsed = parseNps(text);
          if (!parsed.ok) return parsed.error;
          if (parsed.value === (nps ?? null)) return null;
          return apply((map) => setNps(map, parsed.value));
        }}
      />
      <MapStateField />
      <PersonaEditor />
      <BlueprintTextEditor />
      <MapCounts />
    </div>
  );
}

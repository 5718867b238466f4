/** Several selected touchpoints: the fields they can share, edited for all at once (one step each). */
import { useState } from 'react';
import type { Emotion, JourneyMap, Touchpoint } from '../../../core/model.ts';
import {
  moveTouchpoints,
  removeTouchpoints,
  setTouchpointsEvidence,
  updateTouchpoint,
} from '../../../core/ops/index.ts';
import type { TouchpointPatch } from '../../../core/ops/index.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { EmotionPicker } from '../shared/EmotionPicker.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { KindIcon } from '../shared/icons.tsx';
import { KIND_STYLES } from '../../theme/looks.ts';
import { Segmented } from '../../ui/Segmented.tsx';
import { useApply } from '../shared/useApply.ts';
import { CHANNEL_OPTIONS, KIND_OPTIONS, named, shared } from './options.tsx';
import { EvidencePicker } from './EvidenceFields.tsx';

const LISTED = 6;

export function MultiInspector({ touchpoints }: { touchpoints: readonly Touchpoint[] }) {
  const apply = useApply();
  const { view } = useStores();
  const stages = useDocument((s) => s.map.stages);
  const departments = useDocument((s) => s.map.departments);
  const [error, setError] = useState<string | null>(null);
  const ids = touchpoints.map((tp) => tp.id);
  const count = touchpoints.length;

  const updateAll = (patch: TouchpointPatch) =>
    setError(
      apply((map) => ids.reduce<JourneyMap>((acc, id) => updateTouchpoint(acc, id, patch), map)),
    );
  const moveAll = (target: { stageId?: string; departmentId?: string }) =>
    setError(
      apply((map) =>
        moveTouchpoints(
          map,
          ids.map((id) => ({ id, ...target })),
        ),
      ),
    );

  return (
    <div className="pn-inspector-body">
      <header className="pn-panel-header">
        <h2 className="pn-panel-title">{count} touchpoints selected</h2>
      </header>
      <ul className="pn-selected-list" aria-label="Selected touchpoints">
        {touchpoints.slice(0, LISTED).map((tp) => (
          <li key={tp.id}>
            <KindIcon
              kind={tp.kind}
              size={14}
              className="pn-kind-mark"
              style={KIND_STYLES[tp.kind]}
            />
            <span>{tp.title}</span>
          </li>
        ))}
        {count > LISTED ? <li className="pn-hint">and {count - LISTED} more</li> : null}
      </ul>
      <p className="pn-hint">
        A change here applies to all {count}; empty fields differ between them.
      </p>
      <div className="pn-field">
        <span className="pn-label" aria-hidden="true">
          Kind
        </span>
        <Segmented
          label="Kind"
          options={KIND_OPTIONS}
          value={shared(touchpoints.map((tp) => tp.kind))}
          onChange={(kind) => updateAll({ kind })}
        />
      </div>
      <div className="pn-row">
        <SelectField
          label="Stage"
          value={shared(touchpoints.map((tp) => tp.stageId)) ?? ''}
          mixedLabel="Mixed"
          options={named(stages)}
          onChange={(stageId) => moveAll({ stageId })}
        />
        <SelectField
          label="Department"
          value={shared(touchpoints.map((tp) => tp.departmentId)) ?? ''}
          mixedLabel="Mixed"
          options={named(departments)}
          onChange={(departmentId) => moveAll({ departmentId })}
        />
      </div>
      <SelectField
        label="Channel"
        value={shared(touchpoints.map((tp) => tp.channel)) ?? ''}
        mixedLabel="Mixed"
        options={CHANNEL_OPTIONS}
        onChange={(channel) => updateAll({ channel: channel as Touchpoint['channel'] })}
      />
      <EmotionPicker
        value={shared<Emotion | null>(touchpoints.map((tp) => tp.emotion))}
        onChange={(emotion) => updateAll({ emotion })}
      />
      <EvidencePicker
        value={shared(touchpoints.map((tp) => tp.evidence ?? null))}
        onChange={(evidence) =>
          setError(apply((map) => setTouchpointsEvidence(map, ids, evidence)))
        }
      />
      {error ? (
        <p className="pn-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="pn-actions">
        <button
          type="button"
          className="pn-button pn-button-danger"
          onClick={() => {
            if (apply((map) => removeTouchpoints(map, ids)) === null) {
              view.getState().clearSelection();
            }
          }}
        >
          Delete {count} touchpoints
        </button>
      </div>
    </div>
  );
}

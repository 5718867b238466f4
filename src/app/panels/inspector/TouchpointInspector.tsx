/** Every field of one selected touchpoint. Each commit is one undo step. */
import { useState } from 'react';
import { LIMITS, type Touchpoint } from '../../../core/model.ts';
import { moveTouchpoint, removeTouchpoints, updateTouchpoint } from '../../../core/ops/index.ts';
import type { TouchpointPatch } from '../../../core/ops/index.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { CommitText } from '../../ui/CommitText.tsx';
import { EmotionPicker } from '../shared/EmotionPicker.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { KindLabel } from '../shared/icons.tsx';
import { Segmented } from '../../ui/Segmented.tsx';
import { useApply } from '../shared/useApply.ts';
import { ConnectionsEditor } from './ConnectionsEditor.tsx';
import { EvidencePicker, SourceField } from './EvidenceFields.tsx';
import { FrictionsEditor, OpportunitiesEditor } from './ItemsEditor.tsx';
import { parseCsat } from './numbers.ts';
import { CHANNEL_OPTIONS, KIND_OPTIONS, named } from './options.tsx';

export function TouchpointInspector({ touchpoint }: { touchpoint: Touchpoint }) {
  const apply = useApply();
  const { view } = useStores();
  const stages = useDocument((s) => s.map.stages);
  const departments = useDocument((s) => s.map.departments);
  const [error, setError] = useState<string | null>(null);
  const { id } = touchpoint;

  const update = (patch: TouchpointPatch) => apply((map) => updateTouchpoint(map, id, patch));
  const choose = (patch: TouchpointPatch) => setError(update(patch));
  const optional = (text: string) => (text.trim() === '' ? undefined : text);

  return (
    <div className="pn-inspector-body">
      <header className="pn-panel-header">
        <h2 className="pn-panel-title">Touchpoint</h2>
        <KindLabel kind={touchpoint.kind} />
      </header>
      <CommitText
        label="Title"
        noun="The title"
        required
        maxLength={LIMITS.titleLength}
        value={touchpoint.title}
        onCommit={(title) => update({ title })}
      />
      <CommitText
        label="Description"
        multiline
        value={touchpoint.description ?? ''}
        onCommit={(text) => update({ description: optional(text) })}
      />
      <div className="pn-field">
        <span className="pn-label" aria-hidden="true">
          Kind
        </span>
        <Segmented
          label="Kind"
          options={KIND_OPTIONS}
          value={touchpoint.kind}
          onChange={(kind) => choose({ kind })}
        />
      </div>
      <div className="pn-row">
        <SelectField
          label="Stage"
          value={touchpoint.stageId}
          options={named(stages)}
          onChange={(stageId) => setError(apply((map) => moveTouchpoint(map, id, { stageId })))}
        />
        <SelectField
          label="Department"
          value={touchpoint.departmentId}
          options={named(departments)}
          onChange={(departmentId) =>
            setError(apply((map) => moveTouchpoint(map, id, { departmentId })))
          }
        />
      </div>
      <SelectField
        label="Channel"
        value={touchpoint.channel}
        options={CHANNEL_OPTIONS}
        onChange={(channel) => choose({ channel: channel as Touchpoint['channel'] })}
      />
      {error ? (
        <p className="pn-error" role="alert">
          {error}
        </p>
      ) : null}
      <EmotionPicker value={touchpoint.emotion} onChange={(emotion) => choose({ emotion })} />
      <CommitText
        label="What the customer thinks or feels"
        multiline
        placeholder="In their words"
        value={touchpoint.emotionNote ?? ''}
        onCommit={(text) => update({ emotionNote: optional(text) })}
      />
      <CommitText
        label="CSAT (1 to 5)"
        className="pn-field-short"
        inputMode="decimal"
        hint="Satisfaction right after the interaction; empty: not measured."
        value={typeof touchpoint.csat === 'number' ? String(touchpoint.csat) : ''}
        validate={(text) => {
          const parsed = parseCsat(text);
          if (parsed.ok) return null;
          const kept = typeof touchpoint.csat === 'number' ? String(touchpoint.csat) : 'none';
          return `${parsed.error} Kept the previous value (${kept}).`;
        }}
        onCommit={(text) => {
          const parsed = parseCsat(text);
          if (!parsed.ok) return parsed.error;
          if (parsed.value === (touchpoint.csat ?? undefined)) return null;
          return update({ csat: parsed.value });
        }}
      />
      <EvidencePicker
        value={touchpoint.evidence ?? null}
        onChange={(evidence) => choose({ evidence })}
      />
      <SourceField value={touchpoint.source} onCommit={(source) => update({ source })} />
      <FrictionsEditor touchpoint={touchpoint} />
      <OpportunitiesEditor touchpoint={touchpoint} />
      <ConnectionsEditor touchpointId={id} />
      <div className="pn-actions">
        <button
          type="button"
          className="pn-button pn-button-danger"
          onClick={() => {
            if (apply((map) => removeTouchpoints(map, [id])) === null) {
              view.getState().clearSelection();
            }
          }}
        >
          Delete touchpoint
        </button>
      </div>
    </div>
  );
}

/**
 * The journey-map words the canvas shows around the grid: the scenario (in the header
 * corner, with the persona) and what the customer expects at each stage (under the stage
 * names). Blank text removes the field.
 */
import { useId } from 'react';
import { setScenario, setStageExpectations } from '../../../core/ops/index.ts';
import { useDocument } from '../../store/context.tsx';
import { CommitText } from '../../ui/CommitText.tsx';
import { useApply } from '../shared/useApply.ts';

export function BlueprintTextEditor() {
  const apply = useApply();
  const headingId = useId();
  const scenario = useDocument((s) => s.map.scenario);
  const stages = useDocument((s) => s.map.stages);
  return (
    <section className="pn-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="pn-section-title">
        Scenario and expectations
      </h3>
      <CommitText
        label="Scenario"
        multiline
        hint="The situation this journey covers."
        value={scenario ?? ''}
        onCommit={(text) => apply((map) => setScenario(map, text))}
      />
      {stages.map((stage) => (
        <CommitText
          key={stage.id}
          label={`Expectations at ${stage.name}`}
          value={stage.expectations ?? ''}
          placeholder="What the customer expects here"
          onCommit={(text) => apply((map) => setStageExpectations(map, stage.id, text))}
        />
      ))}
    </section>
  );
}

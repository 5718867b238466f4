/**
 * Which state the open map shows: the "Future state" badge beside the file name in the top
 * bar, and the state field of the Map inspector (current or future, switchable, one undo
 * step) with the map a future-state copy was made from.
 */
import { MAP_STATES, type MapState } from '../../../core/model.ts';
import { setMapState } from '../../../core/ops/index.ts';
import { MAP_STATE_TERMS } from '../../../core/vocabulary.ts';
import { useDocument } from '../../store/context.tsx';
import { Segmented } from '../../ui/Segmented.tsx';
import { useApply } from '../shared/useApply.ts';
import './map-state.css';

const STATE_OPTIONS = MAP_STATES.map((state) => ({
  value: state,
  label: MAP_STATE_TERMS[state].word,
}));

/** Nothing for a current-state map: that is every map until someone plans a future. */
export function MapStateBadge() {
  const state = useDocument((s) => s.map.state ?? 'current');
  if (state === 'current') return null;
  return (
    <span className="rv-state-badge" data-state={state}>
      {MAP_STATE_TERMS[state].word}
    </span>
  );
}

export function MapStateField() {
  const apply = useApply();
  const state = useDocument((s) => s.map.state ?? 'current');
  const basedOn = useDocument((s) => s.map.basedOn);
  return (
    <div className="pn-field">
      <span className="pn-label" aria-hidden="true">
        State
      </span>
      <Segmented<MapState>
        label="Map state"
        options={STATE_OPTIONS}
        value={state}
        onChange={(next) => apply((map) => setMapState(map, next))}
      />
      {basedOn ? (
        <p className="pn-hint rv-based-on">
          Made from <strong>{basedOn.title}</strong>. To see what changed, compare it with that file
          (Compare with another map file…, in the File menu and Ctrl+K).
        </p>
      ) : null}
    </div>
  );
}

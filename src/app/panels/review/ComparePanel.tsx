/**
 * The Compare view: what changed from another copy of the map to the open one. "All changes"
 * groups them by stages, departments, touchpoints, connections and the map, in the words of
 * `touchmap diff`; "Journey" shows the journey comparison per stage and touchpoint
 * (JourneyView.tsx), first when either map is a future-state one. A change of an element the
 * open map has selects it and brings it into view; the cards it lists are highlighted on the
 * canvas while the view is open.
 */
import { useEffect, useMemo, useState } from 'react';
import { diffMaps } from '../../../core/diff.ts';
import {
  changedTouchpointIds,
  countChanges,
  groupChanges,
  type ChangedElement,
} from '../../../core/diff-groups.ts';
import type { JourneyMap } from '../../../core/model.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { plural } from '../shared/labels.ts';
import { revealElement } from './reveal.ts';
import { ReviewHeader } from './ReviewHeader.tsx';
import { JourneyView } from './JourneyView.tsx';
import { Segmented } from '../../ui/Segmented.tsx';

type Tab = 'journey' | 'changes';

const TABS = [
  { value: 'journey', label: 'Journey' },
  { value: 'changes', label: 'All changes' },
] as const satisfies readonly { value: Tab; label: string }[];

const FOLLOW_MS = 250;

const STATUS_WORDS: Record<ChangedElement['status'], string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
};

function ElementRow({ element, onShow }: { element: ChangedElement; onShow: () => void }) {
  const removed = element.status === 'removed';
  return (
    <li className="rv-item" data-entity={element.entity} data-id={element.id}>
      {removed ? (
        <span className="rv-name is-gone" title="Not in the open map">
          {element.name}
        </span>
      ) : (
        <button type="button" className="rv-name" onClick={onShow}>
          {element.name}
        </button>
      )}
      <span className={`rv-status rv-status--${element.status}`}>
        {STATUS_WORDS[element.status]}
      </span>
      {element.lines.length > 0 ? (
        <ul className="rv-lines">
          {element.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function ComparePanel({ name, other }: { name: string; other: JourneyMap }) {
  const { view, document } = useStores();
  const map = useDocument((state) => state.map);
  // The list follows edits a moment later: on a 1,500-card map a diff takes a good part of
  // a frame budget, and typing a title must not wait for it on every key.
  const [compared, setCompared] = useState(map);
  useEffect(() => {
    const timer = setTimeout(() => setCompared(map), FOLLOW_MS);
    return () => clearTimeout(timer);
  }, [map]);
  const changes = useMemo(() => diffMaps(other, compared), [other, compared]);
  const groups = useMemo(() => groupChanges(changes), [changes]);
  const changed = useMemo(() => changedTouchpointIds(changes), [changes]);
  const counts = countChanges(groups);
  const [tab, setTab] = useState<Tab>(() =>
    other.state === 'future' || map.state === 'future' ? 'journey' : 'changes',
  );

  useEffect(() => view.getState().setHighlight(changed), [view, changed]);
  useEffect(() => () => view.getState().setHighlight(null), [view]);

  return (
    <section className="pn-panel rv-panel" aria-label="Compare">
      <ReviewHeader title="Compare" />
      <p className="rv-subject">
        From <strong>{name}</strong> to this map
      </p>
      <Segmented<Tab>
        label="Show"
        className="rv-tabs"
        options={TABS}
        value={tab}
        onChange={setTab}
      />
      {tab === 'journey' ? (
        <JourneyView name={name} other={other} compared={compared} />
      ) : (
        <>
          {groups.length === 0 ? (
            <p className="pn-empty rv-equal" role="status">
              The two maps are the same.
            </p>
          ) : (
            <p className="pn-hint" role="status">
              {plural(counts.changes, 'change')} in {plural(counts.elements, 'element')}. Changed
              cards are highlighted on the map.
            </p>
          )}
          {groups.map((group) => (
            <div key={group.entity} className="pn-section rv-group" data-group={group.entity}>
              <h3 className="pn-section-title">
                {group.title} <span className="pn-count">{group.elements.length}</span>
              </h3>
              <ul className="rv-list">
                {group.elements.map((element) => (
                  <ElementRow
                    key={element.id}
                    element={element}
                    onShow={() =>
                      revealElement(view, document.getState().map, element.entity, element.id)
                    }
                  />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/**
 * The merge conflicts the open map carries (left by `touchmap merge`, e.g. through git's
 * merge driver), one by one: which element and field, base → ours / theirs in words, and
 * "Keep ours" / "Take theirs", each one undo step. Our value is what the map holds until then.
 */
import { useState } from 'react';
import { describeConflict } from '../../../core/conflict-words.ts';
import {
  recordsValues,
  resolveConflict,
  valueAtPath,
  type ConflictSide,
} from '../../../core/ops/index.ts';
import { describeDiffValue } from '../../../core/diff-describe.ts';
import { jsonEqual } from '../../../core/diff-json.ts';
import type { MergeConflict } from '../../../core/model.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { useApply } from '../shared/useApply.ts';
import { plural } from '../shared/labels.ts';
import { revealElement } from './reveal.ts';
import { ReviewHeader } from './ReviewHeader.tsx';

const ENTITY_WORDS = {
  map: 'Map',
  stage: 'Stage',
  department: 'Department',
  row: 'Row',
  touchpoint: 'Touchpoint',
  note: 'Note',
  connection: 'Connection',
  comment: 'Comment',
} as const;

interface RowProps {
  conflict: MergeConflict;
  index: number;
  error: string | null;
  onResolve: (index: number, side: ConflictSide) => void;
}

function ConflictRow({ conflict, index, error, onResolve }: RowProps) {
  const { view } = useStores();
  const map = useDocument((state) => state.map);
  const words = describeConflict(map, conflict);
  const known = recordsValues(conflict);
  // Edited by hand since the merge: "Keep ours" would put our merged value back.
  const now = valueAtPath(map, conflict.path);
  const stale = known && words.field !== null && !jsonEqual(now, conflict.ours);
  return (
    <li className="rv-item rv-conflict" data-path={conflict.path.join('/')}>
      <button
        type="button"
        className="rv-name"
        onClick={() => revealElement(view, map, words.entity, words.id)}
      >
        <span className="rv-entity">{ENTITY_WORDS[words.entity]}</span> {words.name}
      </button>
      <p className="rv-field">{words.field ?? `the whole ${words.entity}`}</p>
      {known ? (
        <dl className="rv-values">
          <dt>Base</dt>
          <dd>{words.base}</dd>
          <dt>Ours</dt>
          <dd>{words.ours}</dd>
          <dt>Theirs</dt>
          <dd>{words.theirs}</dd>
          {stale ? (
            <>
              <dt>Now</dt>
              <dd className="rv-now">{describeDiffValue(now)} (edited since the merge)</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="pn-hint">The merge recorded where, not the values: the map holds ours.</p>
      )}
      <div className="rv-actions">
        <button type="button" className="pn-button" onClick={() => onResolve(index, 'ours')}>
          Keep ours
        </button>
        <button
          type="button"
          className="pn-button"
          disabled={!known}
          onClick={() => onResolve(index, 'theirs')}
        >
          Take theirs
        </button>
      </div>
      {error !== null ? (
        <p className="pn-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

export function ConflictsPanel() {
  const conflicts = useDocument((state) => state.map.conflicts) ?? [];
  const apply = useApply();
  const [error, setError] = useState<{ index: number; message: string } | null>(null);

  function resolve(index: number, side: ConflictSide) {
    const message = apply((map) => resolveConflict(map, index, side));
    setError(message === null ? null : { index, message });
  }

  return (
    <section className="pn-panel rv-panel" aria-label="Merge conflicts">
      <ReviewHeader title="Merge conflicts" />
      {conflicts.length === 0 ? (
        <p className="pn-empty" role="status">
          No merge conflicts left. Save the map (and, in git, add it).
        </p>
      ) : (
        <p className="pn-hint" role="status">
          {plural(conflicts.length, 'conflict')} where both copies changed the same thing. The map
          holds ours until you choose.
        </p>
      )}
      <ol className="rv-list">
        {conflicts.map((conflict, index) => (
          <ConflictRow
            key={`${index}:${conflict.path.join('/')}`}
            conflict={conflict}
            index={index}
            error={error?.index === index ? error.message : null}
            onResolve={resolve}
          />
        ))}
      </ol>
    </section>
  );
}

/**
 * A connection between two cards: a curve with an arrow head, and its label when it has
 * one. Double-click (or Enter with the connection selected) edits the label in place.
 * Memoised and registered once at module level, like the cards.
 */
import { inlineEditKeyDown } from './inline-edit.ts';
import { memo, useRef, type KeyboardEvent } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { setConnectionLabel } from '../../core/ops/index.ts';
import { LIMITS } from '../../core/model.ts';
import { useStores } from '../store/context.tsx';
import { useEditorUi, useEditorUiStore } from '../editor/editor-ui.tsx';
import { tryApply } from '../editor/edit-actions.ts';
import type { ConnectionEdge } from './flow-model.ts';
import './edges.css';

function LabelEditor({ id, label }: { id: string; label: string }) {
  const { document, view } = useStores();
  const ui = useEditorUiStore();
  const finished = useRef(false);

  function finish(input: HTMLInputElement, commit: boolean) {
    if (finished.current) return;
    finished.current = true;
    const next = input.value.trim();
    if (commit && next !== label) {
      tryApply({ document, view, ui }, (map) =>
        setConnectionLabel(map, id, next === '' ? undefined : next),
      );
    }
    const canvas = input.closest<HTMLElement>('.tm-canvas');
    ui.getState().editConnection(null);
    canvas?.focus({ preventScroll: true });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    inlineEditKeyDown(event, finish);
  }

  return (
    <input
      className="tm-edge-label-input nodrag nopan nowheel"
      defaultValue={label}
      maxLength={LIMITS.itemTextLength}
      placeholder="Label"
      aria-label="Connection label (Enter to keep, Escape to cancel, empty to remove)"
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget, true)}
    />
  );
}

export const ConnectionEdgeView = memo(function ConnectionEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  selected,
  data,
}: EdgeProps<ConnectionEdge>) {
  const editing = useEditorUi((state) => state.editingConnectionId === id);
  const ui = useEditorUiStore();
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  const label = data?.label ?? null;
  const className = ['tm-edge', selected ? 'is-selected' : '', data?.dimmed ? 'is-dimmed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={className}
        interactionWidth={18}
      />
      {editing || label !== null ? (
        <EdgeLabelRenderer>
          <div
            className={`tm-edge-label nodrag nopan${selected ? ' is-selected' : ''}${data?.dimmed ? ' is-dimmed' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-connection-id={id}
            title={editing ? undefined : 'Double-click to edit the label'}
            onDoubleClick={() => ui.getState().editConnection(id)}
          >
            {editing ? <LabelEditor id={id} label={label ?? ''} /> : label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});

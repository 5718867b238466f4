/**
 * One note card of a customer-actions, evidence, thoughts or notes row. Click selects it,
 * double-click or Enter edits its text in place, Delete removes it, a drag drops it in
 * another stage (or note row), Alt+Left/Right moves it a stage. Far out ('marks') it shows
 * no words, like a touchpoint card. Memoised by value: an edit elsewhere re-renders nothing.
 */
import {
  memo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useReactFlow } from '@xyflow/react';
import { LIMITS } from '../../core/model.ts';
import { ROW_GEOMETRY } from '../../core/layout-rows.ts';
import { InlineEditor } from './InlineEditor.tsx';

/** A press that moves less than this (screen px) is a click. */
const DRAG_THRESHOLD = 4;
/** A compact note's line: 20 px letters at 1.15 (notes.css), and its padding (4 px twice). */
const COMPACT_LINE = 23;
const COMPACT_INSET = 10;

/**
 * The lines a note of this height shows in full and compact: the layout made it as tall as
 * its text (noteHeight), so in full every line shows unless the text passed the cap.
 */
function noteLines(height: number): { full: number; compact: number } {
  const g = ROW_GEOMETRY;
  return {
    full: Math.max(1, Math.floor((height - g.NOTE_INSET_Y + 1) / g.NOTE_LINE)),
    compact: Math.max(1, Math.floor((height - COMPACT_INSET) / COMPACT_LINE)),
  };
}

export interface NoteCardProps {
  id: string;
  text: string;
  rowLabel: string;
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
  editing: boolean;
  onSelect: (id: string) => void;
  onEdit: (id: string | null) => void;
  onCommit: (id: string, text: string) => void;
  onDelete: (id: string) => void;
  /** Dropped with its centre at this canvas point. */
  onDrop: (id: string, centre: { x: number; y: number }) => void;
  /** Alt+Left/Right: -1 or 1 stage. */
  onStep: (id: string, by: number) => void;
}

export const NoteCard = memo(function NoteCard(props: NoteCardProps) {
  const { id, text, rowLabel, x, y, width, height, selected, editing } = props;
  const flow = useReactFlow();
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);
  const press = useRef<{ x: number; y: number; zoom: number } | null>(null);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (editing || event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    press.current = { x: event.clientX, y: event.clientY, zoom: flow.getZoom() };
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = press.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (offset === null && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    setOffset({ x: dx / start.zoom, y: dy / start.zoom });
  }
  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const start = press.current;
    press.current = null;
    if (!start) return;
    event.currentTarget.focus({ preventScroll: true });
    if (offset === null) {
      props.onSelect(id);
      return;
    }
    setOffset(null);
    props.onDrop(id, { x: x + offset.x + width / 2, y: y + offset.y + height / 2 });
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (editing) return;
    let handled = true;
    if (event.key === 'Enter' || event.key === 'F2') props.onEdit(id);
    else if (event.key === 'Delete' || event.key === 'Backspace') props.onDelete(id);
    else if (event.altKey && event.key === 'ArrowLeft') props.onStep(id, -1);
    else if (event.altKey && event.key === 'ArrowRight') props.onStep(id, 1);
    else if (event.key === 'Escape')
      event.currentTarget.closest<HTMLElement>('.tm-canvas')?.focus();
    else handled = false;
    if (handled) {
      // The map's own keys (Delete removes cards, Enter adds one) must not run as well.
      event.preventDefault();
      event.stopPropagation();
    }
  }

  const shift = offset ? ` translate(${offset.x}px, ${offset.y}px)` : '';
  const lines = noteLines(height);
  return (
    <div
      className={`tm-note nopan nodrag${selected ? ' is-selected' : ''}${offset ? ' is-dragging' : ''}`}
      data-note-id={id}
      tabIndex={0}
      role="button"
      aria-label={`${text}, ${rowLabel} note. Enter edits, Delete removes, Alt+arrows move it a stage.`}
      style={
        {
          transform: `translate(${x}px, ${y}px)${shift}`,
          width,
          height,
          '--tm-note-lines': String(lines.full),
          '--tm-note-compact-lines': String(lines.compact),
        } as CSSProperties
      }
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onFocus={() => props.onSelect(id)}
      onDoubleClick={(event) => {
        event.stopPropagation();
        props.onEdit(id);
      }}
      onKeyDown={onKeyDown}
    >
      {editing ? (
        <InlineEditor
          className="tm-note-input"
          initial={text}
          maxLength={LIMITS.noteLength}
          label="Note text. Enter keeps it, Escape cancels; empty deletes the note."
          onCommit={(next) => props.onCommit(id, next)}
          onClose={() => props.onEdit(null)}
        />
      ) : (
        <span className="tm-note-text" title={text}>
          {text}
        </span>
      )}
    </div>
  );
});

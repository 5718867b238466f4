/**
 * The map's title in the top bar, editable where it stands: a click (or Enter on it) turns it
 * into a field; Enter or leaving the field renames the map as one undo step, Escape puts the
 * title back untouched. An empty title is not a title: it is put back too.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../core/model.ts';
import { setTitle } from '../../core/ops/index.ts';
import { useDocument } from '../store/context.tsx';
import './title-field.css';

export function TitleField() {
  const title = useDocument((state) => state.map.title);
  const apply = useDocument((state) => state.apply);
  const [draft, setDraft] = useState<string | null>(null);
  // Escape ends editing through blur too; this keeps that blur from committing.
  const cancelled = useRef(false);

  const commit = () => {
    const next = draft?.trim() ?? '';
    setDraft(null);
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (next !== '' && next !== title) apply((map) => setTitle(map, next));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancelled.current = true;
      event.currentTarget.blur();
    }
  };

  if (draft !== null) {
    return (
      <h1 className="tm-doc-title">
        <input
          className="tm-doc-title-input"
          aria-label="Map title"
          value={draft}
          maxLength={LIMITS.titleLength}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
      </h1>
    );
  }
  return (
    <h1 className="tm-doc-title">
      <button
        type="button"
        className="tm-doc-title-button"
        title="Rename the map"
        aria-description="Map title: click to rename"
        onClick={() => setDraft(title)}
      >
        {title}
      </button>
    </h1>
  );
}

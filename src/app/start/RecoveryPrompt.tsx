/**
 * "Recover unsaved work" on the start screen: each draft left by a crash, a closed tab or a
 * reload, with its title and when it was kept, to Restore (it opens unsaved) or Discard. A
 * draft that cannot be read is listed with its problem, never dropped silently.
 */
import { useId } from 'react';
import {
  describeSavedAt,
  titleOf,
  type RecoveryItem,
  type RecoveryList,
} from '../shell/recovery.ts';
import { MapThumbnail } from './MapThumbnail.tsx';

export interface RecoveryPromptProps {
  recovery: RecoveryList;
  /** Whether a damaged draft's text can be saved as a file (the browser: it lives nowhere else). */
  canSaveCopy: boolean;
  onRestore: (item: RecoveryItem) => void;
  onDiscard: (item: RecoveryItem) => void;
  onSaveCopy: (item: RecoveryItem) => void;
  onDismiss: () => void;
  now?: Date;
}

function Item({
  item,
  canSaveCopy,
  onRestore,
  onDiscard,
  onSaveCopy,
  now,
}: Omit<RecoveryPromptProps, 'recovery' | 'onDismiss'> & { item: RecoveryItem }) {
  const id = useId();
  const savedAt = item.kind === 'ready' ? item.draft.savedAt : item.savedAt;
  const when = describeSavedAt(savedAt, now);
  const file = item.kind === 'ready' ? item.draft.file : item.file;
  const title = titleOf(item);
  return (
    <li
      className={`recovery-item${item.kind === 'damaged' ? ' recovery-item--damaged' : ''}`}
      data-document-id={item.documentId}
    >
      {item.kind === 'ready' ? (
        <MapThumbnail map={item.map} className="recovery-thumbnail" />
      ) : null}
      <div className="recovery-text">
        <span className="recovery-title" id={`${id}-title`}>
          {title}
        </span>
        <span className="recovery-meta" id={`${id}-meta`}>
          {savedAt !== null ? (
            <time dateTime={savedAt} title={when.absolute}>
              Kept {when.relative}
            </time>
          ) : null}
          {file ? <span className="recovery-file">{file.name}</span> : null}
          {item.kind === 'ready' ? (
            <span>
              {item.map.touchpoints.length} touchpoint{item.map.touchpoints.length === 1 ? '' : 's'}
            </span>
          ) : null}
        </span>
        {item.kind === 'damaged' ? <span className="recovery-problem">{item.problem}</span> : null}
      </div>
      <div className="recovery-buttons">
        {item.kind === 'ready' ? (
          <button
            type="button"
            className="tm-button tm-button--primary"
            aria-describedby={`${id}-title`}
            onClick={() => onRestore(item)}
          >
            Restore
          </button>
        ) : canSaveCopy ? (
          <button
            type="button"
            className="tm-button"
            aria-describedby={`${id}-title`}
            onClick={() => onSaveCopy(item)}
          >
            Save a copy…
          </button>
        ) : null}
        <button
          type="button"
          className="tm-button tm-button--danger"
          aria-describedby={`${id}-title`}
          onClick={() => onDiscard(item)}
        >
          Discard
        </button>
      </div>
    </li>
  );
}

export function RecoveryPrompt({ recovery, onDismiss, ...rest }: RecoveryPromptProps) {
  const titleId = useId();
  const { items, skipped } = recovery;
  return (
    <section className="start-recovery" aria-labelledby={titleId}>
      <div className="start-recovery-head">
        <h2 id={titleId}>Recover unsaved work</h2>
        <button type="button" className="tm-button tm-button--quiet" onClick={onDismiss}>
          Not now
        </button>
      </div>
      {items.length > 0 ? (
        <>
          <p className="start-recovery-lead">
            {items.length === 1 ? 'This map was' : 'These maps were'} not saved when Touchmap last
            closed. Restore to go on where you left off, or discard what you no longer need.
          </p>
          <ul className="recovery-list" aria-label="Unsaved maps">
            {items.map((item) => (
              <Item key={item.documentId} item={item} {...rest} />
            ))}
          </ul>
        </>
      ) : null}
      {skipped > 0 ? (
        <p className="start-recovery-note" role="note">
          {skipped === 1 ? 'One draft' : `${skipped} drafts`} could not be read and{' '}
          {skipped === 1 ? 'was' : 'were'} left untouched in Touchmap’s drafts folder.
        </p>
      ) : null}
    </section>
  );
}

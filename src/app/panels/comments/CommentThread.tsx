/** One thread in the Comments panel: its comments, a reply box, resolve or reopen, delete. */
import { useState } from 'react';
import type { MapComment } from '../../../core/model.ts';
import type { CommentThread as Thread } from '../../../core/comments.ts';
import {
  deleteComment,
  editCommentText,
  replyToComment,
  setCommentResolved,
} from '../../../core/ops/index.ts';
import type { Edit } from '../shared/useApply.ts';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : WHEN.format(date);
}

const authorName = (author: string): string => (author === '' ? 'Anonymous' : author);

interface ThreadProps {
  thread: Thread;
  /** Applies an edit as one undo step; the refusal's words, or null. */
  apply: (edit: Edit) => string | null;
  /** A new comment's author and time, read when it is posted. */
  stamp: () => { author: string; createdAt: string };
}

export function CommentThread({ thread, apply, stamp }: ThreadProps) {
  const { root, replies } = thread;
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);

  function postReply() {
    if (reply.trim() === '') return;
    const refused = apply((map) => replyToComment(map, root.id, { ...stamp(), text: reply }));
    setError(refused);
    if (refused === null) {
      setReply('');
      setReplying(false);
    }
  }

  return (
    <article
      className={`cm-thread${root.resolved ? ' is-resolved' : ''}`}
      data-comment-id={root.id}
      aria-label={`Comment by ${authorName(root.author)}${root.resolved ? ', resolved' : ''}`}
    >
      <CommentBody comment={root} apply={apply} />
      {replies.map((r) => (
        <div key={r.id} className="cm-reply">
          <CommentBody comment={r} apply={apply} />
        </div>
      ))}
      {replying ? (
        <div className="cm-compose">
          <textarea
            className="pn-input"
            aria-label="Your reply"
            value={reply}
            autoFocus
            onChange={(event) => setReply(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) postReply();
              if (event.key === 'Escape') setReplying(false);
            }}
          />
          <div className="cm-buttons">
            <button type="button" className="pn-button pn-button-primary" onClick={postReply}>
              Reply
            </button>
            <button type="button" className="pn-button" onClick={() => setReplying(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {error !== null ? <p className="cm-error">{error}</p> : null}
      <div className="cm-buttons">
        {!replying ? (
          <button type="button" className="pn-button" onClick={() => setReplying(true)}>
            Reply
          </button>
        ) : null}
        <button
          type="button"
          className="pn-button"
          onClick={() => apply((map) => setCommentResolved(map, root.id, !root.resolved))}
        >
          {root.resolved ? 'Reopen' : 'Resolve'}
        </button>
      </div>
    </article>
  );
}

/** Who, when, what; and editing or deleting it. */
function CommentBody({ comment, apply }: { comment: MapComment; apply: ThreadProps['apply'] }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const who = authorName(comment.author);

  function save() {
    if (draft === null) return;
    const refused =
      draft === comment.text ? null : apply((m) => editCommentText(m, comment.id, draft));
    setError(refused);
    if (refused === null) setDraft(null);
  }

  return (
    <div className="cm-comment" data-comment-id={comment.id}>
      <div className="cm-meta">
        <span className="cm-author">{who}</span>
        <time className="cm-time" dateTime={comment.createdAt}>
          {formatWhen(comment.createdAt)}
        </time>
        <span className="cm-tools">
          <button
            type="button"
            className="pn-icon-button"
            aria-label={`Edit the comment by ${who}`}
            title="Edit"
            onClick={() => setDraft(comment.text)}
          >
            ✎
          </button>
          <button
            type="button"
            className="pn-icon-button pn-icon-danger"
            aria-label={`Delete the comment by ${who}`}
            title={comment.replyTo === undefined ? 'Delete the thread' : 'Delete'}
            onClick={() => apply((m) => deleteComment(m, comment.id))}
          >
            ×
          </button>
        </span>
      </div>
      {draft === null ? (
        <p className="cm-text">{comment.text}</p>
      ) : (
        <div className="cm-compose">
          <textarea
            className="pn-input"
            aria-label="Comment text"
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
              if (event.key === 'Escape') setDraft(null);
            }}
          />
          <div className="cm-buttons">
            <button type="button" className="pn-button pn-button-primary" onClick={save}>
              Save
            </button>
            <button type="button" className="pn-button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
          {error !== null ? <p className="cm-error">{error}</p> : null}
        </div>
      )}
    </div>
  );
}

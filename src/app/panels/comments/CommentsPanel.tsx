/**
 * The Comments tab: every thread grouped by what it is about (in map order), a box for a new
 * comment on the selection, on the map, a stage or a department, and "Unresolved only".
 * Clicking a group's heading shows its element on the map.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CommentTarget } from '../../../core/model.ts';
import {
  commentThreads,
  commentsOf,
  describeTarget,
  targetKey,
  threadsByTarget,
} from '../../../core/comments.ts';
import { addComment } from '../../../core/ops/index.ts';
import { useDocument, useStores, useView } from '../../store/context.tsx';
import { usePreferencesStore } from '../../preferences/context.tsx';
import { useApply } from '../shared/useApply.ts';
import { CommentThread } from './CommentThread.tsx';
import { selectionTarget, showTarget, targetChoices } from './comment-targets.ts';
import './comments.css';

export interface CommentsPanelProps {
  /** "Add comment" asked for a comment on this target: choose it and focus the text box. */
  request?: { target: CommentTarget; nonce: number } | null;
}

export function CommentsPanel({ request = null }: CommentsPanelProps) {
  const map = useDocument((s) => s.map);
  const selection = useView((s) => s.selection);
  const { view } = useStores();
  const preferences = usePreferencesStore();
  const apply = useApply();
  const [unresolvedOnly, setUnresolvedOnly] = useState(false);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const fromSelection = selectionTarget(map, selection);
  const choices = targetChoices(map, fromSelection);
  const target = (choices.find((c) => c.key === chosen) ?? choices[0]!).target;

  // A new selection proposes its own element again; a new request proposes its target.
  const [seen, setSeen] = useState({ selection, request });
  if (seen.selection !== selection || seen.request !== request) {
    setSeen({ selection, request });
    setChosen(request !== seen.request && request !== null ? targetKey(request.target) : null);
  }
  useEffect(() => {
    if (request !== null) textRef.current?.focus();
  }, [request]);

  const groups = useMemo(() => {
    const threads = commentThreads(commentsOf(map));
    const shown = unresolvedOnly ? threads.filter((t) => !t.root.resolved) : threads;
    return threadsByTarget(map, shown);
  }, [map, unresolvedOnly]);
  const total = commentThreads(commentsOf(map)).length;

  const stamp = () => ({
    author: preferences?.get().authorName.trim() || 'Anonymous',
    createdAt: new Date().toISOString(),
  });

  function post() {
    if (text.trim() === '') {
      setError('Write something first.');
      return;
    }
    const refused = apply((m) => addComment(m, target, { ...stamp(), text }));
    setError(refused);
    if (refused === null) setText('');
  }

  return (
    <section className="pn-panel cm-panel" aria-label="Comments">
      <div className="pn-panel-header">
        <h2 className="pn-panel-title">Comments</h2>
        <label className="cm-filter">
          <input
            type="checkbox"
            checked={unresolvedOnly}
            onChange={(event) => setUnresolvedOnly(event.target.checked)}
          />
          Unresolved only
        </label>
      </div>
      <div className="cm-new">
        <label className="pn-field">
          <span className="pn-label">New comment on</span>
          <select
            className="pn-select"
            value={targetKey(target)}
            onChange={(event) => setChosen(event.target.value)}
          >
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <textarea
          ref={textRef}
          className="pn-input"
          aria-label="New comment"
          placeholder="Write a comment… (Ctrl+Enter to post)"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) post();
          }}
        />
        {error !== null ? <p className="cm-error">{error}</p> : null}
        <div className="cm-buttons">
          <button type="button" className="pn-button pn-button-primary" onClick={post}>
            Comment
          </button>
        </div>
      </div>
      {groups.length === 0 ? (
        <p className="pn-hint">
          {total === 0
            ? 'No comments yet. Select a card and press Ctrl+Alt+M, or write one above.'
            : 'Every comment is resolved.'}
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={targetKey(group.target)} className="pn-section cm-group">
          <h3 className="cm-target">
            <button
              type="button"
              className="pn-link"
              title="Show it on the map"
              onClick={() => showTarget(view.getState(), map, group.target)}
            >
              {describeTarget(map, group.target)}
            </button>
          </h3>
          {group.threads.map((thread) => (
            <CommentThread key={thread.root.id} thread={thread} apply={apply} stamp={stamp} />
          ))}
        </section>
      ))}
    </section>
  );
}

/**
 * The line under the map: what is selected (announced to screen readers), the last
 * message from an action, and where to find the shortcuts.
 */
import { useEffect, useState } from 'react';
import { useDocument, useView } from '../store/context.tsx';
import { useEditorUi } from './editor-ui.tsx';
import { IS_MAC, shortcutText } from './keymap.ts';
import { kindWord } from '../../core/vocabulary.ts';
import { ConflictsNotice } from '../panels/review/ConflictsNotice.tsx';
import './status-bar.css';

const MESSAGE_MS = 6000;

function useSelectionSummary(): string {
  const selection = useView((state) => state.selection);
  const map = useDocument((state) => state.map);
  const cards = selection.touchpoints.length;
  const links = selection.connections.length;
  if (cards === 1 && links === 0) {
    const tp = map.touchpoints.find((t) => t.id === selection.touchpoints[0]);
    if (tp) {
      const stage = map.stages.find((s) => s.id === tp.stageId)?.name ?? '';
      const department = map.departments.find((d) => d.id === tp.departmentId)?.name ?? '';
      return `Selected: ${tp.title} (${kindWord(tp.kind)}, ${stage}, ${department})`;
    }
  }
  const parts: string[] = [];
  if (cards > 0) parts.push(`${cards} card${cards === 1 ? '' : 's'}`);
  if (links > 0) parts.push(`${links} connection${links === 1 ? '' : 's'}`);
  if (parts.length > 0) return `Selected: ${parts.join(' and ')}`;
  return `${map.touchpoints.length} touchpoint${map.touchpoints.length === 1 ? '' : 's'}, ${map.connections.length} connection${map.connections.length === 1 ? '' : 's'}`;
}

export function StatusBar() {
  const summary = useSelectionSummary();
  const status = useEditorUi((state) => state.status);
  // The message fades after a while; a new one (new nonce) shows again.
  const [hiddenNonce, setHiddenNonce] = useState<number | null>(null);
  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => setHiddenNonce(status.nonce), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const message = status !== null && status.nonce !== hiddenNonce ? status : null;

  return (
    <footer className="tm-statusbar">
      <span className="tm-status-selection" aria-live="polite">
        {summary}
      </span>
      <span
        className={`tm-status-message${message?.tone === 'error' ? ' is-error' : ''}`}
        role={message?.tone === 'error' ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </span>
      <ConflictsNotice />
      <span className="tm-status-hint">
        Press <kbd>{shortcutText('showShortcuts', IS_MAC)}</kbd> for shortcuts
      </span>
    </footer>
  );
}

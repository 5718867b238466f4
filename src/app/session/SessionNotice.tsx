/**
 * Said once, over the map's top edge, when the relay closed this page for good: the host
 * removed this participant, or ended the session. The page does not reconnect; its copy is
 * kept, and Save a Copy… keeps it as a file. Dismissable; the session chip keeps saying it.
 */
import { useState } from 'react';
import { runCommand } from '../editor/commands.ts';
import { FINAL_STATUSES, statusText, type ConnectionStatus } from './connection-status.ts';

export function SessionNotice({ status, host }: { status: ConnectionStatus; host: boolean }) {
  const [dismissed, setDismissed] = useState<ConnectionStatus | null>(null);
  if (!FINAL_STATUSES.has(status) || dismissed === status) return null;
  return (
    <div className="tm-session-notice" role="alert">
      <p>{statusText(status, host).detail}</p>
      <div className="tm-session-actions">
        {host && status === 'ended' ? null : (
          <button type="button" className="tm-button" onClick={() => runCommand('saveAs')}>
            Save a Copy…
          </button>
        )}
        <button type="button" className="tm-button" onClick={() => setDismissed(status)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

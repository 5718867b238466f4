/**
 * What the session bar and the toolbar say about the connection, from the provider's events:
 * connected, reconnecting (it was connected and lost the host; edits are kept and merge on
 * return), offline (never reached the host, or given up), and the two ends the relay closes
 * with a final code: the host removed this participant, or ended the session. Pure, so the
 * wording is tested alone.
 */
import { CLOSE_ENDED, CLOSE_REMOVED } from '../../session/close-codes.ts';

export type ProviderStatus = 'connected' | 'connecting' | 'disconnected';

export type ConnectionStatus =
  'joining' | 'connected' | 'reconnecting' | 'offline' | 'removed' | 'ended';

/** The statuses after which the page never reconnects: the copy in this browser is all. */
export const FINAL_STATUSES: ReadonlySet<ConnectionStatus> = new Set(['removed', 'ended']);

export function nextStatus(current: ConnectionStatus, event: ProviderStatus): ConnectionStatus {
  if (FINAL_STATUSES.has(current)) return current;
  switch (event) {
    case 'connected':
      return 'connected';
    case 'connecting':
      return current === 'joining' ? 'joining' : 'reconnecting';
    case 'disconnected':
      return current === 'joining' ? 'joining' : 'reconnecting';
  }
}

/** The status after the relay closed the socket with a code the provider takes as final. */
export function closedStatus(code: number): ConnectionStatus {
  if (code === CLOSE_REMOVED) return 'removed';
  if (code === CLOSE_ENDED) return 'ended';
  return 'offline';
}

/** `host`: the facilitator's page, which ends the session itself. */
export function statusText(
  status: ConnectionStatus,
  host = false,
): { label: string; detail: string } {
  switch (status) {
    case 'joining':
      return { label: 'Joining…', detail: 'Reaching the host of this session.' };
    case 'connected':
      return { label: 'Connected', detail: 'Edits reach everyone in the session.' };
    case 'reconnecting':
      return {
        label: 'Reconnecting…',
        detail:
          'The host cannot be reached. Keep editing: your edits are kept and merge on return.',
      };
    case 'offline':
      return {
        label: 'Offline: edits kept',
        detail:
          'The host cannot be reached. Your edits are kept in this browser; Save a Copy keeps them as a file.',
      };
    case 'removed':
      return {
        label: 'Removed',
        detail:
          'The host removed you from this session; your copy is kept, Save a Copy… to keep it.',
      };
    case 'ended':
      return {
        label: 'Session ended',
        detail: host
          ? 'You ended the session; the map is saved to its file.'
          : 'The host ended the session; your copy is kept, Save a Copy… to keep it.',
      };
  }
}

/**
 * What the toolbar says in place of a file name: where the map is saved. The host's page
 * ends the session itself, and the host has then saved the file.
 */
export function fileStateText(status: ConnectionStatus, host: boolean): string {
  switch (status) {
    case 'joining':
      return 'Shared · joining…';
    case 'connected':
      return 'Shared · saved by the host';
    case 'reconnecting':
    case 'offline':
      return 'Offline · your edits are kept';
    case 'removed':
      return 'Removed · your copy is kept';
    case 'ended':
      return host ? 'Session ended · saved by the host' : 'Session ended · your copy is kept';
  }
}

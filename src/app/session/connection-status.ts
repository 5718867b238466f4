/**
 * What the session bar says about the connection, from the provider's events: connected,
 * reconnecting (it was connected and lost the host; edits are kept and merge on return) or
 * offline (never reached the host, or given up). Pure, so the wording is tested alone.
 */
export type ProviderStatus = 'connected' | 'connecting' | 'disconnected';

export type ConnectionStatus = 'joining' | 'connected' | 'reconnecting' | 'offline';

export function nextStatus(current: ConnectionStatus, event: ProviderStatus): ConnectionStatus {
  switch (event) {
    case 'connected':
      return 'connected';
    case 'connecting':
      return current === 'joining' ? 'joining' : 'reconnecting';
    case 'disconnected':
      return current === 'joining' ? 'joining' : 'reconnecting';
  }
}

export function statusText(status: ConnectionStatus): { label: string; detail: string } {
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
  }
}

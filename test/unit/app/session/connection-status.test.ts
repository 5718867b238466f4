import { describe, expect, it } from 'vitest';
import {
  closedStatus,
  fileStateText,
  nextStatus,
  statusText,
  type ConnectionStatus,
  type ProviderStatus,
} from '../../../../src/app/session/connection-status.ts';

const run = (events: ProviderStatus[]): ConnectionStatus =>
  events.reduce<ConnectionStatus>((status, event) => nextStatus(status, event), 'joining');

describe('connection status', () => {
  it('joins, connects, and reconnects after losing the host', () => {
    expect(run(['connecting'])).toBe('joining');
    expect(run(['connecting', 'connected'])).toBe('connected');
    expect(run(['connecting', 'connected', 'disconnected'])).toBe('reconnecting');
    expect(run(['connected', 'disconnected', 'connecting', 'connected'])).toBe('connected');
  });

  it('says edits are kept while the host is away', () => {
    expect(statusText('reconnecting').detail).toMatch(/edits are kept/);
    expect(statusText('offline').label).toBe('Offline: edits kept');
  });

  it('stays removed or ended whatever the provider does next', () => {
    expect(closedStatus(4403)).toBe('removed');
    expect(closedStatus(4410)).toBe('ended');
    // Any other final code (a malformed message, a full session): the host is out of reach.
    expect(closedStatus(4429)).toBe('offline');
    for (const final of ['removed', 'ended'] as const) {
      for (const event of ['connected', 'connecting', 'disconnected'] as const) {
        expect(nextStatus(final, event)).toBe(final);
      }
    }
  });

  it('tells a removed or ended page that its copy is kept', () => {
    expect(statusText('removed').detail).toBe(
      'The host removed you from this session; your copy is kept, Save a Copy… to keep it.',
    );
    expect(statusText('ended').detail).toBe(
      'The host ended the session; your copy is kept, Save a Copy… to keep it.',
    );
    expect(statusText('ended', true).detail).toMatch(/You ended the session; the map is saved/);
  });

  it('says in the toolbar where the shared map is saved, never "Not saved yet"', () => {
    expect(fileStateText('connected', false)).toBe('Shared · saved by the host');
    expect(fileStateText('reconnecting', false)).toBe('Offline · your edits are kept');
    expect(fileStateText('offline', true)).toBe('Offline · your edits are kept');
    expect(fileStateText('removed', false)).toBe('Removed · your copy is kept');
    expect(fileStateText('ended', false)).toBe('Session ended · your copy is kept');
    expect(fileStateText('ended', true)).toBe('Session ended · saved by the host');
  });
});

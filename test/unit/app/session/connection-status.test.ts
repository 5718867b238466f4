import { describe, expect, it } from 'vitest';
import {
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
});

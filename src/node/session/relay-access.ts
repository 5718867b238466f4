/** Who may open a socket on the relay, and as what: from the tokens in its address. */
import type { Duplex } from 'node:stream';
import type { SessionMode } from '../../session/links.ts';
import { sameToken } from './tokens.ts';

export interface RelayTokens {
  editToken: string;
  viewToken: string;
  hostToken?: string;
}

export interface Access {
  mode: SessionMode;
  host: boolean;
}

/**
 * What the tokens of a page's or a socket's address give, or null for a missing token or a
 * wrong one. The host token comes with the edit token (the host page is an edit page); a host
 * token that is given but wrong refuses the address like any wrong token.
 */
export function accessOf(url: URL, options: RelayTokens): Access | null {
  const hostToken = url.searchParams.get('host');
  if (sameToken(url.searchParams.get('session'), options.editToken)) {
    if (hostToken === null) return { mode: 'edit', host: false };
    const host = options.hostToken !== undefined && sameToken(hostToken, options.hostToken);
    return host ? { mode: 'edit', host } : null;
  }
  if (hostToken === null && sameToken(url.searchParams.get('view'), options.viewToken)) {
    return { mode: 'view', host: false };
  }
  return null;
}

export function refuse(socket: Duplex): void {
  socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  socket.destroy();
}

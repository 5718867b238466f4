/**
 * The session a page was opened for (`?session=TOKEN` edits, `?view=TOKEN` watches), read
 * with the shared link rules (src/session/links.ts), and the relay's address on the same
 * origin that served the page.
 */
import { readSessionLink } from '../../session/links.ts';
import type { SessionMode } from './presence.ts';

export interface JoinLink {
  base: string;
  token: string;
  mode: SessionMode;
}

export function joinLinkOf(href: string): JoinLink | null {
  return readSessionLink(href);
}

export interface RelayAddress {
  /** y-websocket's server URL: it appends `/room` and the params. */
  serverUrl: string;
  room: string;
  params: Record<string, string>;
}

export function relayAddress(
  link: JoinLink,
  location: Pick<Location, 'protocol' | 'host'>,
): RelayAddress {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return {
    serverUrl: `${scheme}//${location.host}`,
    room: RELAY_ROOM,
    params: { [link.mode === 'edit' ? 'session' : 'view']: link.token },
  };
}

const RELAY_ROOM = 'relay';

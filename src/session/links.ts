/** The join links of a session: `?session=TOKEN` edits, `?view=TOKEN` only watches. */
export type SessionMode = 'edit' | 'view';

export interface SessionLink {
  base: string;
  token: string;
  mode: SessionMode;
}

const PARAM: Record<SessionMode, string> = { edit: 'session', view: 'view' };
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

export function sessionLink(base: string, token: string, mode: SessionMode): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set(PARAM[mode], token);
  return url.toString();
}

/** A pasted link read back, or null when it is not a session link. */
export function readSessionLink(text: string): SessionLink | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const mode of ['edit', 'view'] as const) {
    const token = url.searchParams.get(PARAM[mode]);
    if (token !== null && TOKEN_PATTERN.test(token)) {
      return { base: `${url.protocol}//${url.host}/`, token, mode };
    }
  }
  return null;
}

/** The relay's socket path on the session's own origin. */
export const RELAY_PATH = '/relay';

/**
 * Where a y-websocket WebsocketProvider connects for a link: `new WebsocketProvider(serverUrl,
 * room, doc, { params })` opens `ws://HOST:PORT/relay?session=TOKEN` (or `?view=TOKEN`).
 */
export function relayAddress(link: SessionLink): {
  serverUrl: string;
  room: string;
  params: Record<string, string>;
} {
  const url = new URL(link.base);
  const protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return {
    serverUrl: `${protocol}//${url.host}`,
    room: RELAY_PATH.slice(1),
    params: { [PARAM[link.mode]]: link.token },
  };
}

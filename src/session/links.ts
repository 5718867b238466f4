/**
 * The join links of a session: `?session=TOKEN` edits, `?view=TOKEN` only watches. The host
 * link is the edit link with `&host=TOKEN` (the host token: remove a participant, end the
 * session) and the view link in the fragment, which the browser never sends.
 */
export type SessionMode = 'edit' | 'view';

export interface SessionLink {
  base: string;
  token: string;
  mode: SessionMode;
  /** The host token of the facilitator's page; absent on every other link. */
  hostToken?: string;
}

const HOST_PARAM = 'host';

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
      const link: SessionLink = { base: `${url.protocol}//${url.host}/`, token, mode };
      const hostToken = url.searchParams.get(HOST_PARAM);
      if (mode === 'edit' && hostToken !== null && TOKEN_PATTERN.test(hostToken)) {
        link.hostToken = hostToken;
      }
      return link;
    }
  }
  return null;
}

/** The facilitator's page: the edit link with the host token, and the view link (fragment). */
export function hostLink(editUrl: string, viewUrl: string, hostToken: string): string {
  const url = new URL(editUrl);
  url.searchParams.set(HOST_PARAM, hostToken);
  url.hash = new URLSearchParams({ view: viewUrl }).toString();
  return url.href;
}

/** A link without its host token and fragment: what the host page hands on as its edit link. */
export function withoutHostToken(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(HOST_PARAM);
  url.hash = '';
  return url.href;
}

/** The relay's socket path on the session's own origin. */
export const RELAY_PATH = '/relay';

/**
 * Where a y-websocket WebsocketProvider connects for a link: `new WebsocketProvider(serverUrl,
 * room, doc, { params })` opens `ws://HOST:PORT/relay?session=TOKEN` (or `?view=TOKEN`;
 * the host page adds `&host=TOKEN`).
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
    params: {
      [PARAM[link.mode]]: link.token,
      ...(link.hostToken === undefined ? {} : { [HOST_PARAM]: link.hostToken }),
    },
  };
}

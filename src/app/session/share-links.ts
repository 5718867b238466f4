/**
 * The links a participant can hand on. Every editor can show their own edit link (the page's
 * address); the facilitator's page (the host link: the edit link with the host token, and the
 * view link in the fragment, never sent to the server) shows both, with QR codes, for the
 * room and the projector, and never hands on its host token.
 */
import { readSessionLink, withoutHostToken } from '../../session/links.ts';

export interface PageLinks {
  /** The address the session is joined by: without the host token and the fragment. */
  join: string;
  /** The page was opened by the host link: it may remove participants and end the session. */
  host: boolean;
  /** The view link, known to the host page only. */
  view: string | null;
}

export function pageLinks(href: string): PageLinks {
  const join = withoutHostToken(href);
  const host = readSessionLink(href)?.hostToken !== undefined;
  const view = host ? new URLSearchParams(new URL(href).hash.slice(1)).get('view') : null;
  const sameOrigin = view !== null && safeOrigin(view) === new URL(join).origin;
  return { join, host, view: sameOrigin ? view : null };
}

function safeOrigin(link: string): string | null {
  try {
    return new URL(link).origin;
  } catch {
    return null;
  }
}

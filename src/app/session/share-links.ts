/**
 * The links a participant can hand on. Every editor can show their own edit link (the page's
 * address); the desktop app that shares a map opens its session page with `host=1` and the
 * view link in the fragment (never sent to the server), so the facilitator's page can show
 * both, with QR codes, for the room and the projector.
 */
export interface PageLinks {
  /** The address the session is joined by: without the host mark and the fragment. */
  join: string;
  /** The desktop app that shares the map opened this page. */
  host: boolean;
  /** The view link, known to the host page only. */
  view: string | null;
}

export function pageLinks(href: string): PageLinks {
  const url = new URL(href);
  const host = url.searchParams.get('host') === '1';
  const fragment = new URLSearchParams(url.hash.slice(1));
  const view = fragment.get('view');
  url.searchParams.delete('host');
  url.hash = '';
  const sameOrigin = view !== null && safeOrigin(view) === url.origin;
  return { join: url.href, host, view: sameOrigin ? view : null };
}

/** The address a host page is opened at: the edit link, marked as the host's, with the view link. */
export function hostPageUrl(editUrl: string, viewUrl: string): string {
  const url = new URL(editUrl);
  url.searchParams.set('host', '1');
  url.hash = new URLSearchParams({ view: viewUrl }).toString();
  return url.href;
}

function safeOrigin(link: string): string | null {
  try {
    return new URL(link).origin;
  } catch {
    return null;
  }
}

/**
 * The session a page was opened for (`?session=TOKEN` edits, `?view=TOKEN` watches), read
 * with the shared link rules (src/session/links.ts): the relay is on the same origin.
 */
import { readSessionLink, type SessionLink } from '../../session/links.ts';

export type JoinLink = SessionLink;

export function joinLinkOf(href: string): JoinLink | null {
  return readSessionLink(href);
}

/**
 * Comments: add, reply, edit, resolve or reopen, delete; and the comments an edit that
 * deletes elements takes with them, in the same undo step.
 */
import type { CommentTarget, JourneyMap, MapComment } from '../model.ts';
import { commentSchema } from '../schema.ts';
import { commentsOf, targetExists } from '../comments.ts';
import { ID_PREFIXES, idAllocator } from './ids.ts';
import { missing } from './lookup.ts';
import { applyPatch } from './patch.ts';
import { check } from './validate.ts';

export interface NewComment {
  author: string;
  text: string;
  /** ISO-8601: ops never read the clock. */
  createdAt: string;
  /** Defaults to the next free `cm-N`. */
  id?: string;
}

/** The map with `comments` as its list; an empty list drops the key, as in a new map. */
function withComments(map: JourneyMap, comments: MapComment[]): JourneyMap {
  const { comments: _old, ...rest } = map;
  return comments.length === 0 ? rest : { ...rest, comments };
}

function getComment(map: JourneyMap, id: string): MapComment {
  const found = commentsOf(map).find((c) => c.id === id);
  if (found === undefined) throw missing('comment', id);
  return found;
}

function create(map: JourneyMap, fields: Omit<MapComment, 'id'>, id?: string): JourneyMap {
  const ids = idAllocator(map);
  const comment: MapComment = {
    id: id === undefined ? ids.next(ID_PREFIXES.comment) : ids.claim(id),
    ...fields,
  };
  check(commentSchema, comment, 'comment');
  return withComments(map, [...commentsOf(map), comment]);
}

/** Opens a thread on `target` (the map's own id for a comment on the whole map). */
export function addComment(
  map: JourneyMap,
  target: CommentTarget,
  comment: NewComment,
): JourneyMap {
  if (!targetExists(map, target)) throw missing(target.type, target.id);
  const { id, author, text, createdAt } = comment;
  return create(map, { target: { ...target }, author, text, createdAt, resolved: false }, id);
}

/** Answers the thread `commentId` belongs to; a reply to a reply joins the same thread. */
export function replyToComment(map: JourneyMap, commentId: string, reply: NewComment): JourneyMap {
  const root = threadRoot(map, commentId);
  const { id, author, text, createdAt } = reply;
  const fields = { target: { ...root.target }, author, text, createdAt, resolved: root.resolved };
  return create(map, { ...fields, replyTo: root.id }, id);
}

function threadRoot(map: JourneyMap, id: string): MapComment {
  const comment = getComment(map, id);
  return comment.replyTo === undefined ? comment : getComment(map, comment.replyTo);
}

export function editCommentText(map: JourneyMap, id: string, text: string): JourneyMap {
  getComment(map, id);
  const comments = commentsOf(map).map((c) => {
    if (c.id !== id) return c;
    const next = applyPatch(c, { text });
    check(commentSchema, next, `comment "${id}"`);
    return next;
  });
  return withComments(map, comments);
}

/** Resolves or reopens the whole thread of `id`: its first comment and every reply. */
export function setCommentResolved(map: JourneyMap, id: string, resolved: boolean): JourneyMap {
  const root = threadRoot(map, id);
  if (root.resolved === resolved) return map;
  const inThread = (c: MapComment) => c.id === root.id || c.replyTo === root.id;
  const comments = commentsOf(map).map((c) => (inThread(c) ? applyPatch(c, { resolved }) : c));
  return withComments(map, comments);
}

/** Deletes a comment; deleting the first comment of a thread deletes its replies too. */
export function deleteComment(map: JourneyMap, id: string): JourneyMap {
  getComment(map, id);
  return withComments(
    map,
    commentsOf(map).filter((c) => c.id !== id && c.replyTo !== id),
  );
}

/**
 * Drops the comments whose element an edit deleted (and their replies): used by every op
 * that deletes stages, departments, touchpoints or connections.
 */
export function pruneComments(map: JourneyMap): JourneyMap {
  const comments = map.comments;
  if (comments === undefined || comments.length === 0) return map;
  const kept = comments.filter((c) => targetExists(map, c.target));
  if (kept.length === comments.length) return map;
  return withComments(map, kept);
}

/**
 * Rule 9 for comments: a version that does not know them keeps them untouched but does not
 * maintain them, so deleting a commented card there leaves a comment about nothing. The
 * reader moves such a comment (and its replies) to the map itself rather than refusing the
 * file, and says so in a notice. Runs on a validated document, before defaults are filled.
 */
import type { RawDocument } from './migrations.ts';
import type { CommentTarget, JourneyMap, MapComment } from './model.ts';
import { targetExists } from './comments.ts';

/** Repairs `document` in place; one notice per comment moved. */
export function repairComments(document: RawDocument): string[] {
  const map = document as unknown as JourneyMap;
  const comments = map.comments;
  if (comments === undefined || comments.length === 0) return [];
  // Touchpoints' and connections' defaults are not filled yet: a missing list is empty.
  const lookup = { ...map, connections: map.connections ?? [] } as JourneyMap;
  const notes: string[] = [];
  const home: CommentTarget = { type: 'map', id: map.id };
  const repaired = comments.map((comment): MapComment => {
    if (targetExists(lookup, comment.target)) return comment;
    if (comment.replyTo === undefined) {
      const { type, id } = comment.target;
      notes.push(
        type === 'map'
          ? `Comment "${comment.id}" named another map ("${id}"); it is now on this map.`
          : `Comment "${comment.id}" was on the ${type} "${id}", which is no longer in the map; it is now on the whole map.`,
      );
    }
    // The target's unknown keys stay: they belong to it, not to the element it named.
    return { ...comment, target: { ...comment.target, ...home } };
  });
  if (notes.length > 0 || repaired.some((c, i) => c !== comments[i])) {
    (document as Record<string, unknown>).comments = repaired;
  }
  return notes;
}

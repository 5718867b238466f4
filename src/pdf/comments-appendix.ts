/**
 * The optional "Comments" appendix: every thread of the kept map by what it is about (in map
 * order), its replies under it, who wrote each and when, and whether it is resolved. Set
 * as one more section of the appendix flow (appendix.ts, table.ts), after the others.
 */
import type { JourneyMap, MapComment } from '../core/model.ts';
import {
  commentThreads,
  commentsOf,
  describeTarget,
  targetExists,
  threadsByTarget,
} from '../core/comments.ts';
import { singleLine } from './fonts.ts';
import { measureTable, type FlowItem, type TableCell, type TableText } from './table.ts';
import { MUTED } from './theme.ts';

/** "2026-03-01 09:30 UTC": the same in every time zone, so an export is reproducible. */
function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const author = (c: MapComment) => (c.author === '' ? 'Anonymous' : singleLine(c.author));

/**
 * The section as flow items: a page break when other sections come first, its heading and
 * its table. `letter` is the section's place in the appendix (A, B...).
 */
export function commentsFlow(
  map: JourneyMap,
  letter: string,
  first: boolean,
  width: number,
  text: TableText,
  u: number,
): FlowItem[] {
  // Comments on elements the export leaves out are left out with them.
  const threads = commentThreads(commentsOf(map)).filter((t) => targetExists(map, t.root.target));
  const rows: TableCell[][] = [];
  for (const group of threadsByTarget(map, threads)) {
    const about = singleLine(describeTarget(map, group.target));
    for (const { root, replies } of group.threads) {
      const status = root.resolved ? 'resolved' : 'open';
      rows.push([
        { text: about, bold: true },
        { text: author(root) },
        { text: when(root.createdAt), color: MUTED },
        { text: singleLine(root.text) },
        { text: status, bold: !root.resolved, color: root.resolved ? MUTED : undefined },
      ]);
      for (const reply of replies) {
        rows.push([
          { text: '', color: MUTED },
          { text: author(reply) },
          { text: when(reply.createdAt), color: MUTED },
          { text: `Reply: ${singleLine(reply.text)}` },
          { text: '' },
        ]);
      }
    }
  }
  const metrics = { size: 8 * u, pad: 3.5 * u, maxLines: 40 };
  const table = measureTable(
    {
      caption: 'Comments by element',
      columns: [
        { header: 'About', weight: 22, maxLines: 6 },
        { header: 'Author', weight: 12 },
        { header: 'Written', weight: 13 },
        { header: 'Comment', weight: 45, maxLines: 40 },
        { header: 'Status', weight: 8 },
      ],
      rows,
      empty: 'No comments.',
    },
    width,
    text,
    metrics,
  );
  return [
    ...(first ? [] : [{ kind: 'break' } as const]),
    { kind: 'heading', text: `Appendix ${letter} \u00b7 Comments`, size: 15 * u },
    { kind: 'table', table },
  ];
}

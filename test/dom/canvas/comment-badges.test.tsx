/** The cards' comment badges come through node data, and only the commented card changes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { unresolvedCounts } from '../../../src/core/comments.ts';
import { addComment, replyToComment, setCommentResolved } from '../../../src/core/ops/index.ts';
import { createFlowBuilder } from '../../../src/app/canvas/flow-model.ts';

function load(path: string): JourneyMap {
  const result = parse(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

const NO_FILTERS = { kind: 'all', departmentId: null, search: '', evidence: 'all' } as const;
const NOTHING = { touchpoints: [], connections: [] };
const NOW = { author: 'Ana', createdAt: '2026-03-01T09:30:00Z' };

describe('comment badges in the flow model', () => {
  it('counts unresolved threads per card and rebuilds only the commented card', () => {
    let map = load('assets/templates/hotel-stay.touchmap');
    const layout = computeLayout(map);
    const build = createFlowBuilder();
    const flow = (m: JourneyMap) =>
      build({
        map: m,
        layout,
        filters: NO_FILTERS,
        selection: NOTHING,
        commentCounts: unresolvedCounts(m.comments),
      });
    const before = flow(map).nodes;
    expect(before.every((n) => n.data.comments === 0)).toBe(true);

    const [first, second] = map.touchpoints;
    map = addComment(map, { type: 'touchpoint', id: first!.id }, { ...NOW, text: 'One' });
    map = replyToComment(map, 'cm-1', { ...NOW, text: 'A reply is not a thread' });
    map = addComment(map, { type: 'touchpoint', id: first!.id }, { ...NOW, text: 'Two' });
    map = addComment(map, { type: 'stage', id: map.stages[0]!.id }, { ...NOW, text: 'Stage' });
    const after = flow(map).nodes;
    const byId = (nodes: typeof after, id: string) => nodes.find((n) => n.id === id)!;
    expect(byId(after, first!.id).data.comments).toBe(2);
    // Every other node is the very same object: React Flow re-renders the one card only.
    const changed = after.filter((node, i) => node !== before[i]).map((n) => n.id);
    expect(changed).toEqual([first!.id]);
    expect(byId(after, second!.id)).toBe(byId(before, second!.id));

    map = setCommentResolved(map, 'cm-1', true);
    expect(byId(flow(map).nodes, first!.id).data.comments).toBe(1);
  });
});

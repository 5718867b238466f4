/** The map -> React Flow nodes and edges mapping, and the filters that dim cards. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { updateTouchpoint } from '../../../src/core/ops/index.ts';
import {
  CARD_HANDLES,
  CARD_NODE_TYPE,
  CONNECTION_EDGE_TYPE,
  buildFlow,
  createFlowBuilder,
  type FlowInput,
} from '../../../src/app/canvas/flow-model.ts';
import { isFiltering, matchesFilters, searchNeedle } from '../../../src/app/canvas/filters.ts';
import type { Filters } from '../../../src/app/store/view-store.ts';

function load(path: string): JourneyMap {
  const result = parse(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

const NO_FILTERS: Filters = { kind: 'all', departmentId: null, search: '', evidence: 'all' };
const NOTHING = { touchpoints: [], connections: [] };

function input(map: JourneyMap, extra: Partial<FlowInput> = {}): FlowInput {
  return { map, layout: computeLayout(map), filters: NO_FILTERS, selection: NOTHING, ...extra };
}

describe('flow model', () => {
  const hotel = load('assets/templates/hotel-stay.touchmap');
  const small = load('test/fixtures/e2e/small.touchmap');

  it('makes one card node per touchpoint at the layout position, with a fixed size and handles', () => {
    const { nodes } = buildFlow(input(hotel));
    const layout = computeLayout(hotel);
    expect(nodes).toHaveLength(hotel.touchpoints.length);
    for (const node of nodes) {
      const card = layout.cards.find((c) => c.id === node.id)!;
      expect(node.type).toBe(CARD_NODE_TYPE);
      expect(node.position).toEqual({ x: card.x, y: card.y });
      expect(node.width).toBe(card.width);
      expect(node.measured).toEqual({ width: card.width, height: card.height });
      expect(node.handles).toBe(CARD_HANDLES);
    }
  });

  it('puts everything a card draws in serialisable data', () => {
    const { nodes } = buildFlow(input(small));
    const call = nodes.find((n) => n.id === 'tp-call')!;
    expect(call.data).toEqual({
      title: 'Phone the shop',
      kind: 'service',
      channel: 'phone',
      emotion: -1,
      frictionCount: 2,
      assumedFrictions: 0,
      worstSeverity: 'high',
      csat: 3,
      stageId: 'st-book',
      departmentId: 'dep-front',
      departmentName: 'Front desk',
      departmentColor: '#3f88c5',
      dimmed: false,
      lowest: false,
      changed: false,
      comments: 0,
      evidence: null,
      source: null,
    });
    expect(JSON.parse(JSON.stringify(call.data))).toEqual(call.data);
    expect(call.ariaLabel).toBe('Phone the shop, service touchpoint, Book a repair, Front desk');
    // The lowest point of the curve (Pay the bill, -2) is flagged.
    expect(buildFlow(input(small)).nodes.find((n) => n.id === 'tp-pay')!.data.lowest).toBe(true);
  });

  it('carries evidence, source and assumed frictions, and says the level in the label', () => {
    const marked = {
      ...small,
      touchpoints: small.touchpoints.map((tp) =>
        tp.id === 'tp-call'
          ? {
              ...tp,
              evidence: 'assumed' as const,
              source: 'Interview 4',
              frictions: tp.frictions.map((f, i) =>
                i === 0 ? { ...f, evidence: 'assumed' as const } : f,
              ),
            }
          : tp,
      ),
    };
    const call = buildFlow(input(marked)).nodes.find((n) => n.id === 'tp-call')!;
    expect(call.data).toMatchObject({
      evidence: 'assumed',
      source: 'Interview 4',
      assumedFrictions: 1,
    });
    expect(call.ariaLabel).toBe(
      'Phone the shop, service touchpoint, Book a repair, Front desk, assumed',
    );
  });

  it('makes one edge per connection, with an arrow head and its label', () => {
    const { edges } = buildFlow(input(small));
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      id: 'cn-1',
      type: CONNECTION_EDGE_TYPE,
      source: 'tp-call',
      target: 'tp-fix',
      markerEnd: { type: 'arrowclosed' },
      data: { label: 'books a slot', dimmed: false },
    });
  });

  it('marks the selection on nodes and edges', () => {
    const { nodes, edges } = buildFlow(
      input(small, { selection: { touchpoints: ['tp-web'], connections: ['cn-1'] } }),
    );
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['tp-web']);
    expect(edges[0]!.selected).toBe(true);
  });

  it('dims the cards the filters leave out, and the connections between two dimmed cards', () => {
    const service = buildFlow(input(small, { filters: { ...NO_FILTERS, kind: 'service' } }));
    expect(service.nodes.filter((n) => !n.data.dimmed).map((n) => n.id)).toEqual(['tp-call']);
    expect(service.edges[0]!.data!.dimmed).toBe(false);
    const billing = buildFlow(
      input(small, { filters: { ...NO_FILTERS, departmentId: 'dep-billing' } }),
    );
    expect(billing.nodes.filter((n) => !n.data.dimmed).map((n) => n.id)).toEqual(['tp-pay']);
    expect(billing.edges[0]!.data!.dimmed).toBe(true);
  });

  it('hands back the same objects when nothing a card shows changed', () => {
    const build = createFlowBuilder();
    const first = build(input(hotel));
    expect(build(input(hotel))).toBe(first);

    const id = hotel.touchpoints[3]!.id;
    const renamed = updateTouchpoint(hotel, id, { title: 'Renamed' });
    const second = build(input(renamed));
    expect(second).not.toBe(first);
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual([id]);
    expect(second.edges).toEqual(first.edges);
    second.edges.forEach((edge, i) => expect(edge).toBe(first.edges[i]));

    const selected = build(input(renamed, { selection: { touchpoints: [id], connections: [] } }));
    expect(selected.nodes.filter((n, i) => n !== second.nodes[i]).map((n) => n.id)).toEqual([id]);
  });

  it('flips only what a selection change touches, and draws what a full build would', () => {
    const build = createFlowBuilder();
    const base = input(hotel);
    const ids = hotel.touchpoints.map((t) => t.id);
    const lines = hotel.connections.map((c) => c.id);
    let last = build(base);
    const steps: FlowInput['selection'][] = [
      { touchpoints: [ids[0]!], connections: [] },
      { touchpoints: [ids[0]!, ids[5]!], connections: [lines[1]!] },
      { touchpoints: [ids[5]!, 'tp-without-a-card'], connections: [] },
      NOTHING,
    ];
    for (const selection of steps) {
      const next = build({ ...base, selection });
      expect(next).toEqual(buildFlow({ ...base, selection }));
      const before = new Set(last.nodes.filter((n) => n.selected).map((n) => n.id));
      const now = new Set(selection.touchpoints);
      const flipped = ids.filter((id) => before.has(id) !== now.has(id));
      expect(next.nodes.filter((n, i) => n !== last.nodes[i]).map((n) => n.id)).toEqual(flipped);
      if (selection.connections.length === 0 && !last.edges.some((e) => e.selected)) {
        expect(next.edges).toBe(last.edges);
      }
      last = next;
    }
    expect(build({ ...base, selection: NOTHING })).toBe(last);
    // A full build after them still knows which cards are selected.
    const selection = { touchpoints: [ids[5]!], connections: [] };
    build({ ...base, selection });
    const renamed = { ...base, map: updateTouchpoint(hotel, ids[2]!, { title: 'R' }), selection };
    const after = build(renamed);
    expect(after).toEqual(buildFlow(renamed));
    expect(after.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual([ids[5]]);
  });

  it('does not walk the cards when only the selection changed', () => {
    let reads = 0;
    const touchpoints = new Proxy(hotel.touchpoints, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const base = input({ ...hotel, touchpoints });
    const build = createFlowBuilder();
    build(base);
    reads = 0;
    const picked = build({
      ...base,
      selection: { touchpoints: [hotel.touchpoints[1]!.id], connections: [] },
    });
    expect(picked.nodes[1]!.selected).toBe(true);
    expect(reads).toBe(0);
  });

  it('looks at the renamed card alone when nothing else changed', () => {
    let reads = 0;
    const counted = hotel.touchpoints.map(
      (tp) =>
        new Proxy(tp, {
          get(target, key, receiver) {
            if (key !== 'id') reads++;
            return Reflect.get(target, key, receiver);
          },
        }),
    );
    const base = input({ ...hotel, touchpoints: counted });
    const build = createFlowBuilder();
    const first = build(base);
    const id = hotel.touchpoints[4]!.id;
    const renamed = { ...base, map: updateTouchpoint(base.map, id, { title: 'Renamed' }) };
    reads = 0;
    const next = build(renamed);
    // The array's other members are the counted touchpoints: none was read beyond its id.
    expect(reads).toBe(0);
    expect(next.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual([id]);
    expect(next).toEqual(buildFlow(renamed));
  });

  it('keeps the edge array when only a card changed, and the node array when only an edge did', () => {
    const build = createFlowBuilder();
    const first = build(input(hotel));
    const renamed = build(input(updateTouchpoint(hotel, hotel.touchpoints[0]!.id, { title: 'X' })));
    expect(renamed.nodes).not.toBe(first.nodes);
    expect(renamed.edges).toBe(first.edges);

    const edgeId = hotel.connections[0]!.id;
    const picked = build(
      input(updateTouchpoint(hotel, hotel.touchpoints[0]!.id, { title: 'X' }), {
        selection: { touchpoints: [], connections: [edgeId] },
      }),
    );
    expect(picked.nodes).toBe(renamed.nodes);
    expect(picked.edges).not.toBe(renamed.edges);
    expect(picked.edges.find((e) => e.id === edgeId)!.selected).toBe(true);
  });

  it('rebuilds a card whose department was renamed, though its touchpoint is the same object', () => {
    const build = createFlowBuilder();
    const first = build(input(hotel));
    const department = hotel.departments[0]!;
    const renamed = {
      ...hotel,
      departments: [{ ...department, name: 'Front desk team' }, ...hotel.departments.slice(1)],
    };
    const second = build(input(renamed));
    const moved = second.nodes.filter((n, i) => n !== first.nodes[i]);
    expect(moved.length).toBeGreaterThan(0);
    for (const node of moved) {
      expect(node.data.departmentId).toBe(department.id);
      expect(node.data.departmentName).toBe('Front desk team');
    }
  });
});

describe('filters', () => {
  const map = load('test/fixtures/valid/every-key.touchmap');
  const tp = map.touchpoints[0]!;

  it('knows when it filters at all', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, search: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, search: 'x' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, kind: 'service' })).toBe(true);
  });

  it('searches titles, descriptions, notes, frictions and opportunities, ignoring case', () => {
    const texts = [
      tp.title,
      tp.description,
      tp.emotionNote,
      tp.frictions[0]?.text,
      tp.opportunities[0]?.text,
    ].filter((t): t is string => typeof t === 'string' && t.length > 3);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      const filters = { ...NO_FILTERS, search: ` ${text.slice(1, 4).toUpperCase()} ` };
      expect(matchesFilters(tp, filters, searchNeedle(filters))).toBe(true);
    }
    const none = { ...NO_FILTERS, search: 'zzz-not-there' };
    expect(matchesFilters(tp, none, searchNeedle(none))).toBe(false);
  });
});

/** Speed and memory of the pure core on generated maps: parse, serialize, layout, insights. */
import { parse } from '../../src/core/parse.ts';
import { serialize } from '../../src/core/serialize.ts';
import { computeLayout } from '../../src/core/layout.ts';
import { computeInsights } from '../../src/core/insights.ts';
import { EdgeRouter } from '../../src/core/edge-routing.ts';
import { ConnectionRoutes } from '../../src/core/connection-routes.ts';
import { CHANNELS, SEVERITIES, type JourneyMap, type Touchpoint } from '../../src/core/model.ts';
import { median } from './stats.ts';
import { generateMap } from './generate-map.ts';

/** Parse + validate (schema, references, migrations: all of `parse`) of a big generated file. */
const LARGE = 10_000;

/** A deterministic map of `count` touchpoints spread over 7 stages and 7 departments. */
export function generateCoreMap(count: number): JourneyMap {
  const stages = Array.from({ length: 7 }, (_, i) => ({ id: `st-${i}`, name: `Stage ${i + 1}` }));
  const departments = Array.from({ length: 7 }, (_, i) => ({
    id: `dep-${i}`,
    name: `Department ${i + 1}`,
    color: `#${(0x336699 + i * 0x112233).toString(16).slice(-6)}`,
  }));
  const perCell = new Map<string, number>();
  const touchpoints: Touchpoint[] = Array.from({ length: count }, (_, i) => {
    const stageId = stages[i % 7]!.id;
    const departmentId = departments[Math.floor(i / 7) % 7]!.id;
    const cell = `${stageId}/${departmentId}`;
    const n = perCell.get(cell) ?? 0;
    perCell.set(cell, n + 1);
    return {
      id: `tp-${i}`,
      title: `Touchpoint number ${i} with a realistic title`,
      description: 'Something the customer does here, in a sentence or two.',
      stageId,
      departmentId,
      kind: i % 4 === 0 ? 'service' : 'experience',
      channel: CHANNELS[i % CHANNELS.length]!,
      emotion: i % 6 === 5 ? null : (((i % 5) - 2) as -2 | -1 | 0 | 1 | 2),
      emotionNote: 'I feel something about this.',
      frictions:
        i % 3 === 0
          ? [{ id: `fr-${i}`, text: 'A long wait on the phone', severity: SEVERITIES[i % 3]! }]
          : [],
      opportunities: i % 5 === 0 ? [{ id: `op-${i}`, text: 'Call back instead of hold' }] : [],
      position: { x: 16, y: 16 + n * 112 },
    };
  });
  return {
    format: 'touchmap',
    version: 1,
    id: 'bench',
    title: 'Bench',
    stages,
    departments,
    touchpoints,
    connections: [],
  };
}

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function benchCore(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const count of [300, 1500]) {
    const map = generateCoreMap(count);
    const text = serialize(map);
    figures[`core.${count}.file-kb`] = Math.round(text.length / 1024);
    figures[`core.${count}.parse-ms`] = time(15, () => parse(text));
    figures[`core.${count}.serialize-ms`] = time(15, () => serialize(map));
    figures[`core.${count}.layout-ms`] = time(30, () => computeLayout(map));
    figures[`core.${count}.insights-ms`] = time(30, () => computeInsights(map));
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const kept = Array.from({ length: 10 }, () => parse(text));
    figures[`core.${count}.parsed-map-heap-kb`] = Math.round(
      (process.memoryUsage().heapUsed - before) / 10 / 1024,
    );
    if (kept.length !== 10) throw new Error('unreachable');
  }
  // Routing 300 connections of a 1,500-card map from scratch (a map opened; budget 50 ms).
  const routed = generateMap(1500).map;
  const routedLayout = computeLayout(routed);
  const pairs = routed.connections.slice(0, 300);
  figures['core.1500.route-300-connections-ms'] = time(15, () => {
    const router = new EdgeRouter(routedLayout);
    for (const c of pairs) if (!router.route(c.from, c.to)) throw new Error('no route');
  });
  // The same, nudged apart where they share gutters (what the canvas and the PDF draw).
  figures['core.1500.route-and-nudge-300-ms'] = time(15, () => {
    const routes = new ConnectionRoutes(new EdgeRouter(routedLayout), pairs);
    if (!routes.route(pairs[0]!.id)) throw new Error('no route');
  });
  // One card dropped elsewhere: reroute what its block touched, nudge everything again.
  const before = new ConnectionRoutes(new EdgeRouter(routedLayout), pairs);
  const moved = pairs[0]!.from;
  const dropped = computeLayout({
    ...routed,
    touchpoints: routed.touchpoints.map((tp) =>
      tp.id === moved ? { ...tp, position: { x: tp.position.x, y: tp.position.y + 8 } } : tp,
    ),
  });
  figures['core.1500.one-card-moved-300-ms'] = time(15, () => {
    const routes = new ConnectionRoutes(new EdgeRouter(dropped, before.router), pairs, before);
    if (!routes.route(pairs[0]!.id)) throw new Error('no route');
  });
  // One card dropped far right in its cell: its column grows and every gutter after it moves.
  const rightmost = [...routed.touchpoints].sort((a, b) => b.position.x - a.position.x)[0]!;
  const widened = computeLayout({
    ...routed,
    touchpoints: routed.touchpoints.map((tp) =>
      tp.id === rightmost.id
        ? { ...tp, position: { x: tp.position.x + 160, y: tp.position.y } }
        : tp,
    ),
  });
  const everything = new ConnectionRoutes(new EdgeRouter(routedLayout), routed.connections);
  figures['core.1500.card-widens-column-all-connections-ms'] = time(15, () => {
    const routes = new ConnectionRoutes(
      new EdgeRouter(widened, everything.router),
      routed.connections,
      everything,
    );
    if (!routes.route(routed.connections[0]!.id)) throw new Error('no route');
  });
  const large = generateMap(LARGE).text;
  figures[`core.${LARGE}.file-kb`] = Math.round(large.length / 1024);
  figures[`core.${LARGE}.parse-validate-ms`] = time(5, () => {
    if (!parse(large).ok) throw new Error('the generated map does not parse');
  });
  return figures;
}

/** The benchmark's pure parts: frame figures, the comparison table, the bare page's nodes. */
import { describe, expect, it } from 'vitest';
import { frameStats } from '../../bench/stats.ts';
import { formatComparison, ratio } from '../../bench/table.ts';
import { comparisonRows, medianFigures } from '../../bench/editor-rows.ts';
import { bareFlow } from '../../bench/bare-flow/bare-model.ts';
import { EXPORT_WORKER } from '../../bench/bundle.bench.ts';
import { generateMap } from '../../bench/generate-map.ts';
import { computeLayout } from '../../../src/core/layout.ts';

describe('frameStats', () => {
  it('gives the frame rate over the whole gesture and the p50 and p95 frame times', () => {
    const stats = frameStats([0, 16, 32, 48, 64, 80, 96, 112, 128, 144, 200]);
    expect(stats.frames).toBe(10);
    expect(stats.fps).toBe(50);
    expect(stats.p50).toBe(16);
    expect(stats.p95).toBe(56);
  });

  it('has no frame rate without two frames', () => {
    expect(frameStats([5]).fps).toBeNaN();
    expect(frameStats([5]).frames).toBe(0);
  });
});

describe('the comparison table', () => {
  it('divides Touchmap by bare, unless there is nothing to divide by', () => {
    expect(ratio(30, 12)).toBe('2.50');
    expect(ratio(30, undefined)).toBe('—');
    expect(ratio(30, 0)).toBe('—');
    expect(ratio(Number.NaN, 3)).toBe('—');
  });

  it('lines up the columns, names left and figures right', () => {
    const text = formatComparison([
      { figure: 'drag fps', touchmap: 30.04, bare: 60 },
      { figure: 'Enter to title painted (ms)', touchmap: 123.4 },
    ]);
    expect(text.split('\n')).toEqual([
      'figure                       Touchmap  bare React Flow  ratio',
      '---------------------------  --------  ---------------  -----',
      'drag fps                           30               60   0.50',
      'Enter to title painted (ms)       123                —      —',
    ]);
  });

  it('shows the figures a pass measured, in the table order, bare only where it has them', () => {
    const rows = comparisonRows(
      1500,
      { 'fit.settled': 300, firstRender: 900, enterCommit: 40, 'flow.width': 1000 },
      { firstRender: 450, 'fit.settled': 100 },
    );
    expect(rows).toEqual([
      { figure: '1,500 first render (ms)', touchmap: 900, bare: 450 },
      { figure: '1,500 Enter to title painted (ms)', touchmap: 40 },
      { figure: '1,500 Fit click to settled (ms)', touchmap: 300, bare: 100 },
    ]);
  });

  it('takes the median of each figure over the rounds', () => {
    expect(medianFigures([{ a: 3, b: 1 }, { a: 1 }, { a: 2, b: 5 }])).toEqual({ a: 2, b: 1 });
  });
});

describe('the bare React Flow page', () => {
  it('places one default node per card where Touchmap lays it out, with its size', () => {
    const { map } = generateMap(40);
    const layout = computeLayout(map);
    const flow = bareFlow(map);
    expect(flow.nodes).toHaveLength(40);
    const card = layout.cards[7]!;
    expect(flow.nodes[7]).toEqual({
      id: card.id,
      position: { x: card.x, y: card.y },
      data: { label: map.touchpoints.find((tp) => tp.id === card.id)!.title },
      width: card.width,
      height: card.height,
    });
    expect(flow.nodes.every((node) => node.type === undefined)).toBe(true);
    expect({ width: flow.width, height: flow.height }).toEqual({
      width: layout.width,
      height: layout.height,
    });
  });

  it('draws every connection between placed cards as a default edge', () => {
    const { map } = generateMap(200);
    const flow = bareFlow(map);
    expect(map.connections.length).toBeGreaterThan(0);
    expect(flow.edges).toEqual(
      map.connections.map((c) => ({ id: c.id, source: c.from, target: c.to })),
    );
    const unplaced = { ...map, touchpoints: map.touchpoints.slice(1) };
    expect(bareFlow(unplaced).edges.some((e) => e.source === map.touchpoints[0]!.id)).toBe(false);
  });
});

it('finds the export worker bundle by name, not its source map or other chunks', () => {
  expect(EXPORT_WORKER.test('export-worker-eIb9Axsd.js')).toBe(true);
  expect(EXPORT_WORKER.test('export-worker-eIb9Axsd.js.map')).toBe(false);
  expect(EXPORT_WORKER.test('export-DXTeId4f.js')).toBe(false);
});

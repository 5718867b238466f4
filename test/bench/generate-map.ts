/**
 * Deterministic large maps for the benchmarks: the same size always gives the same file.
 * Cards fill each cell in rows of three (as a facilitator's dense map would), with emotions,
 * frictions, some CSAT scores and connections along the journey, so every part of a card
 * and of the canvas (curve, badges, edges) is drawn.
 */
import {
  CHANNELS,
  CURRENT_VERSION,
  FORMAT_ID,
  SEVERITIES,
  type Connection,
  type Emotion,
  type JourneyMap,
  type Touchpoint,
} from '../../src/core/model.ts';
import { DEFAULT_DEPARTMENTS, DEFAULT_STAGES } from '../../src/core/defaults.ts';
import { LAYOUT } from '../../src/core/layout.ts';
import { serialize } from '../../src/core/serialize.ts';

/** mulberry32: a tiny seeded PRNG, good enough to vary a benchmark map. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  'Sees an ad on social media',
  'Reads a review',
  'Compares prices online',
  'Calls the hotline',
  'Chats with support',
  'Receives the invoice',
  'Unboxes the product',
  'Gets a thank-you email',
  'Fills in a survey',
  'Refers a friend',
  'Visits the store',
  'Waits on hold',
];

const EXTRA_STAGES = ['Renewal', 'Advocacy', 'Win-back'];

export interface GeneratedMap {
  map: JourneyMap;
  text: string;
}

export function generateMap(touchpoints: number, seed = 42): GeneratedMap {
  const rnd = random(seed + touchpoints);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const stageNames = [...DEFAULT_STAGES, ...EXTRA_STAGES];
  const stages = stageNames.map((name, i) => ({ id: `st-${i + 1}`, name }));
  const departments = [...DEFAULT_DEPARTMENTS, { name: 'Partners', color: '#6b7a8f' }].map(
    (d, i) => ({ id: `dep-${i + 1}`, name: d.name, color: d.color }),
  );
  const cells = stages.length * departments.length;
  const perCell = Math.ceil(touchpoints / cells);
  const tps: Touchpoint[] = [];
  let friction = 0;
  for (let i = 0; i < touchpoints; i++) {
    const cell = i % cells;
    const slot = Math.floor(i / cells);
    const stage = stages[cell % stages.length]!;
    const department = departments[Math.floor(cell / stages.length)]!;
    const kind = rnd() < 0.3 ? 'service' : 'experience';
    const rated = rnd() < 0.85;
    const frictionCount = rnd() < 0.4 ? 1 + Math.floor(rnd() * 3) : 0;
    const tp: Touchpoint = {
      id: `tp-${i + 1}`,
      title: `${pick(TITLES)} #${i + 1}`,
      stageId: stage.id,
      departmentId: department.id,
      kind,
      channel: pick(CHANNELS),
      emotion: rated ? ((Math.floor(rnd() * 5) - 2) as Emotion) : null,
      frictions: Array.from({ length: frictionCount }, () => ({
        id: `fr-${++friction}`,
        text: 'Something got in the way',
        severity: pick(SEVERITIES),
      })),
      opportunities: [],
      position: {
        x: LAYOUT.CELL_PADDING + (slot % 3) * (LAYOUT.CARD_WIDTH + LAYOUT.CELL_PADDING),
        y: LAYOUT.CELL_PADDING + Math.floor(slot / 3) * (LAYOUT.CARD_HEIGHT + LAYOUT.CELL_PADDING),
      },
    };
    if (kind === 'service' && rnd() < 0.5) tp.csat = 1 + Math.round(rnd() * 40) / 10;
    tps.push(tp);
  }
  // About one connection for every two cards, each to a card a stage further on.
  const connections: Connection[] = [];
  for (let i = 0; i + cells < touchpoints && connections.length < touchpoints / 2; i += 2) {
    connections.push({ id: `cn-${connections.length + 1}`, from: tps[i]!.id, to: tps[i + 1]!.id });
  }
  const map: JourneyMap = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    id: `bench-${touchpoints}`,
    title: `Benchmark map, ${touchpoints} touchpoints (${perCell} per cell)`,
    stages,
    departments,
    touchpoints: tps,
    connections,
  };
  return { map, text: serialize(map) };
}

/**
 * The whole-map slide's legend: its second line, for what only some maps have (the dashed
 * look of assumed evidence, each blueprint line drawn), appears exactly when the map has it
 * (core/legend-content.ts decides, as for the PDF), fits the slide, and is written into the
 * .pptx as text runs; an assumed card gets the dashed frame the legend explains.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { BLUEPRINT_LINES } from '../../../src/core/vocabulary.ts';
import { mapSlide } from '../../../src/slides/map-slide.ts';
import { writePptx } from '../../../src/slides/pptx.ts';
import {
  MUTED_TEXT,
  PROVISIONAL_STROKE,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  type FrameShape,
  type SlideShape,
  type TextShape,
} from '../../../src/slides/slide-shapes.ts';
import { blueprintMap } from '../pdf/blueprint-map.ts';

function load(path: string): JourneyMap {
  const parsed = parse(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.map;
}
const hotel = () => load('examples/hotel-stay.touchmap');
const ASSUMED = 'Assumed: a guess still to be checked';

const texts = (shapes: SlideShape[]): TextShape[] =>
  shapes.filter((s): s is TextShape => s.type === 'text');
/** The legend's text boxes: muted 11 pt words that belong to no card (map labels are 10 pt). */
const legendTexts = (shapes: SlideShape[]): TextShape[] =>
  texts(shapes).filter((t) => t.size === 11 && t.color === MUTED_TEXT && t.role === undefined);
const legendWords = (map: JourneyMap): string[] =>
  legendTexts(mapSlide(map).shapes).map((t) => t.text);
/** The map with no evidence marks: a blueprint's lines are then its only extras. */
const withoutEvidence = (map: JourneyMap): JourneyMap => ({
  ...map,
  touchpoints: map.touchpoints.map((tp) => ({
    ...tp,
    evidence: undefined,
    frictions: tp.frictions.map((f) => ({ ...f, evidence: undefined })),
  })),
  notes: map.notes?.map((n) => ({ ...n, evidence: undefined })),
});
const dashedFrames = (shapes: SlideShape[]): FrameShape[] =>
  shapes.filter(
    (s): s is FrameShape =>
      s.type !== 'line' && s.type !== 'curve' && s.type !== 'text' && s.line === PROVISIONAL_STROKE,
  );

describe('the map slide’s legend', () => {
  it('keeps one line for a map without evidence marks or blueprint lines', () => {
    const words = legendWords(hotel());
    expect(words).toContain('Service');
    expect(words).toContain('High friction');
    expect(words.some((w) => w.startsWith('Assumed') || w.startsWith('Line of'))).toBe(false);
    expect(dashedFrames(mapSlide(hotel()).shapes)).toEqual([]);
  });

  it('adds the assumed look and each line a blueprint draws, in the layout’s order', () => {
    const map = blueprintMap();
    const layout = computeLayout(map, { expectations: false });
    expect(layout.lines.length).toBe(3);
    const words = legendWords(map);
    // A tall map: the extras stand in a column beside it, the hint on a row of its own.
    expect(words.slice(words.indexOf('Assumed'))).toEqual([
      'Assumed',
      'a guess still to be checked',
      ...layout.lines.map((l) => BLUEPRINT_LINES[l.kind].word),
    ]);
  });

  it('lists only what the map has: lines without evidence, evidence without lines', () => {
    const lines = legendWords(withoutEvidence(blueprintMap()));
    expect(lines.some((w) => w.startsWith('Assumed'))).toBe(false);
    expect(lines.filter((w) => w.startsWith('Line of'))).toHaveLength(3);

    const map = hotel();
    const assumed = { ...map.touchpoints[0]!, evidence: 'assumed' as const };
    const marked = { ...map, touchpoints: [assumed, ...map.touchpoints.slice(1)] };
    const words = legendWords(marked);
    expect(words.at(-1)).toBe(ASSUMED);
    expect(words.some((w) => w.startsWith('Line of'))).toBe(false);
  });

  it('fits the slide under or beside the map, its words apart', () => {
    const hotelMarked = hotel();
    hotelMarked.touchpoints[0] = { ...hotelMarked.touchpoints[0]!, evidence: 'assumed' };
    for (const map of [blueprintMap(), hotel(), hotelMarked, withoutEvidence(blueprintMap())]) {
      const { shapes } = mapSlide(map);
      const legend = legendTexts(shapes);
      const boxes = shapes.flatMap((s) => ('box' in s && s.role?.of === 'card' ? [s.box] : []));
      const right = Math.max(...boxes.map((b) => b.x + b.w));
      const bottom = Math.max(...boxes.map((b) => b.y + b.h));
      for (const t of legend) {
        expect(t.box.x + t.box.w).toBeLessThanOrEqual(SLIDE_WIDTH - 0.4 + 1e-9);
        expect(t.box.y + t.box.h).toBeLessThanOrEqual(SLIDE_HEIGHT);
        expect(t.box.y > bottom || t.box.x > right).toBe(true);
      }
      for (const y of new Set(legend.map((t) => t.box.y))) {
        const line = legend.filter((t) => t.box.y === y);
        line.slice(1).forEach((t, k) => {
          const before = line[k]!;
          expect(t.box.x).toBeGreaterThanOrEqual(before.box.x + before.box.w);
        });
      }
    }
  });

  it('keeps a tall map its size: the extras go beside it, not under it', () => {
    const map = blueprintMap();
    const cardsOf = (m: JourneyMap) =>
      mapSlide(m).shapes.flatMap((s) => ('box' in s && s.role?.of === 'card' ? [s.box] : []));
    // As large as under a one-line legend: the map area is the slide less the margins (0.4 in
    // each side), the heading (0.95 in), the legend's line (0.35 in) and its gaps (0.3 in).
    const layout = computeLayout(map, { expectations: false });
    const scale = Math.min(
      (SLIDE_WIDTH - 0.8) / layout.width,
      (SLIDE_HEIGHT - 0.95 - 0.35 - 0.3) / layout.height,
    );
    expect(scale).toBe((SLIDE_HEIGHT - 0.95 - 0.35 - 0.3) / layout.height);
    for (const box of cardsOf(map)) expect(box.w).toBeCloseTo(layout.cards[0]!.width * scale, 9);
    const words = legendTexts(mapSlide(map).shapes);
    const column = words.filter(
      (t) => t.text.startsWith('Line of') || t.text.startsWith('Assumed'),
    );
    const right = Math.max(...cardsOf(map).map((b) => b.x + b.w));
    for (const t of column) expect(t.box.x).toBeGreaterThan(right);
  });

  it('frames each assumed card dashed, around the card', () => {
    const map = blueprintMap();
    const { shapes } = mapSlide(map);
    const assumed = new Set(
      map.touchpoints.filter((t) => t.evidence === 'assumed').map((t) => t.id),
    );
    const cards = shapes.filter(
      (s): s is FrameShape =>
        s.type !== 'line' &&
        s.type !== 'curve' &&
        s.type !== 'text' &&
        s.role?.of === 'card' &&
        assumed.has(s.role.touchpointId),
    );
    expect(cards.length).toBe(assumed.size);
    const frames = dashedFrames(shapes).filter((f) => f.fill === null);
    // One frame per assumed card, and the legend's sample.
    expect(frames.length).toBe(assumed.size + 1);
    for (const card of cards)
      expect(
        frames.some(
          (f) =>
            f.box.x < card.box.x &&
            f.box.y < card.box.y &&
            f.box.x + f.box.w > card.box.x + card.box.w &&
            f.box.y + f.box.h > card.box.y + card.box.h,
        ),
      ).toBe(true);
  });

  it('writes the new entries as text runs of the .pptx', async () => {
    const runsOf = async (map: JourneyMap) => {
      const files = unzipSync(await writePptx(map));
      return Object.keys(files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .flatMap((n) =>
          [...strFromU8(files[n]!).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!),
        );
    };
    const blueprint = await runsOf(blueprintMap());
    expect(blueprint).toContain('Assumed');
    expect(blueprint).toContain('a guess still to be checked');
    // Each line is named on the map and in the legend.
    for (const kind of ['interaction', 'visibility', 'internal'] as const)
      expect(
        blueprint.filter((r) => r === BLUEPRINT_LINES[kind].word).length,
      ).toBeGreaterThanOrEqual(2);
    const map = hotel();
    const marked = {
      ...map,
      touchpoints: [
        { ...map.touchpoints[0]!, evidence: 'assumed' as const },
        ...map.touchpoints.slice(1),
      ],
    };
    expect(await runsOf(marked)).toContain(ASSUMED);
    const plain = await runsOf(map);
    expect(plain.some((r) => r.startsWith('Assumed'))).toBe(false);
    expect(plain.some((r) => r.startsWith('Line of'))).toBe(false);
  });
});

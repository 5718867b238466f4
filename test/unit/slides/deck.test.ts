/**
 * The PowerPoint deck's geometry, measured on the shape records: every card of a stage is on
 * that stage's slides, every shape is inside its slide, no two cards overlap, no text is under
 * the legible minimum, and emotions and frictions are drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { buildDeck } from '../../../src/slides/deck.ts';
import { cardLevel } from '../../../src/slides/map-cards.ts';
import { mapSlide } from '../../../src/slides/map-slide.ts';
import {
  MIN_TEXT_PT,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  type Box,
  type FrameShape,
  type SlideShape,
  type SlideSpec,
  type TextShape,
} from '../../../src/slides/slide-shapes.ts';
import { generatedMap, stressMap } from '../pdf/maps.ts';

function template(name: string): JourneyMap {
  const parsed = parse(readFileSync(`assets/templates/${name}.touchmap`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.map;
}

const MAPS: [string, () => JourneyMap][] = [
  ['hotel-stay', () => template('hotel-stay')],
  ['bank-financial-advice', () => template('bank-financial-advice')],
  ['clothing-retailer', () => template('clothing-retailer')],
  ['the stress map', stressMap],
  ['a generated map of 300 touchpoints', () => generatedMap(300)],
];

const EPS = 1e-6;

function boxesOf(shape: SlideShape): Box[] {
  switch (shape.type) {
    case 'line':
      return [
        {
          x: Math.min(shape.from.x, shape.to.x),
          y: Math.min(shape.from.y, shape.to.y),
          w: Math.abs(shape.to.x - shape.from.x),
          h: Math.abs(shape.to.y - shape.from.y),
        },
      ];
    case 'curve':
      return [shape.start, ...shape.segments.flatMap((s) => [s.c1, s.c2, s.to])].map((p) => ({
        ...p,
        w: 0,
        h: 0,
      }));
    default:
      return [shape.box];
  }
}

const inside = (b: Box, outer: Box) =>
  b.x >= outer.x - EPS &&
  b.y >= outer.y - EPS &&
  b.x + b.w <= outer.x + outer.w + EPS &&
  b.y + b.h <= outer.y + outer.h + EPS;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;

const texts = (slide: SlideSpec) => slide.shapes.filter((s): s is TextShape => s.type === 'text');
const cardFrames = (slide: SlideSpec) =>
  slide.shapes.filter(
    (s): s is FrameShape =>
      s.type !== 'text' && s.type !== 'line' && s.type !== 'curve' && s.role?.of === 'card',
  );

/** The slides of each stage: those after the whole-map slide, in order. */
function stageSlides(deck: SlideSpec[], map: JourneyMap): SlideSpec[] {
  const mapIndex = deck.findIndex((s) => s.name.endsWith(': the whole map'));
  expect(mapIndex).toBeGreaterThan(0);
  return deck.slice(mapIndex + 1).filter(() => map.stages.length > 0);
}

describe.each(MAPS)('the deck of %s', (_, make) => {
  const map = make();
  const deck = buildDeck(map);

  it('opens with the title slide, then the whole map, then the stages in order', () => {
    expect(texts(deck[0]!).some((t) => t.text === map.title)).toBe(true);
    const stages = stageSlides(deck, map);
    const names = stages.map((s) => s.name.replace(/ \(\d+\/\d+\)$/, ''));
    expect([...new Set(names)]).toEqual(map.stages.map((s) => s.name));
  });

  it('keeps every shape inside its slide', () => {
    const slideBox = { x: 0, y: 0, w: SLIDE_WIDTH, h: SLIDE_HEIGHT };
    for (const slide of deck)
      for (const shape of slide.shapes)
        for (const box of boxesOf(shape))
          expect(inside(box, slideBox), `${slide.name}: ${JSON.stringify(shape)}`).toBe(true);
  });

  it('writes no text under the legible minimum, and none empty', () => {
    for (const slide of deck)
      for (const text of texts(slide)) {
        expect(text.size, `${slide.name}: ${text.text}`).toBeGreaterThanOrEqual(MIN_TEXT_PT);
        expect(text.text.trim()).not.toBe('');
      }
  });

  it('puts every card of a stage on its slides, once, inside the slide and apart', () => {
    const stages = stageSlides(deck, map);
    for (const stage of map.stages) {
      const slides = stages.filter((s) => s.name.replace(/ \(\d+\/\d+\)$/, '') === stage.name);
      const ids = slides.flatMap((s) => cardFrames(s).map((f) => f.role!.touchpointId));
      const expected = map.touchpoints
        .filter(
          (tp) => tp.stageId === stage.id && map.departments.some((d) => d.id === tp.departmentId),
        )
        .map((tp) => tp.id);
      expect(new Set(ids)).toEqual(new Set(expected));
      for (const slide of slides) {
        const frames = cardFrames(slide);
        for (let i = 0; i < frames.length; i++)
          for (let j = i + 1; j < frames.length; j++)
            expect(
              overlap(frames[i]!.box, frames[j]!.box),
              `${slide.name}: ${frames[i]!.role!.touchpointId} and ${frames[j]!.role!.touchpointId}`,
            ).toBe(false);
      }
    }
  });

  it('shows each card’s title, kind, emotion and frictions on its stage slide', () => {
    const stages = stageSlides(deck, map);
    const all = stages.flatMap((s) => s.shapes);
    for (const tp of map.touchpoints.filter(
      (t) =>
        map.stages.some((s) => s.id === t.stageId) &&
        map.departments.some((d) => d.id === t.departmentId),
    )) {
      const mine = all.filter(
        (s): s is FrameShape | TextShape =>
          s.type !== 'line' && s.type !== 'curve' && s.role?.touchpointId === tp.id,
      );
      const words = mine.filter((s): s is TextShape => s.type === 'text').map((s) => s.text);
      // The title's first word, or (longer than a line) its start and "…", never run over lines.
      const first = tp.title.split(/\s+/)[0]!;
      expect(
        words.some(
          (w) => w.startsWith(first) || (w.endsWith('…') && first.startsWith(w.slice(0, -1))),
        ),
        tp.title,
      ).toBe(true);
      expect(mine.filter((s) => s.role?.of === 'kind').length).toBeGreaterThan(0);
      expect(mine.filter((s) => s.role?.of === 'emotion').length).toBeGreaterThan(0);
      const frictionTexts = mine.filter((s) => s.type === 'text' && s.role?.of === 'friction');
      expect(frictionTexts.length).toBe(tp.frictions.length);
    }
  });

  it('draws every placed card on the whole-map slide, inside the map and apart', () => {
    const slide = deck.find((s) => s.name.endsWith(': the whole map'))!;
    const frames = cardFrames(slide);
    const placed = map.touchpoints.filter(
      (tp) =>
        map.stages.some((s) => s.id === tp.stageId) &&
        map.departments.some((d) => d.id === tp.departmentId),
    );
    expect(frames.map((f) => f.role!.touchpointId).sort()).toEqual(
      placed.map((tp) => tp.id).sort(),
    );
    const dots = slide.shapes.filter((s) => s.type === 'ellipse' && s.role?.of === 'emotion');
    expect(dots.length).toBe(placed.filter((tp) => tp.emotion !== null).length);
    const marks = slide.shapes.filter((s) => s.type === 'rect' && s.role?.of === 'friction');
    expect(marks.length).toBe(placed.reduce((n, tp) => n + Math.min(3, tp.frictions.length), 0));
  });
});

describe('the whole-map slide', () => {
  it('shows fewer words, never smaller text, as the map grows', () => {
    const small = cardLevel(2.4, 1.15);
    const medium = cardLevel(1.1, 0.5);
    const tiny = cardLevel(0.25, 0.12);
    expect(small.level).toBe('full');
    expect(medium.level).toBe('title');
    expect(tiny.level).toBe('marks');
    for (const level of [small, medium, tiny])
      expect(level.size).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('writes no card text on a map of 1,500 touchpoints, and keeps the headers legible', () => {
    const map = generatedMap(1500);
    const slide = mapSlide(map);
    const cardTexts = texts(slide).filter((t) => t.role?.of === 'card');
    expect(cardTexts).toEqual([]);
    expect(cardFrames(slide).length).toBe(1500);
    for (const t of texts(slide)) expect(t.size).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('writes titles on the cards of a small map', () => {
    const map = template('hotel-stay');
    const slide = mapSlide(map);
    const titled = texts(slide).filter((t) => t.role?.of === 'card');
    expect(titled.length).toBe(map.touchpoints.length);
  });
});

import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/core/layout.ts';
import { TEXT_SIZES } from '../../../../src/core/text-size.ts';
import {
  MIN_HEADER_FONT_PX,
  bandNameOffset,
  headerBox,
  headerLimits,
  stageNameLines,
  wholeWords,
} from '../../../../src/app/canvas/header-box.ts';
import { generateMap } from '../../../bench/generate-map.ts';

const LAYOUT = computeLayout(generateMap(40).map);

describe('headerBox', () => {
  it('keeps header letters at 12 px or more at every zoom and text size', () => {
    for (const size of TEXT_SIZES) {
      for (const zoom of [0.02, 0.1, 0.5, 0.8, 1, 2.5]) {
        const box = headerBox(LAYOUT, { x: 0, y: 0, zoom }, headerLimits(size));
        expect(box.fontSize).toBeGreaterThanOrEqual(MIN_HEADER_FONT_PX);
      }
    }
  });

  it('grows the letters and their room with the text size, far out and at 100 %', () => {
    for (const zoom of [0.05, 1]) {
      const [s, m, l, xl] = TEXT_SIZES.map((size) =>
        headerBox(LAYOUT, { x: 0, y: 0, zoom }, headerLimits(size)),
      );
      expect(s!.fontSize).toBeLessThanOrEqual(m!.fontSize);
      expect(m!.fontSize).toBeLessThan(l!.fontSize);
      expect(l!.fontSize).toBeLessThan(xl!.fontSize);
      expect(xl!.laneWidth).toBeGreaterThanOrEqual(m!.laneWidth);
      expect(xl!.stageHeight).toBeGreaterThanOrEqual(m!.stageHeight);
    }
    // Far out every size has its minimum: XL's is 1.3 times M's, S keeps M's.
    const far = (size: 's' | 'm' | 'xl') =>
      headerBox(LAYOUT, { x: 0, y: 0, zoom: 0.05 }, headerLimits(size));
    expect(far('m')).toMatchObject({ fontSize: 12, laneWidth: 120, stageHeight: 30 });
    expect(far('s')).toMatchObject({ fontSize: 12, laneWidth: 120, stageHeight: 30 });
    expect(far('xl').fontSize).toBeCloseTo(15.6, 9);
    expect(far('xl').laneWidth).toBeCloseTo(156, 9);
  });

  it('sits in place at a readable zoom, and sticks to the edges when panned past them', () => {
    const limits = headerLimits('m');
    const inPlace = headerBox(LAYOUT, { x: 20, y: 10, zoom: 1 }, limits);
    expect(inPlace).toMatchObject({
      left: 20,
      top: 10,
      laneWidth: LAYOUT.laneHeader.width,
      stageHeight: LAYOUT.stageHeader.height,
      stuckLeft: false,
      stuckTop: false,
    });
    expect(inPlace.laneRight).toBe(20 + LAYOUT.laneHeader.width);
    const panned = headerBox(LAYOUT, { x: -500, y: -300, zoom: 1 }, limits);
    expect(panned).toMatchObject({ left: 0, top: 0, stuckLeft: true, stuckTop: true });
    expect(panned.laneRight).toBe(panned.laneWidth);
    expect(panned.stageBottom).toBe(panned.stageHeight);
  });

  it('keeps a header made taller for expectations whole in place, and shrinks it when frozen', () => {
    const base = generateMap(4).map;
    const tall = computeLayout({
      ...base,
      stages: base.stages.map((s) => ({
        ...s,
        expectations: 'A clear price and the cot confirmed, with no queue at the desk on arrival',
      })),
    });
    const limits = headerLimits('m');
    expect(tall.stageHeader.height).toBeGreaterThan(LAYOUT.stageHeader.height);
    const inPlace = headerBox(tall, { x: 0, y: 0, zoom: 1 }, limits);
    expect(inPlace).toMatchObject({
      top: 0,
      stageHeight: tall.stageHeader.height,
      stuckTop: false,
    });
    // Scrolled 40 px past: what is left of it, at the top.
    const scrolled = headerBox(tall, { x: 0, y: -40, zoom: 1 }, limits);
    expect(scrolled).toMatchObject({
      top: 0,
      stageHeight: tall.stageHeader.height - 40,
      stuckTop: true,
    });
    // Far past: the plain header's room.
    const far = headerBox(tall, { x: 0, y: -2000, zoom: 1 }, limits);
    expect(far).toMatchObject({ top: 0, stageHeight: limits.maxStage });
    // A plain header is as before: at most its maximum, whatever the zoom.
    const plain = headerBox(LAYOUT, { x: 0, y: -40, zoom: 2.5 }, limits);
    expect(plain.stageHeight).toBe(limits.maxStage);
  });
});

describe('wholeWords', () => {
  /** Every character 10 px wide. */
  const measure = (text: string) => text.length * 10;

  it('keeps a name that fits, else cuts it after a whole word, with an ellipsis', () => {
    expect(wholeWords('Search and compare', 180, measure)).toBe('Search and compare');
    expect(wholeWords('Search and compare', 179, measure)).toBe('Search and…');
    expect(wholeWords('Search and compare', 110, measure)).toBe('Search and…');
    expect(wholeWords('Search and compare', 109, measure)).toBe('Search…');
    expect(wholeWords('Search  and compare', 109, measure)).toBe('Search…');
  });

  it('gives nothing when not even the first word fits: never part of a word', () => {
    expect(wholeWords('Search and compare', 69, measure)).toBe('');
    expect(wholeWords('Awareness', 89, measure)).toBe('');
    expect(wholeWords('Awareness', 90, measure)).toBe('Awareness');
  });
});

describe('stageNameLines', () => {
  const measure = (text: string) => text.length * 10;

  it('puts a long name on a second line in whole words where the header holds two', () => {
    expect(stageNameLines('Search and compare', 120, 2, measure)).toEqual([
      'Search and',
      'compare',
    ]);
    expect(stageNameLines('Pre-arrival and check-in', 160, 2, measure)).toEqual([
      'Pre-arrival and',
      'check-in',
    ]);
    expect(stageNameLines('Search and compare', 180, 2, measure)).toEqual(['Search and compare']);
    // More words than two lines hold: the second ends with an ellipsis.
    expect(stageNameLines('Search and compare the offers', 110, 2, measure)).toEqual([
      'Search and',
      'compare…',
    ]);
    // One line only: as wholeWords.
    expect(stageNameLines('Search and compare', 120, 1, measure)).toEqual(['Search and…']);
  });

  it('gives no line when not even the first word fits (the number shows instead)', () => {
    expect(stageNameLines('Awareness of the brand', 89, 2, measure)).toEqual([]);
    expect(stageNameLines('Awareness', 89, 1, measure)).toEqual([]);
    // Never inside a word, nor after a compound's hyphen: "Pre-" alone names no stage.
    expect(stageNameLines('Pre-arrival and check-in', 100, 2, measure)).toEqual([]);
    expect(stageNameLines('Pre-arrival and check-in', 110, 2, measure)).toEqual([
      'Pre-arrival',
      'and…',
    ]);
    expect(stageNameLines('Check in', 50, 2, measure)).toEqual(['Check', 'in']);
    // A later word too wide for the last line: the ellipsis goes on the line before, or,
    // with no room for it there either, the number stands in (a name cut short unmarked
    // would read as whole).
    expect(stageNameLines('Check in at the desk', 60, 2, measure)).toEqual(['Check', 'in at…']);
    expect(stageNameLines('Check insurance', 70, 2, measure)).toEqual(['Check…']);
    expect(stageNameLines('Check insurance', 50, 2, measure)).toEqual([]);
  });
});

describe('bandNameOffset', () => {
  const ROOM = 30;
  it('leaves a name in place while its band starts below the stage names', () => {
    expect(bandNameOffset(200, 150, 120, ROOM)).toBe(0);
    expect(bandNameOffset(120, 150, 120, ROOM)).toBe(0);
  });

  it('moves it down to the stage names while the top of its band is under them', () => {
    expect(bandNameOffset(100, 150, 120, ROOM)).toBe(20);
    expect(bandNameOffset(-50, 300, 120, ROOM)).toBe(170);
  });

  it('keeps room for the name at the foot of a band mostly under the stage names', () => {
    expect(bandNameOffset(0, 140, 120, ROOM)).toBe(110);
    expect(bandNameOffset(-200, 140, 120, ROOM)).toBe(110);
    // A band thinner than a name's room is not pushed at all.
    expect(bandNameOffset(100, 20, 120, ROOM)).toBe(0);
  });
});

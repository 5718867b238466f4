import { describe, expect, it } from 'vitest';
import type { JourneyMap, Note } from '../../../src/core/model.ts';
import { LAYOUT, computeLayout } from '../../../src/core/layout.ts';
import {
  BRIEF_GEOMETRY,
  STAGE_HEADER_GEOMETRY,
  expectationLines,
  nameLines,
  hasBrief,
  layoutBrief,
  stageHeaderHeight,
} from '../../../src/core/layout-brief.ts';
import { ROW_GEOMETRY, noteHeight } from '../../../src/core/layout-rows.ts';
import { lineCount, wrapWords } from '../../../src/core/text-measure.ts';
import { mapOf } from '../map-parts.ts';

const WORDS = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const map = (extra: Partial<JourneyMap> = {}): JourneyMap =>
  mapOf({
    stages: [
      { id: 's1', name: 'Book' },
      { id: 's2', name: 'Stay' },
      { id: 's3', name: 'Leave' },
      { id: 's4', name: 'Return' },
    ],
    departments: [{ id: 'd1', name: 'Desk', color: '#336699' }],
    ...extra,
  });

describe('text measure', () => {
  it('wraps between words, longer texts on more lines, and cuts only a word wider than a line', () => {
    const lines = wrapWords('a quick check-in and a clean room', 120, { size: 13 });
    expect(lines.join(' ')).toBe('a quick check-in and a clean room');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.startsWith(' ') || line.endsWith(' ')).toBe(false);
    expect(lineCount(WORDS(40), 175, { size: 13 })).toBeGreaterThan(
      lineCount(WORDS(10), 175, { size: 13 }),
    );
    expect(lineCount(WORDS(40), 175, { size: 13 }, 4)).toBe(4);
    expect(lineCount('', 175, { size: 13 })).toBe(0);
    const url = wrapWords(`see ${'x'.repeat(80)}`, 100, { size: 13 });
    expect(url[0]).toBe('see');
    expect(url.slice(1).join('')).toBe('x'.repeat(80));
  });

  it('counts bold and wide letters wider', () => {
    const text = 'Mmmm Wwww Mmmm Wwww';
    expect(lineCount(text, 150, { size: 13, bold: true })).toBeGreaterThanOrEqual(
      lineCount(text, 150, { size: 13 }),
    );
    expect(lineCount('iiii llll iiii', 100, { size: 13 })).toBe(1);
  });
});

describe('the brief band', () => {
  it('has no height and keeps the layout of a map with neither persona nor scenario', () => {
    const plain = map();
    expect(hasBrief(plain)).toBe(false);
    expect(hasBrief(map({ persona: { name: '  ' }, scenario: ' ' }))).toBe(false);
    const withOption = computeLayout(plain, { brief: true });
    expect(withOption.brief).toEqual({ y: 0, height: 0, sections: [] });
    expect(withOption).toEqual(computeLayout(plain));
    expect(withOption.stageHeader).toEqual({ y: 0, height: LAYOUT.STAGE_HEADER_HEIGHT });
  });

  it('puts persona, goals and scenario side by side, as tall as the tallest', () => {
    const m = map({
      persona: {
        name: 'Fiona',
        quote: 'Just the room ready',
        goals: ['Sleep well', 'Early check-in'],
      },
      scenario: 'A family weekend in York, booked on a phone.',
    });
    const layout = computeLayout(m, { brief: true });
    const { brief } = layout;
    expect(brief.sections.map((s) => s.kind)).toEqual(['persona', 'goals', 'scenario']);
    const g = BRIEF_GEOMETRY;
    for (const s of brief.sections) {
      expect(s.y).toBe(g.PAD_Y);
      expect(s.y + s.height).toBeLessThanOrEqual(brief.height - g.PAD_Y + 1);
    }
    const [a, b, c] = brief.sections;
    expect(a!.x + a!.width + g.GAP).toBeCloseTo(b!.x);
    expect(b!.x + b!.width + g.GAP).toBeCloseTo(c!.x);
    expect(c!.x + c!.width).toBeCloseTo(layout.width - g.PAD_X);
    // The persona's name and quote, one line each here; one line per short goal.
    expect(a!.lines).toEqual([1, 1]);
    expect(b!.lines).toEqual([1, 1]);
    // Everything else moves down by the band.
    expect(layout.stageHeader.y).toBe(brief.height);
    const without = computeLayout(m);
    expect(layout.emotionRow.y - without.emotionRow.y).toBe(brief.height);
    expect(layout.height - without.height).toBe(brief.height);
    expect(without.brief.height).toBe(0);
  });

  it('grows with its words up to the limits, and a scenario alone is a brief too', () => {
    const short = layoutBrief({ scenario: 'A weekend away.' }, 1200);
    const long = layoutBrief({ scenario: WORDS(60) }, 1200);
    const huge = layoutBrief({ scenario: WORDS(400) }, 1200);
    expect(short.sections.map((s) => s.kind)).toEqual(['scenario']);
    expect(short.sections[0]!.lines).toEqual([1]);
    expect(long.height).toBeGreaterThan(short.height);
    expect(huge.sections[0]!.lines).toEqual([BRIEF_GEOMETRY.SCENARIO_LINES]);
    const goals = layoutBrief({ persona: { name: 'A', goals: Array(9).fill(WORDS(40)) } }, 1200);
    const listed = goals.sections.find((s) => s.kind === 'goals')!;
    expect(listed.lines).toEqual(Array(BRIEF_GEOMETRY.GOALS).fill(BRIEF_GEOMETRY.GOAL_LINES));
  });

  it('stacks its sections on a map too narrow for them side by side', () => {
    const m = { persona: { name: 'Fiona', quote: 'Q' }, scenario: 'S' };
    const brief = layoutBrief(m, 500);
    const [a, b] = brief.sections;
    expect(a!.x).toBe(b!.x);
    expect(b!.y).toBe(a!.y + a!.height + BRIEF_GEOMETRY.GAP);
    expect(brief.height).toBe(Math.ceil(b!.y + b!.height + BRIEF_GEOMETRY.PAD_Y));
  });
});

describe('stage header height', () => {
  it('stays at its plain height without expectations, grows for long ones, up to a cap', () => {
    const widths = [232, 232];
    const h = STAGE_HEADER_GEOMETRY;
    const stage = (expectations?: string) => ({ name: 'Book', expectations });
    expect(stageHeaderHeight([stage(), stage(' ')], widths)).toBe(h.MIN_HEIGHT);
    const two = stageHeaderHeight([stage(WORDS(8)), stage()], widths);
    const five = stageHeaderHeight([stage(WORDS(20)), stage()], widths);
    const capped = stageHeaderHeight([stage(), stage(WORDS(200))], widths);
    expect(two).toBeGreaterThan(h.MIN_HEIGHT);
    expect(five).toBeGreaterThan(two);
    expect(capped).toBe(Math.ceil(h.NAME_ROW + h.MAX_LINES * h.EXPECT.line + h.PAD_BOTTOM));
    expect(expectationLines({ expectations: WORDS(200) }, 232)).toBe(h.MAX_LINES);
    // A wider column needs fewer lines.
    expect(stageHeaderHeight([stage(WORDS(20))], [600])).toBeLessThan(five);
  });

  it('makes room for a second line of a long name above its expectations', () => {
    const h = STAGE_HEADER_GEOMETRY;
    // A column of 232 leaves 168 beside the number: 'Pre-arrival and check-in' (about 260
    // at 20 bold) takes two lines; 'Booking' one; a name of many words is cut after two.
    expect(nameLines({ name: 'Booking' }, 232)).toBe(1);
    expect(nameLines({ name: 'Pre-arrival and check-in' }, 232)).toBe(2);
    expect(nameLines({ name: WORDS(30) }, 232)).toBe(h.NAME_MAX_LINES);
    expect(nameLines({ name: 'Pre-arrival and check-in' }, 600)).toBe(1);
    const expects = WORDS(8);
    const one = stageHeaderHeight([{ name: 'Booking', expectations: expects }], [232]);
    const long = stageHeaderHeight(
      [{ name: 'Pre-arrival and check-in', expectations: expects }],
      [232],
    );
    expect(long - one).toBe(h.NAME.line);
    // Without expectations the plain header holds two lines of name.
    expect(stageHeaderHeight([{ name: 'Pre-arrival and check-in' }], [232])).toBe(h.MIN_HEIGHT);
  });

  it('is the layout of every host except one that asks for plain headers', () => {
    const m = map({ stages: [{ id: 's1', name: 'Book', expectations: WORDS(20) }] });
    const tall = computeLayout(m);
    expect(tall.stageHeader.height).toBe(stageHeaderHeight(m.stages, [LAYOUT.MIN_CELL_WIDTH]));
    expect(tall.emotionRow.y).toBe(tall.stageHeader.height);
    const plain = computeLayout(m, { expectations: false });
    expect(plain.stageHeader.height).toBe(LAYOUT.STAGE_HEADER_HEIGHT);
  });
});

describe('note height', () => {
  const rows = [
    { id: 'r-cust', type: 'customer' as const },
    { id: 'r-d1', type: 'department' as const, departmentId: 'd1' },
  ];
  const note = (id: string, stageId: string, text: string): Note => ({
    id,
    rowId: 'r-cust',
    stageId,
    text,
  });

  it('is the plain height for a short text, taller for a long one, up to a cap', () => {
    const g = ROW_GEOMETRY;
    expect(noteHeight('Books online')).toBe(g.NOTE_HEIGHT);
    expect(noteHeight(WORDS(30))).toBeGreaterThan(g.NOTE_HEIGHT);
    expect(noteHeight(WORDS(300))).toBe(Math.ceil(g.NOTE_INSET_Y + g.NOTE_MAX_LINES * g.NOTE_LINE));
  });

  it('stacks notes by their own heights and grows the row to the tallest stack', () => {
    const notes = [
      note('n1', 's1', WORDS(30)),
      note('n2', 's1', 'Short'),
      note('n3', 's2', 'Short'),
    ];
    const layout = computeLayout(map({ rows, notes }));
    const [n1, n2, n3] = layout.notes;
    expect(n1!.height).toBe(noteHeight(WORDS(30)));
    expect(n2!.y).toBe(n1!.y + n1!.height + ROW_GEOMETRY.NOTE_GAP);
    expect(n3!.y).toBe(n1!.y);
    const row = layout.rows.find((r) => r.id === 'r-cust')!;
    expect(row.height).toBe(
      2 * LAYOUT.CELL_PADDING + n1!.height + ROW_GEOMETRY.NOTE_GAP + n2!.height,
    );
  });
});

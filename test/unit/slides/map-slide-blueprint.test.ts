/**
 * The whole-map slide of a service blueprint: every row that is not a lane gets its band,
 * lanes are named in row order (not in the order of the department list), notes are frames
 * dashed when assumed, and the lines between layers are dashed rules across the map (the
 * legend shows a short sample of each); a hidden emotion row draws nothing.
 */
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/core/layout.ts';
import { mapSlide } from '../../../src/slides/map-slide.ts';
import { ROW_LOOKS } from '../../../src/core/presentation.ts';
import { departmentHex } from '../../../src/slides/colors.ts';
import type {
  FrameShape,
  LineShape,
  SlideShape,
  TextShape,
} from '../../../src/slides/slide-shapes.ts';
import { MIN_TEXT_PT } from '../../../src/slides/slide-shapes.ts';
import { blueprintMap } from '../pdf/blueprint-map.ts';

const texts = (shapes: SlideShape[]): TextShape[] =>
  shapes.filter((s): s is TextShape => s.type === 'text');

describe('the whole-map slide of a blueprint', () => {
  const map = blueprintMap();
  const layout = computeLayout(map, { expectations: false });
  const { shapes } = mapSlide(map);

  it('rules the blueprint lines dashed across the map', () => {
    // The legend's samples of the lines are short; the rules cross the whole map.
    const dashed = shapes.filter(
      (s): s is LineShape => s.type === 'line' && s.line.dashed === true && s.to.x - s.from.x > 1,
    );
    const samples = shapes.filter(
      (s): s is LineShape => s.type === 'line' && s.line.dashed === true && s.to.x - s.from.x <= 1,
    );
    expect(samples).toHaveLength(layout.lines.length);
    expect(dashed).toHaveLength(layout.lines.length);
    expect(layout.lines.length).toBe(3);
    const ys = dashed.map((l) => l.from.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const line of dashed) expect(line.to.x - line.from.x).toBeGreaterThan(3);
    for (const t of texts(shapes)) expect(t.size).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('draws a frame per note, dashed exactly for the assumed ones', () => {
    const notes = map.notes!;
    // Plain white framed rectangles: the notes, and the legend's sample card.
    const frames = (of: SlideShape[]): FrameShape[] =>
      of.filter(
        (s): s is FrameShape =>
          s.type === 'rect' && s.fill === '#ffffff' && s.line !== null && !s.role,
      );
    const without = frames(mapSlide({ ...map, notes: [] }).shapes);
    const noted = frames(shapes);
    expect(noted.length - without.length).toBe(notes.length);
    const dashed = (of: FrameShape[]): number => of.filter((s) => s.line?.dashed === true).length;
    expect(dashed(noted) - dashed(without)).toBe(
      notes.filter((n) => n.evidence === 'assumed').length,
    );
    expect(dashed(noted) - dashed(without)).toBeGreaterThan(0);
  });

  it('gives each lane its department in row order, and the other rows a band', () => {
    const colour = new Map(map.departments.map((d) => [departmentHex(d.color), d.id]));
    const stripes = shapes
      .filter(
        (s): s is FrameShape =>
          s.type === 'rect' && s.fill !== null && colour.has(s.fill) && s.box.w < 0.1,
      )
      .sort((a, b) => a.box.y - b.box.y)
      .map((s) => colour.get(s.fill!));
    const lanes = layout.lanes.map((l) => l.id);
    expect(lanes).not.toEqual(map.departments.map((d) => d.id));
    expect(stripes).toEqual(lanes);
    const bands = layout.rows.filter((r) => r.type !== 'department' && r.type !== 'emotion');
    expect(bands.length).toBe(6);
    const fills = shapes.flatMap((s) => (s.type === 'rect' ? [s.fill] : []));
    for (const band of bands) expect(fills).toContain(ROW_LOOKS[band.type].fill.print);
  });

  it('draws no emotion row when it is hidden', () => {
    const hidden = {
      ...map,
      rows: map.rows!.map((r) => (r.type === 'emotion' ? { ...r, hidden: true } : r)),
    };
    const words = texts(mapSlide(hidden).shapes).map((t) => t.text);
    expect(words.some((w) => w.startsWith('Emo'))).toBe(false);
    expect(texts(shapes).some((t) => t.text.startsWith('Emo'))).toBe(true);
  });
});

import { jsPDF } from 'jspdf';
import type { Emotion } from '../../../src/core/model.ts';
import { describe, expect, it } from 'vitest';
import { FontSet, registerFonts } from '../../../src/pdf/fonts.ts';
import { drawCardShape } from '../../../src/pdf/draw-card.ts';
import { drawFace } from '../../../src/pdf/icons.ts';
import { Painter } from '../../../src/pdf/painter.ts';
import type { Rgb } from '../../../src/pdf/theme.ts';
import { bundledFonts } from './helpers.ts';

const RED: Rgb = [255, 0, 0];
const GREEN: Rgb = [0, 160, 0];

async function painter(): Promise<{ p: Painter; page: () => string }> {
  const fonts = await bundledFonts();
  const doc = new jsPDF({ unit: 'pt', format: [600, 400], compress: false });
  const set = new FontSet(fonts);
  const p = new Painter(doc, set, registerFonts(doc, set, fonts));
  const pages = (doc.internal as unknown as { pages: string[][] }).pages;
  return { p, page: () => pages[1]!.join('\n') };
}

/** A small icon: colours, width and a path, as an icon draws itself. */
function icon(p: Painter, x: number, y: number, color: Rgb): void {
  p.fill(color).stroke(RED).lineWidth(1.5).dash([]);
  p.moveTo(x - 3, y)
    .curveTo(x - 3, y - 4, x + 3, y - 4, x + 3, y)
    .paint('S');
  p.circle(x, y + 2, 1.2, 'F');
}

/**
 * Cards in groups, each with icons drawn as `draw` says and state set between them, so that
 * what a stamp leaves behind is read by what follows it.
 */
function cards(p: Painter, draw: (x: number, y: number, color: Rgb) => void): void {
  const places: [number, number][] = [
    [100.3, 40.7],
    [412.9, 40.7],
    [100.3, 377.1],
    [731.17, 512.9],
  ];
  p.with({ scale: 0.41, dx: 13.7, dy: 9.1 }, null, () => {
    for (const [i, [x, y]] of places.entries()) {
      p.group(x, y, () => {
        draw(x + 20, y + 12, i % 2 === 0 ? GREEN : RED);
        // Follows the icon: its fill operator depends on the colour the icon left.
        p.fill(GREEN).rect(x, y, 30, 5, 'F');
        draw(x + 60, y + 12, GREEN);
        drawFace(p, x + 90, y + 12, 9.5, ((i % 5) - 2) as Emotion);
        drawCardShape(p, i % 2 === 0 ? 'service' : 'experience', x, y + 30, 160, 96, RED);
      });
    }
  });
}

/** The lines inside each outermost q ... Q of a content stream. */
function topLevelGroups(content: string): string[][] {
  const groups: string[][] = [];
  let depth = 0;
  for (const line of content.split('\n')) {
    if (line === 'Q') depth--;
    if (depth > 0) groups[groups.length - 1]!.push(line);
    if (line === 'q') {
      if (depth === 0) groups.push([]);
      depth++;
    }
  }
  return groups;
}

describe('Painter.stamp', () => {
  it('writes what drawing each time writes, and leaves the same state', async () => {
    const stamped = await painter();
    cards(stamped.p, (x, y, color) =>
      stamped.p.stamp(`icon ${color.join()}`, x, y, () => icon(stamped.p, x, y, color)),
    );
    const drawn = await painter();
    cards(drawn.p, (x, y, color) => icon(drawn.p, x, y, color));
    expect(stamped.page()).toBe(drawn.page());
    expect(stamped.page()).toContain(' c\n');
  });

  it('draws again from another starting state, at another place or scale', async () => {
    const { p, page } = await painter();
    let drawings = 0;
    const stamp = (x: number, y: number) =>
      p.stamp('icon', x, y, () => {
        drawings++;
        icon(p, x, y, GREEN);
      });
    p.group(50, 50, () => stamp(60, 60));
    p.group(150, 50, () => stamp(160, 60));
    expect(drawings).toBe(1);
    // Outside the groups the fill is red: the icon must write its green again.
    p.fill(RED);
    p.group(350, 50, () => stamp(360, 60));
    expect(drawings).toBe(2);
    p.group(450, 50, () => stamp(461, 60));
    expect(drawings).toBe(3);
    p.with({ scale: 2, dx: 0, dy: 0 }, null, () => p.group(50, 150, () => stamp(60, 160)));
    expect(drawings).toBe(4);
    // Each outer group's operators after its cm, up to its Q: the first two are one stamp.
    const inside = topLevelGroups(page()).map((lines) => lines.slice(1).join('\n'));
    expect(inside).toHaveLength(5);
    expect(inside[1]).toBe(inside[0]);
    expect(inside[0]).toMatch(/^0 0.63 0 rg\n1 0 0 RG\n/);
    expect(inside[2]).toMatch(/^0 0.63 0 rg\n/);
  });

  it('keeps saved states, and refuses a stamp that leaves one unrestored', async () => {
    const { p, page } = await painter();
    const clipped = (x: number) =>
      p.stamp('clipped', x, 10, () => {
        p.save();
        p.clip(x, 10, 20, 20, 4);
        p.fill(RED).rect(x, 10, 20, 5, 'F');
        p.restore();
      });
    clipped(10);
    clipped(10);
    expect(
      page()
        .split('\n')
        .filter((line) => line === 'q'),
    ).toHaveLength(2);
    expect(
      page()
        .split('\n')
        .filter((line) => line === 'Q'),
    ).toHaveLength(2);
    expect(() => p.stamp('open', 50, 50, () => p.save())).toThrow(/must restore/);
  });

  it('refuses text, which jsPDF writes by itself', async () => {
    const { p } = await painter();
    expect(() =>
      p.stamp('label', 10, 10, () => p.text('Hello', 10, 10, { size: 10, color: RED })),
    ).toThrow(/cannot draw text/);
    // After the refusal the painter draws as before.
    expect(p.text('Hello', 10, 10, { size: 10, color: RED })).toBeGreaterThan(0);
  });
});

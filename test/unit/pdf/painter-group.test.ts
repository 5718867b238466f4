import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { FontSet, registerFonts } from '../../../src/pdf/fonts.ts';
import { Painter } from '../../../src/pdf/painter.ts';
import type { Rgb } from '../../../src/pdf/theme.ts';
import { bundledFonts, tempDir, tool } from './helpers.ts';

const RED: Rgb = [255, 0, 0];
const BLUE: Rgb = [0, 0, 255];

async function painter(): Promise<{ doc: jsPDF; p: Painter; page: () => string[] }> {
  const fonts = await bundledFonts();
  const doc = new jsPDF({ unit: 'pt', format: [300, 400], compress: false });
  const set = new FontSet(fonts);
  const p = new Painter(doc, set, registerFonts(doc, set, fonts));
  const pages = (doc.internal as unknown as { pages: string[][] }).pages;
  return { doc, p, page: () => pages[1]!.join('\n').split('\n') };
}

/** The operators between a group's `cm` and its `Q`. */
function insideGroups(lines: string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.endsWith(' cm')) current = [];
    else if (line === 'Q' && current) {
      groups.push(current);
      current = null;
    } else current?.push(line);
  }
  return groups;
}

describe('Painter.group', () => {
  it('writes a shape the same wherever the group is, moved by one cm', async () => {
    const { p, page } = await painter();
    p.with({ scale: 0.37, dx: 11.1, dy: 7.3 }, null, () => {
      for (const [x, y] of [
        [100.4, 50.2],
        [517.9, 233.3],
      ] as const)
        p.group(x, y, () => p.fill(RED).roundedRect(x + 4, y + 6, 120, 80, 9, 'F'));
    });
    const lines = page();
    const moves = lines.filter((l) => l.endsWith(' cm'));
    expect(moves).toHaveLength(2);
    // The first group's corner in page points, y up from the bottom of the 400 pt high page.
    expect(moves[0]).toBe(`1 0 0 1 48.248 374.126 cm`);
    const [first, second] = insideGroups(lines);
    expect(first).toEqual(second);
    // Relative to the group's corner: the shape starts 4 × 0.37 to its right.
    expect(first![1]).toMatch(/^4\.81 -2\.22 m$/);
  });

  it('puts text where it would be without the group', async () => {
    const { doc, p } = await painter();
    const style = { size: 12, color: BLUE };
    p.text('Outside', 40, 60, style);
    p.group(200, 150, () => {
      p.text('Inside', 40, 100, style);
      p.text('Again', 120, 100, style);
    });
    p.text('After', 40, 100, style);
    const file = join(tempDir(), 'painter-group.pdf');
    writeFileSync(file, new Uint8Array(doc.output('arraybuffer')));
    const html = tool('pdftotext', ['-bbox', file, '-']);
    const word = (w: string): [number, number] => {
      const m = new RegExp(
        `xMin="([\\d.]+)" yMin="[\\d.]+" xMax="[\\d.]+" yMax="([\\d.]+)">${w}<`,
      ).exec(html);
      expect(m, w).not.toBeNull();
      return [Number(m![1]), Number(m![2])];
    };
    const [ox, oy] = word('Outside');
    const [ix, iy] = word('Inside');
    const [ax, ay] = word('Again');
    const [fx, fy] = word('After');
    expect(ix).toBeCloseTo(ox, 1);
    expect(iy).toBeCloseTo(oy + 40, 1);
    expect(ax).toBeGreaterThan(ix + 60);
    expect(ay).toBeCloseTo(iy, 1);
    expect(fx).toBeCloseTo(ox, 1);
    expect(fy).toBeCloseTo(iy, 1);
  });

  it('knows that Q put back the colour and line width of q', async () => {
    const { p, page } = await painter();
    p.fill(RED).lineWidth(2);
    p.group(10, 10, () => p.fill(BLUE).lineWidth(3).rect(0, 0, 5, 5, 'F'));
    p.fill(BLUE).lineWidth(3).rect(20, 20, 5, 5, 'F');
    const lines = page();
    const afterQ = lines.slice(lines.lastIndexOf('Q') + 1);
    expect(afterQ.filter((l) => l.endsWith(' rg'))).toHaveLength(1);
    expect(afterQ.filter((l) => l.endsWith(' w'))).toHaveLength(1);
  });
});

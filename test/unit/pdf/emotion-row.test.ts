/**
 * The PDF's emotion row: the line is core's path (the very segments the canvas and the
 * slides draw as SVG), and the low moments' labels are printable (pdftotext -bbox), inside
 * the page and apart, whatever the paper size.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { curveSegments } from '../../../src/core/emotion-curve.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import { drawEmotionRow } from '../../../src/pdf/draw-emotion-row.ts';
import { exportPdf } from '../../../src/pdf/index.ts';
import type { Painter } from '../../../src/pdf/painter.ts';
import { DATE, TEMPLATE_DIR, bundledFonts, loadMap, pdfInfo, tool, writePdf } from './helpers.ts';

// Real exports and external tools: slower than a unit test, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const hotel = () => loadMap(join(TEMPLATE_DIR, 'hotel-stay.touchmap'));

/** A painter that records every drawing call, enough for drawEmotionRow. */
function recordingPainter(): { painter: Painter; calls: [string, unknown[]][] } {
  const calls: [string, unknown[]][] = [];
  const painter: object = new Proxy(
    {},
    {
      get(_, name: string) {
        if (name === 'scale') return 1;
        if (name === 'doc') return painter;
        if (name === 'visible') return () => true;
        if (name === 'measure') return (text: string, size: number) => text.length * size * 0.55;
        if (name === 'ellipsize') return (text: string) => text;
        return (...args: unknown[]) => {
          calls.push([name, args]);
          return painter;
        };
      },
    },
  );
  return { painter: painter as Painter, calls };
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function words(path: string): Word[] {
  const xml = tool('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-']);
  return [
    ...xml.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]! }));
}

describe('the emotion row in the PDF', () => {
  it('strokes the curve with the segments of core, the same the SVG path is made of', () => {
    const map = hotel();
    const layout = computeLayout(map);
    const { painter, calls } = recordingPainter();
    drawEmotionRow(painter, layout, layout.curve, new Map());
    const first = layout.curve.points[0]!;
    const start = calls.findIndex(
      ([name, args]) => name === 'moveTo' && args[0] === first.x && args[1] === first.y,
    );
    expect(start).toBeGreaterThanOrEqual(0);
    const end = calls.findIndex(([name], i) => i > start && name === 'paint');
    const drawn = calls.slice(start + 1, end);
    const expected = curveSegments(layout.curve.points).map((s): [string, unknown[]] => [
      'curveTo',
      [s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.to.x, s.to.y],
    ]);
    expect(expected.length).toBe(layout.curve.points.length - 1);
    expect(drawn).toEqual(expected);
  });

  it('keeps each label clear of another low moment’s ring', () => {
    // The hotel's first two moments the lowest: the first, near the row's left end, had no
    // room but over them both, and its label ran along over the second's ring (touching it),
    // as if that were its point. It now goes short on the left of its ring.
    const base = hotel();
    const low = new Set(['tp-instagram-reel', 'tp-friend-recommendation']);
    const map = {
      ...base,
      touchpoints: base.touchpoints.map((tp) =>
        low.has(tp.id)
          ? { ...tp, emotion: -2 as const }
          : tp.emotion === -2
            ? { ...tp, emotion: -1 as const }
            : tp,
      ),
    };
    const layout = computeLayout(map);
    expect(new Set(layout.curve.lowest)).toEqual(low);
    const titles = new Map(map.touchpoints.map((tp) => [tp.id, tp.title]));
    const { painter, calls } = recordingPainter();
    drawEmotionRow(painter, layout, layout.curve, titles);
    // A label is its slip and then its words (draw-emotion-row.ts); a ring, a circle of 9.
    const labels = calls.flatMap(([name, args], i) =>
      name === 'roundedRect'
        ? [{ box: args.slice(0, 4) as number[], text: String(calls[i + 1]![1][0]) }]
        : [],
    );
    expect(labels).toHaveLength(2);
    for (const { box, text } of labels) {
      const [x, y, width, height] = box as [number, number, number, number];
      for (const p of layout.curve.points.filter((pt) => low.has(pt.touchpointId))) {
        if (text === `Lowest: ${titles.get(p.touchpointId)}`) continue;
        // The ring's radius, half its stroke and 4 clear.
        const reach = 9 + 0.9 + 4;
        const apart =
          x + width <= p.x - reach ||
          p.x + reach <= x ||
          y + height <= p.y - reach ||
          p.y + reach <= y;
        expect(apart, `${text} by ${p.touchpointId}`).toBe(true);
      }
    }
  });

  for (const pageSize of ['A3', 'A4'] as const) {
    it(`labels every low moment of hotel-stay on ${pageSize} at 7 pt or more, inside the page, apart`, async () => {
      const map = hotel();
      const result = await exportPdf(map, { pageSize, date: DATE }, await bundledFonts());
      const path = writePdf(`emotion-row-${pageSize}`, result.bytes);
      const page = pdfInfo(path);
      const all = words(path);
      const starts = all.filter((w) => w.text === 'Lowest:');
      expect(starts.length).toBe(computeLayout(map).curve.lowest.length);
      // Each label is its "Lowest:" and the words that follow it a space apart on its line.
      const labels = starts.map((start) => {
        let end = all.indexOf(start);
        while (
          all[end + 1] !== undefined &&
          Math.abs(all[end + 1]!.yMin - start.yMin) < 0.01 &&
          all[end + 1]!.xMin - all[end]!.xMax < 4
        )
          end++;
        return { ...start, xMax: all[end]!.xMax };
      });
      for (const [i, label] of labels.entries()) {
        expect(label.yMax - label.yMin).toBeGreaterThanOrEqual(7);
        expect(label.xMin).toBeGreaterThanOrEqual(0);
        expect(label.yMin).toBeGreaterThanOrEqual(0);
        expect(label.xMax).toBeLessThanOrEqual(page.width);
        expect(label.yMax).toBeLessThanOrEqual(page.height);
        for (const other of labels.slice(i + 1)) {
          const apart =
            label.xMax <= other.xMin ||
            other.xMax <= label.xMin ||
            label.yMax <= other.yMin ||
            other.yMax <= label.yMin;
          expect(apart).toBe(true);
        }
      }
    });
  }
});

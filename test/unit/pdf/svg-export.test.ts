// @vitest-environment jsdom
/**
 * The SVG picture (src/pdf/svg-export.ts): well-formed XML with every title as text, and
 * drawn by the same calls as the PDF: a recording surface in front of each painter sees
 * the same text runs and shapes, and the SVG has an element for each of them.
 */
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { prepareLegend } from '../../../src/pdf/draw-legend.ts';
import { legendContent } from '../../../src/core/legend-content.ts';
import { drawMap } from '../../../src/pdf/draw-map.ts';
import { prepareTitleBlock } from '../../../src/pdf/draw-title-block.ts';
import { FontSet, registerFonts, singleLine } from '../../../src/pdf/fonts.ts';
import { Painter } from '../../../src/pdf/painter.ts';
import type { Surface } from '../../../src/pdf/surface.ts';
import { exportSvg } from '../../../src/pdf/svg-export.ts';
import { SvgPainter } from '../../../src/pdf/svg-painter.ts';
import { cardText } from '../../../src/pdf/theme.ts';
import { DATE, bundledFonts, fallbackFontBytes, templates } from './helpers.ts';

function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

/** The calls that draw something, or set how it is drawn. */
const RECORDED = new Set([
  'fill',
  'stroke',
  'lineWidth',
  'dash',
  'rect',
  'roundedRect',
  'circle',
  'line',
  'moveTo',
  'lineTo',
  'curveTo',
  'closePath',
  'paint',
  'polygon',
  'save',
  'restore',
  'clip',
  'group',
  'text',
  'lines',
]);

/** A surface in front of `target` that logs each drawing call with its arguments. */
function recording<T extends Surface>(target: T, log: string[], every: string[] = []): T {
  // A stamp drawn before may be written again without its drawing running (the PDF's
  // Painter does, the SVG painter draws anew): what it draws is logged the first time only.
  const stamped = new Set<unknown>();
  let muted = 0;
  const proxy: T = new Proxy(target, {
    get(t, name, receiver) {
      const value: unknown = Reflect.get(t, name, receiver);
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        const again = name === 'stamp' && stamped.has(args[0]);
        if (name === 'stamp') stamped.add(args[0]);
        if (RECORDED.has(name) || name === 'stamp') {
          const call = `${name}(${JSON.stringify(args.filter((a) => typeof a !== 'function'))})`;
          every.push(call);
          if (muted === 0) log.push(call);
        }
        if (again) muted++;
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(t, args);
        } finally {
          if (again) muted--;
        }
        // Chained calls (p.fill(c).rect(...)) go on through the recorder.
        return result === t ? proxy : result;
      };
    },
  });
  return proxy;
}

/** The whole picture's drawing (title block, map, legend), as svg-export.ts makes it. */
function drawPicture(p: Surface, map: JourneyMap): void {
  const layout = computeLayout(map, {});
  const title = prepareTitleBlock(
    p,
    { map, kept: map, author: 'A. Tester', date: DATE, filterNote: null },
    layout.width,
    1.4,
  );
  title.draw(10, 10);
  p.with({ scale: 1, dx: 10, dy: title.height + 20 }, null, () =>
    drawMap(p, {
      map,
      layout,
      curve: layout.curve,
      keptIds: new Set(map.touchpoints.map((tp) => tp.id)),
      dimming: false,
      cardText: cardText('m'),
    }),
  );
  prepareLegend(p, legendContent(map, layout), layout.width, 1.4).draw(
    10,
    title.height + layout.height + 30,
  );
}

describe('exportSvg', () => {
  it.each(templates())(
    '$name: well-formed, every stage, department and card title as text',
    async ({ map }) => {
      const result = exportSvg(map, { date: DATE }, await bundledFonts());
      const doc = parseSvg(result.svg);
      const root = doc.documentElement;
      expect(root.getAttribute('width')).toBe(String(result.width));
      expect(root.getAttribute('height')).toBe(String(result.height));
      expect(root.getAttribute('font-family')).toContain('Noto Sans');
      const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
      expect(texts.length).toBeGreaterThan(map.touchpoints.length);
      // A title may be wrapped over lines (and cut with an ellipsis): its words are there.
      const words = new Set(texts.join(' ').split(/\s+/));
      for (const name of [
        ...map.stages.map((s) => s.name),
        ...map.departments.map((d) => d.name),
        ...map.touchpoints.map((tp) => tp.title),
      ])
        for (const word of singleLine(name).split(' ').slice(0, 2))
          expect(words, `${JSON.stringify(word)} of ${JSON.stringify(name)}`).toContain(word);
      expect(texts).toContain(singleLine(map.title));
      expect(result.missingCharacters).toEqual([]);
    },
  );

  it('escapes markup in the text and keeps it as text', async () => {
    const { map } = templates()[0]!;
    const tricky = { ...map, title: 'Fish & chips <b>"bold"</b>' };
    const result = exportSvg(tricky, { date: DATE }, await bundledFonts());
    const doc = parseSvg(result.svg);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Fish & chips <b>"bold"</b>');
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
  });

  it('has a white background unless transparent, and embeds the fonts only when asked', async () => {
    const { map } = templates()[0]!;
    const fonts = await bundledFonts();
    const white = exportSvg(map, { date: DATE }, fonts).svg;
    const clear = exportSvg(map, { date: DATE, transparent: true }, fonts).svg;
    const embedded = exportSvg(map, { date: DATE, embedFonts: true }, fonts).svg;
    const background = /<rect width="\d+" height="\d+" fill="#ffffff"\/>/;
    expect(white).toMatch(background);
    expect(clear).not.toMatch(background);
    expect(white).not.toContain('@font-face');
    expect(embedded.match(/@font-face/g)).toHaveLength(2);
    expect(embedded).toContain('font/ttf;base64,AAEAAA');
    parseSvg(embedded);
  });

  it('names the fallback family for characters only the fallback font has', async () => {
    const { map } = templates()[0]!;
    const fonts = { ...(await bundledFonts()), fallback: fallbackFontBytes() };
    const result = exportSvg({ ...map, title: '顾客旅程 journey' }, { date: DATE }, fonts);
    const doc = parseSvg(result.svg);
    const run = [...doc.getElementsByTagName('text')].find((t) => t.textContent === '顾客旅程');
    expect(run?.getAttribute('font-family')).toContain('Touchmap Fallback');
    expect(result.missingCharacters).toEqual([]);
  });

  it('draws a character no font has as a box, as the PDF does, and reports it', async () => {
    const { map } = templates()[0]!;
    const result = exportSvg({ ...map, title: 'Map 旅' }, { date: DATE }, await bundledFonts());
    expect(result.missingCharacters).toEqual(['旅']);
    const texts = [...parseSvg(result.svg).getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts.join('')).not.toContain('旅');
    expect(texts).toContain('Map ');
  });
});

describe('the SVG painter and the PDF painter', () => {
  it.each(templates())(
    '$name: get the same drawing calls, and the SVG has an element for each',
    async ({ map }) => {
      const fonts = await bundledFonts();
      const doc = new jsPDF({ unit: 'pt', format: [3000, 3000], compress: false });
      const pdfFonts = new FontSet(fonts);
      const pdfLog: string[] = [];
      drawPicture(
        recording(new Painter(doc, pdfFonts, registerFonts(doc, pdfFonts, fonts)), pdfLog),
        map,
      );

      const svgPainter = new SvgPainter(new FontSet(fonts));
      const svgLog: string[] = [];
      const svgCalls: string[] = [];
      drawPicture(recording(svgPainter, svgLog, svgCalls), map);

      expect(svgLog.length).toBeGreaterThan(map.touchpoints.length * 10);
      expect(svgLog).toEqual(pdfLog);

      // Each text call is one <text> a run (the templates' text is all in Noto Sans).
      const body = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${svgPainter.body()}</svg>`);
      const drawnTexts = [...body.getElementsByTagName('text')].map((t) => t.textContent);
      const calledTexts = svgCalls
        .flatMap((call) => {
          const [name, args] = [
            call.slice(0, call.indexOf('(')),
            call.slice(call.indexOf('(') + 1, -1),
          ];
          if (name === 'text') return [(JSON.parse(args) as [string])[0]];
          if (name === 'lines') return (JSON.parse(args) as [string[]])[0];
          return [];
        })
        .filter((text) => text !== '');
      expect(drawnTexts).toEqual(calledTexts);
      const count = (tag: string) => body.getElementsByTagName(tag).length;
      const calls = (name: string) => svgCalls.filter((c) => c.startsWith(`${name}(`)).length;
      expect(count('circle')).toBe(calls('circle'));
      expect(count('rect')).toBe(calls('rect') + calls('roundedRect') + calls('clip'));
      expect(count('path')).toBe(calls('paint') + calls('line') + calls('polygon'));
      expect(count('clipPath')).toBe(calls('clip'));
    },
  );
});

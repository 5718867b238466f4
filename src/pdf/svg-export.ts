/**
 * exportSvg: a journey map as one SVG picture, the PDF's fit page at the map's own size: the
 * title block above, the map at one pixel per canvas unit, the legend below, drawn by the
 * PDF's own drawing code (draw-*.ts) through the SVG painter. No pages, no appendix.
 *
 * Like exportPdf it runs in a browser and in Node alike: fonts come in as bytes, and the
 * text is measured with them. The SVG names the fonts' families (Noto Sans, and a fallback
 * family); `embedFonts` puts the font files inside it as @font-face data URLs, which a
 * browser needs to draw it as an image (an <img> loads nothing else).
 */
import type { JourneyMap } from '../core/model.ts';
import { computeLayout } from '../core/layout.ts';
import { prepareLegend } from './draw-legend.ts';
import { legendContent } from '../core/legend-content.ts';
import { drawMap } from './draw-map.ts';
import { prepareTitleBlock } from './draw-title-block.ts';
import { applyFilter } from './filter.ts';
import { FontSet, toBinaryString, type FontBytes } from './fonts.ts';
import { resolveOptions, type ExportOptions } from './options.ts';
import { pageFactor } from './page-kit.ts';
import { ExportError } from './pages.ts';
import { SVG_FONT_FAMILY, SvgPainter, escapeXml } from './svg-painter.ts';
import { cardText } from './theme.ts';

/** What of the PDF's options an SVG picture takes. */
export type SvgOptions = Pick<
  ExportOptions,
  'textSize' | 'emptyLanes' | 'emotionRow' | 'titleBlock' | 'legend' | 'author' | 'date'
> & {
  /** No white background: the parts outside the map show what is behind. */
  transparent?: boolean;
  /** The fonts inside the SVG as @font-face data URLs. */
  embedFonts?: boolean;
};

export interface SvgResult {
  svg: string;
  /** The picture's size in pixels (whole numbers). */
  width: number;
  height: number;
  /** Characters that no font had, drawn as boxes; each once, in code-point order. */
  missingCharacters: string[];
  warnings: string[];
}

const fontFace = (family: string, weight: number, bytes: Uint8Array): string =>
  `@font-face{font-family:'${family}';font-weight:${weight};src:url(data:font/ttf;base64,${btoa(toBinaryString(bytes))}) format('truetype')}`;

function fontStyle(fonts: FontSet, bytes: FontBytes): string {
  const faces = [fontFace('Noto Sans', 400, bytes.regular), fontFace('Noto Sans', 700, bytes.bold)];
  if (fonts.fallbackBytes !== null) {
    faces.push(fontFace('Touchmap Fallback', 400, fonts.fallbackBytes));
    faces.push(fontFace('Touchmap Fallback', 700, fonts.fallbackBytes));
  }
  return `<style>${faces.join('')}</style>`;
}

/** The SVG picture of a map. Throws ExportError for invalid options. */
export function exportSvg(map: JourneyMap, options: SvgOptions, fonts: FontBytes): SvgResult {
  const { transparent = false, embedFonts = false, ...pdfOptions } = options;
  const resolved = resolveOptions({ ...pdfOptions, appendix: false }, map);
  if (!resolved.ok)
    throw new ExportError(`Invalid export options: ${resolved.errors.join('; ')}`, resolved.errors);
  const o = resolved.options;
  const filter = applyFilter(map, o);
  const layout = computeLayout(filter.drawn, { emotionRow: o.emotionRow });
  const fontSet = new FontSet(fonts);
  const p = new SvgPainter(fontSet);

  // The PDF's letter sizes for a page as large as the map (pages.ts's fit page).
  const u = pageFactor(layout);
  const margin = 24 * u;
  const gap = 12 * u;
  const title = o.titleBlock
    ? prepareTitleBlock(
        p,
        {
          map,
          kept: filter.kept,
          author: o.author,
          date: o.dateKnown ? o.date : null,
          filterNote: null,
        },
        layout.width,
        u,
      )
    : null;
  const legend = o.legend
    ? prepareLegend(p, legendContent(filter.drawn, layout), layout.width, u)
    : null;
  const mapTop = margin + (title ? title.height + gap : 0);
  const legendTop = mapTop + layout.height + gap;
  const width = Math.ceil(layout.width + 2 * margin);
  const height = Math.ceil((legend ? legendTop + legend.height : mapTop + layout.height) + margin);

  title?.draw(margin, margin);
  p.with({ scale: 1, dx: margin, dy: mapTop }, null, () =>
    drawMap(p, {
      map: filter.drawn,
      layout,
      curve: layout.curve,
      keptIds: filter.keptIds,
      dimming: false,
      cardText: cardText(o.textSize),
    }),
  );
  legend?.draw(margin, legendTop);

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="${SVG_FONT_FAMILY}" font-kerning="none" stroke-linecap="round" xml:space="preserve">\n`,
    `<title>${escapeXml(map.title)}</title>\n`,
    embedFonts ? fontStyle(fontSet, fonts) : '',
    transparent ? '' : `<rect width="${width}" height="${height}" fill="#ffffff"/>\n`,
    p.body(),
    '\n</svg>\n',
  ].join('');
  return {
    svg,
    width,
    height,
    missingCharacters: fontSet.missingCharacters(),
    warnings: [...fontSet.warnings],
  };
}

/**
 * `touchmap export FILE -o OUT.svg|OUT.png`: the map as one picture, the PDF's fit page at
 * the map's own size (src/pdf/svg-export.ts). SVG keeps it vector, text as text; PNG is that
 * SVG rasterised by resvg at `--scale` pixels per map unit, with the same font files the PDF
 * embeds, on white or (`--transparent`) on nothing.
 *
 * As for the PDF, nothing is written unless the picture was made, and then atomically.
 * Options of the PDF that mean nothing for a picture (pages, margins, appendix, filters)
 * are refused by name rather than ignored.
 */
import { parseArgs } from 'node:util';
import type { JourneyMap } from '../core/model.ts';
import { tidyOverlaps } from '../core/ops/index.ts';
import { TEXT_SIZES, type TextSize } from '../core/text-size.ts';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { writeErrorReason } from '../node/file-errors.ts';
import { BUNDLED_FONT_DIR } from '../node/pdf-fonts.ts';
import type { FontBytes } from '../pdf/fonts.ts';
import { ExportError } from '../pdf/pages.ts';
import { exportSvg, type SvgOptions, type SvgResult } from '../pdf/svg-export.ts';
import { pngScale } from '../pdf/svg-raster.ts';
import { UsageError, parseCommandArgs, type OptionSpec } from './args.ts';
import { failureLines, noteLines, readMapFile } from './files.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { USAGE } from './usage.ts';
import { loadCliFonts } from './fonts.ts';

export type VectorFormat = 'svg' | 'png';

const OPTIONS: Record<string, OptionSpec> = {
  output: { type: 'string', short: 'o' },
  'text-size': { type: 'string' },
  'empty-lanes': { type: 'boolean' },
  'fallback-font': { type: 'string' },
  author: { type: 'string' },
  date: { type: 'string' },
  scale: { type: 'string' },
  transparent: { type: 'boolean' },
  'embed-fonts': { type: 'boolean' },
};

/** The PDF's options that a picture has no use for: known, so they get a message of their own. */
const PDF_ONLY: Record<string, OptionSpec> = {
  page: { type: 'string' },
  orientation: { type: 'string' },
  layout: { type: 'string' },
  margin: { type: 'string' },
  appendix: { type: 'boolean' },
  'no-appendix': { type: 'boolean' },
  only: { type: 'string' },
  department: { type: 'string', multiple: true },
};

/** The picture format an export's `-o` names, or null for the PDF (and anything else). */
export function vectorFormatOf(args: string[]): VectorFormat | null {
  const { values } = parseArgs({
    args,
    options: { output: { type: 'string', short: 'o' } },
    strict: false,
    allowPositionals: true,
  });
  const out = values.output;
  if (typeof out !== 'string') return null;
  const ext = /\.(svg|png)$/i.exec(out)?.[1]?.toLowerCase();
  return ext === 'svg' || ext === 'png' ? ext : null;
}

/**
 * Rasterises an export's SVG with resvg and the fonts the PDF uses. resvg is a native module,
 * loaded only here: a PDF export does not pay for it.
 */
export async function renderPng(
  svg: string,
  scale: number,
  fallbackPath: string | null,
): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const fontFiles = [
    `${BUNDLED_FONT_DIR}/NotoSans-Regular.ttf`,
    `${BUNDLED_FONT_DIR}/NotoSans-Bold.ttf`,
    ...(fallbackPath === null ? [] : [fallbackPath]),
  ];
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  });
  return resvg.render().asPng();
}

const show = (value: string): string => JSON.stringify(value);

function missingLine(result: SvgResult, fallback: string | undefined): string {
  const chars = result.missingCharacters.map(show).join(' ');
  const hint =
    fallback === undefined ? 'pass --fallback-font FILE.ttf' : 'try another --fallback-font';
  return `warning: no font has ${chars}: drawn as empty boxes — ${hint}\n`;
}

export async function exportVectorCommand(
  args: string[],
  io: Io,
  format: VectorFormat,
): Promise<number> {
  const { values, positionals, help } = parseCommandArgs('export', args, {
    ...OPTIONS,
    ...PDF_ONLY,
  });
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  const output = values.output as string;
  const kind = format.toUpperCase();
  for (const name of Object.keys(PDF_ONLY))
    if (values[name] !== undefined)
      throw new UsageError(
        `export: --${name} is for PDF output; ${output} is a ${kind} picture of the whole map`,
      );
  if (format === 'svg' && values.scale !== undefined)
    throw new UsageError('export: --scale is for PNG output; an SVG is vector, of any size');
  if (format === 'png' && values['embed-fonts'] !== undefined)
    throw new UsageError('export: --embed-fonts is for SVG output; a PNG has no text to draw');
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError('export: no file given');
  if (extra !== undefined)
    throw new UsageError(`export: unexpected argument "${extra}" (one map at a time)`);
  const text = (name: string): string | undefined =>
    typeof values[name] === 'string' ? values[name] : undefined;
  const fail = (lines: string[]): number => {
    for (const line of lines) io.err(`touchmap: export: ${line}\n`);
    return EXIT_PROBLEMS;
  };

  const problems: string[] = [];
  const sizeName = text('text-size');
  const textSize = TEXT_SIZES.find((s) => s.toLowerCase() === sizeName?.toLowerCase());
  if (sizeName !== undefined && textSize === undefined)
    problems.push(`--text-size: expected one of ${TEXT_SIZES.join(', ')}, got ${show(sizeName)}`);
  const scaleText = text('scale');
  const scale = scaleText === undefined ? null : Number(scaleText);
  if (scaleText !== undefined && (scaleText.trim() === '' || !Number.isFinite(scale)))
    problems.push(`--scale: expected a number, got ${show(scaleText)}`);
  if (problems.length > 0) return fail(problems);

  const read = await readMapFile(file);
  if (!read.ok) return fail(failureLines(file, read.error));
  if (!read.result.ok) return fail(failureLines(file, read.result.error));
  const { map, cells: tidied } = tidyOverlaps(read.result.map);
  for (const line of noteLines(file, read.result.notes)) io.err(`${line}\n`);
  if (tidied > 0)
    io.err(
      `${file}: cards overlapped in ${tidied === 1 ? 'one cell' : `${tidied} cells`}; the ${kind} shows them arranged in their reading order (the map file is unchanged)\n`,
    );

  const fallbackPath = text('fallback-font');
  const loaded = await loadCliFonts(fallbackPath);
  if (!loaded.ok) return fail([loaded.message]);
  const { fonts } = loaded;

  const options: SvgOptions = {
    date: text('date') ?? new Date().toISOString(),
    transparent: values.transparent === true,
    embedFonts: values['embed-fonts'] === true,
    ...(textSize && { textSize: textSize as TextSize }),
    ...(values['empty-lanes'] === true && { emptyLanes: true }),
    ...(text('author') !== undefined && { author: text('author') }),
  };
  const made = await picture(map, options, fonts, format, scale, fallbackPath ?? null);
  if (!made.ok) return fail(made.problems);
  const { bytes, result, note } = made;

  try {
    await writeFileAtomic(output, bytes);
  } catch (error) {
    return fail([`${output}: cannot write the file: ${writeErrorReason(error)}`]);
  }
  const kb = Math.max(1, Math.round(bytes.length / 1000));
  io.out(`${output}: ${made.width} x ${made.height} pixels, ${kb} KB\n`);
  if (note !== null) io.err(`warning: ${note}\n`);
  if (result.missingCharacters.length > 0) io.err(missingLine(result, fallbackPath));
  for (const warning of result.warnings) io.err(`warning: ${warning}\n`);
  return EXIT_OK;
}

type Picture =
  | {
      ok: true;
      bytes: Uint8Array;
      width: number;
      height: number;
      result: SvgResult;
      note: string | null;
    }
  | { ok: false; problems: string[] };

async function picture(
  map: JourneyMap,
  options: SvgOptions,
  fonts: FontBytes,
  format: VectorFormat,
  scale: number | null,
  fallbackPath: string | null,
): Promise<Picture> {
  let result: SvgResult;
  try {
    result = exportSvg(map, options, fonts);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    return { ok: false, problems: error.problems.map((p) => p.replace(/^(\w)/, '--$1')) };
  }
  if (format === 'svg')
    return {
      ok: true,
      bytes: new TextEncoder().encode(result.svg),
      width: result.width,
      height: result.height,
      result,
      note: null,
    };
  const size = pngScale(result.width, result.height, scale);
  if (!size.ok) return { ok: false, problems: [size.problem] };
  return {
    ok: true,
    bytes: await renderPng(result.svg, size.scale, fallbackPath),
    width: size.width,
    height: size.height,
    result,
    note: size.note,
  };
}

/**
 * `touchmap export FILE -o OUT.pdf [options]`: a map (a `.touchmap` file, or the map inside
 * a Touchmap PDF) drawn as a vector PDF by the exporter of src/pdf.
 *
 * Nothing is written unless the export succeeded: the options, the map and the departments
 * are checked first, the PDF is made in memory, and only then written with `writeFileAtomic`
 * (a temporary file renamed over OUT), so a failure leaves an existing OUT as it was.
 *
 * Choices of the command line, where the exporter's own defaults differ:
 * - the appendix is on (`--no-appendix` leaves it out): a file made from a script is
 *   usually the full report (REPORT_DEFAULTS, which the app's Export dialog starts from too);
 * - the date is now, as the app stamps it; `--date` fixes it, and then the same map and
 *   options give the same bytes.
 * Everything else is the exporter's default: A3 landscape, the whole map on one page, 28 pt
 * margins, filtered-out touchpoints greyed out, lanes with no touchpoint left out (`--empty-lanes`
 * draws them).
 */
import { realpath } from 'node:fs/promises';
import type { Department, JourneyMap, TouchpointKind } from '../core/model.ts';
import { TOUCHPOINT_KINDS } from '../core/model.ts';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { applyFilter } from '../pdf/filter.ts';
import { describeMissing, locateMissing } from '../pdf/missing-glyphs.ts';
import {
  ExportError,
  exportPdf,
  type ExportResult,
  resolveOptions,
  type ExportOptions,
  type MapLayoutMode,
} from '../pdf/index.ts';
import { PAGE_SIZE_NAMES, type Orientation, type PageSizeName } from '../core/paper.ts';
import { REPORT_DEFAULTS } from '../pdf/options.ts';
import { TEXT_SIZES, type TextSize } from '../core/text-size.ts';
import { tidyOverlaps } from '../core/ops/index.ts';
import { UsageError, parseCommandArgs, type OptionSpec } from './args.ts';
import { exportVectorCommand, vectorFormatOf } from './export-vector.ts';
import { writeErrorReason } from '../node/file-errors.ts';
import { failureLines, noteLines, readMapFile } from './files.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { USAGE } from './usage.ts';
import { loadCliFonts } from './fonts.ts';
import { exportTable, isTableOutput } from './export-table.ts';

const OPTIONS: Record<string, OptionSpec> = {
  output: { type: 'string', short: 'o' },
  page: { type: 'string' },
  orientation: { type: 'string' },
  'text-size': { type: 'string' },
  layout: { type: 'string' },
  scale: { type: 'string' },
  margin: { type: 'string' },
  appendix: { type: 'boolean' },
  'no-appendix': { type: 'boolean' },
  'empty-lanes': { type: 'boolean' },
  comments: { type: 'boolean' },
  only: { type: 'string' },
  department: { type: 'string', multiple: true },
  'fallback-font': { type: 'string' },
  author: { type: 'string' },
  date: { type: 'string' },
};

/** The exporter's option names, as the flags that set them (for its messages). */
const FLAG_OF: Record<string, string> = {
  pageSize: '--page',
  orientation: '--orientation',
  textSize: '--text-size',
  layout: '--layout',
  scale: '--scale',
  margins: '--margin',
  appendix: '--appendix',
  emptyLanes: '--empty-lanes',
  kinds: '--only',
  departments: '--department',
  author: '--author',
  date: '--date',
};

/** How many missing characters the warning names, a line each, before "and N more". */
const MISSING_SHOWN = 12;

const show = (value: string): string => JSON.stringify(value);

function choice<T extends string>(
  problems: string[],
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (found === undefined)
    problems.push(
      `${flag}: expected one of ${allowed.map((a) => a.toLowerCase()).join(', ')}, got ${show(value)}`,
    );
  return found;
}

function number(problems: string[], flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value.trim())) return Number(value);
  problems.push(`${flag}: expected a number, got ${show(value)}`);
  return undefined;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** An ISO-8601 date or date-time, as `Date.parse` reads it, or a problem. */
function isoDate(problems: string[], value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = ISO_DATE.exec(value.trim());
  const [year, month, day, hour, minute, second] = (m?.slice(1) ?? []).map((p) =>
    p === undefined ? 0 : Number(p),
  );
  // Date.parse takes 2026-02-30 for March 2: the calendar is checked here.
  const daysInMonth = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate();
  const valid =
    m !== null &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    Number.isFinite(Date.parse(value.trim().replace(',', '.')));
  if (valid) return value.trim().replace(',', '.');
  problems.push(
    `--date: expected an ISO-8601 date such as 2026-11-22 or 2026-11-22T09:30:00Z, got ${show(value)}`,
  );
  return undefined;
}

/** "--page: expected ..." for the exporter's "pageSize: expected ...". */
function asFlag(problem: string): string {
  return problem.replace(/^(\w+)[\w.[\]]*:/, (whole, name: string) => {
    const flag = FLAG_OF[name];
    return flag === undefined ? whole : `${flag}:`;
  });
}

/** The ids of the departments named by `--department`, or the names that match none. */
function matchDepartments(
  map: JourneyMap,
  wanted: readonly string[],
): { ids: string[]; unknown: string[] } {
  const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const want of wanted) {
    const byId = map.departments.filter((d) => d.id === want);
    const found: Department[] =
      byId.length > 0 ? byId : map.departments.filter((d) => fold(d.name) === fold(want));
    if (found.length === 0) unknown.push(want);
    for (const d of found) if (!ids.includes(d.id)) ids.push(d.id);
  }
  return { ids, unknown };
}

/** Whether two paths name one existing file (links followed). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/** "At scale..." to "at scale...", to follow "touchmap: export: "; "A4 pages" stays. */
const lowerFirst = (s: string): string =>
  /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The characters no font had, a line each with the touchpoints and other places they are in
 * (the app's wording, from pdf/missing-glyphs.ts), so they can be found and fixed.
 */
function missingLines(
  map: JourneyMap,
  missing: readonly string[],
  fallbackFont: string | undefined,
  fallbackUsed: boolean,
): string[] {
  const n = missing.length;
  const hint =
    fallbackFont === undefined
      ? 'pass --fallback-font FILE.ttf'
      : fallbackUsed
        ? `${fallbackFont} lacks them too: try another --fallback-font`
        : 'pass a usable --fallback-font FILE.ttf';
  const what = n === 1 ? 'this character' : `these ${n} characters`;
  const lines = [`warning: no font has ${what}, drawn as empty boxes — ${hint}:`];
  for (const glyph of locateMissing(map, missing.slice(0, MISSING_SHOWN)))
    lines.push(`  ${describeMissing(glyph, { character: true })}`);
  if (n > MISSING_SHOWN) lines.push(`  and ${n - MISSING_SHOWN} more`);
  return lines;
}

export async function exportCommand(args: string[], io: Io): Promise<number> {
  // The format comes from OUT's extension: .svg and .png are pictures (export-vector.ts).
  const vector = vectorFormatOf(args);
  if (vector !== null) return exportVectorCommand(args, io, vector);
  const { values, positionals, help } = parseCommandArgs('export', args, OPTIONS);
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError('export: no file given');
  if (extra !== undefined)
    throw new UsageError(`export: unexpected argument "${extra}" (one map at a time)`);
  const output = values.output;
  if (typeof output !== 'string') throw new UsageError('export: no output file given (-o OUT.pdf)');
  // CSV and Excel take none of the PDF options below: src/cli/export-table.ts.
  if (isTableOutput(output)) return exportTable(file, output, values, io);
  if (/\.pptx$/i.test(output)) {
    const { exportPptx } = await import('./export-pptx.ts'); // PDF exports never load pptxgenjs
    return exportPptx(
      file,
      output,
      Object.keys(values).filter((k) => k !== 'output'),
      io,
    );
  }
  if (values.appendix === true && values['no-appendix'] === true)
    throw new UsageError('export: give --appendix or --no-appendix, not both');
  const text = (name: string): string | undefined =>
    typeof values[name] === 'string' ? values[name] : undefined;
  const fail = (lines: string[]): number => {
    for (const line of lines) io.err(`${line}\n`);
    return EXIT_PROBLEMS;
  };

  // The option values, all checked before anything is read.
  const problems: string[] = [];
  const page = choice<PageSizeName>(problems, '--page', text('page'), PAGE_SIZE_NAMES);
  const orientation = choice<Orientation>(problems, '--orientation', text('orientation'), [
    'portrait',
    'landscape',
  ]);
  const textSize = choice<TextSize>(problems, '--text-size', text('text-size'), TEXT_SIZES);
  const layout = choice<MapLayoutMode>(problems, '--layout', text('layout'), ['fit', 'tile']);
  const only = choice<TouchpointKind>(problems, '--only', text('only'), TOUCHPOINT_KINDS);
  const scale = number(problems, '--scale', text('scale'));
  const margin = number(problems, '--margin', text('margin'));
  const date = isoDate(problems, text('date'));
  if (/\.touchmap$/i.test(output))
    problems.push(`-o: ${show(output)} is a map file's name; export writes a PDF (OUT.pdf)`);
  const options: ExportOptions = {
    ...REPORT_DEFAULTS,
    ...(values['no-appendix'] === true && { appendix: false }),
    ...(values['empty-lanes'] === true && { emptyLanes: true }),
    ...(values.comments === true && { comments: true }),
    date: date ?? new Date().toISOString(),
    ...(page && { pageSize: page }),
    ...(orientation && { orientation }),
    ...(textSize && { textSize }),
    ...(layout && { layout }),
    ...(only && { kinds: [only] }),
    ...(scale !== undefined && { scale }),
    ...(margin !== undefined && { margins: margin }),
    ...(text('author') !== undefined && { author: text('author') }),
  };
  // The ranges and the room left inside the margins are the exporter's to check.
  const resolved = resolveOptions(options);
  if (!resolved.ok) problems.push(...resolved.errors.map(asFlag));
  if (problems.length > 0) return fail(problems.map((p) => `touchmap: export: ${p}`));

  const read = await readMapFile(file);
  if (!read.ok) return fail(failureLines(file, read.error));
  if (!read.result.ok) return fail(failureLines(file, read.result.error));
  // Printed as the app shows it: cells whose cards overlap are arranged in reading order.
  const { map, cells: tidied } = tidyOverlaps(read.result.map);
  if (!read.fromPdf && (await sameFile(file, output)))
    return fail([
      `touchmap: export: -o: ${show(output)} is the map file itself; choose another name`,
    ]);
  for (const line of noteLines(file, read.result.notes)) io.err(`${line}\n`);
  if (tidied > 0) {
    const where = tidied === 1 ? 'one cell' : `${tidied} cells`;
    io.err(
      `${file}: cards overlapped in ${where}; the PDF shows them arranged in their reading order (the map file is unchanged)\n`,
    );
  }

  const wanted = Array.isArray(values.department) ? values.department : [];
  if (wanted.length > 0) {
    const { ids, unknown } = matchDepartments(map, wanted);
    if (unknown.length > 0) {
      const names = map.departments.map((d) => show(d.name));
      const has =
        names.length === 0 ? 'the map has no departments' : `its departments: ${names.join(', ')}`;
      return fail([
        `touchmap: export: --department ${unknown.map(show).join(', ')}: no department of ${file} has that name or id; ${has}`,
      ]);
    }
    options.departments = ids;
  }

  const fallbackPath = text('fallback-font');
  const loaded = await loadCliFonts(fallbackPath);
  if (!loaded.ok) return fail([`touchmap: export: ${loaded.message}`]);
  const { fonts } = loaded;

  let result: ExportResult;
  try {
    result = await exportPdf(map, options, fonts);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    return fail(error.problems.map((p) => `touchmap: export: ${lowerFirst(asFlag(p))}`));
  }

  try {
    await writeFileAtomic(output, result.bytes);
  } catch (error) {
    return fail([`${output}: cannot write the file: ${writeErrorReason(error)}`]);
  }
  const kb = Math.max(1, Math.round(result.bytes.length / 1000));
  io.out(`${output}: ${plural(result.pageCount, 'page')}, ${kb} KB\n`);
  if (scale !== undefined && (layout ?? 'fit') === 'fit')
    io.err('warning: --scale is for --layout tile; with --layout fit the map fills the page\n');
  const { filtered, kept } = applyFilter(map, {
    departments: options.departments ? [...options.departments] : null,
    kinds: only ? [only] : null,
    filterMode: 'dim',
  });
  if (filtered && kept.touchpoints.length === 0 && map.touchpoints.length > 0) {
    const flags = [only && '--only', wanted.length > 0 && '--department'].filter(Boolean);
    const verb = flags.length > 1 ? 'keep' : 'keeps';
    io.err(`warning: ${flags.join(' and ')} ${verb} no touchpoint: every card is greyed out\n`);
  }
  if (result.missingCharacters.length > 0)
    for (const line of missingLines(
      map,
      result.missingCharacters,
      fallbackPath,
      result.warnings.length === 0,
    ))
      io.err(`${line}\n`);
  for (const warning of result.warnings) io.err(`warning: ${lowerFirst(warning)}\n`);
  return EXIT_OK;
}

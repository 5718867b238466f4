/**
 * The options of a PDF export: their types, their defaults and their validation.
 *
 * Every length is in PDF points (1 pt = 1/72 in). `resolveOptions` turns what a host passes
 * (the app's dialog, the CLI's flags: partial, maybe wrong) into a complete `ResolvedOptions`
 * or a list of every problem, each naming the option at fault.
 */
import { EVIDENCE_BUCKETS, type EvidenceBucket } from '../core/evidence-shares.ts';
import type { TouchpointKind } from '../core/model.ts';
import { TOUCHPOINT_KINDS } from '../core/model.ts';
import {
  DEFAULT_PAPER,
  PAGE_SIZES,
  PAGE_SIZE_NAMES,
  type Orientation,
  type PageSizeName,
} from '../core/paper.ts';
import { DEFAULT_TEXT_SIZE, TEXT_SIZES, type TextSize } from '../core/text-size.ts';

/**
 * `fit`: the whole map on the first page, with the title block and the legend.
 * `tile`: a cover page (title block, legend, assembly guide) and then the map at `scale`,
 * cut into pages that overlap by `overlap` points, each labelled with its row letter and
 * column number ("B2").
 */
export type MapLayoutMode = 'fit' | 'tile';

/**
 * What happens to touchpoints that the department, kind and evidence filters leave out.
 * `dim`: the map keeps its full layout; left-out cards are drawn as grey ghosts without
 * details, their connections grey, and the emotion curve runs only through the kept ones.
 * `omit`: left-out touchpoints and their connections are removed, and so are the lanes of
 * departments that are not selected; the layout closes up around what remains.
 * Either way the legend, the counts and the appendix describe the kept touchpoints only.
 */
export type FilterMode = 'dim' | 'omit';

export const APPENDIX_SECTIONS = ['frictions', 'insights', 'inventory'] as const;
export type AppendixSection = (typeof APPENDIX_SECTIONS)[number];

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Pages done so far (after each page is drawn, then once more when the file is written). */
export type ProgressCallback = (pagesDone: number, pagesTotal: number) => void;

/** What a host may pass: every key is optional. */
export interface ExportOptions {
  /** Default `A3`. */
  pageSize?: PageSizeName;
  /** Default `landscape`. */
  orientation?: Orientation;
  /** One number for all four sides, or each side; points; default 28 (about 10 mm). */
  margins?: number | Partial<Margins>;
  /** Default `fit`. */
  layout?: MapLayoutMode;
  /** Tile layout only: points per canvas unit (1: a 200-unit card is 200 pt, about 7 cm). Default 1. */
  scale?: number;
  /** Tile layout only: how much neighbouring pages share, in points. Default 20. */
  overlap?: number;
  /** Default true. */
  titleBlock?: boolean;
  /** Default true. */
  legend?: boolean;
  /** `true` for every section, `false` (default) for none, or the sections wanted, in order. */
  appendix?: boolean | readonly AppendixSection[];
  /** An appendix page of the map's comments, after the other sections. Default false. */
  comments?: boolean;
  /** Only these departments (ids); default: all. */
  departments?: readonly string[] | null;
  /** Only these kinds; default: both. */
  kinds?: readonly TouchpointKind[] | null;
  /** Only touchpoints with these evidence marks (`unmarked`: none); default: any. */
  evidence?: readonly EvidenceBucket[] | null;
  /** Default `dim`. */
  filterMode?: FilterMode;
  /** Where the emotion curve runs, as on screen. Default `top`. */
  emotionRow?: 'top' | 'bottom';
  /** Card text: `s`, `m` (default), `l` or `xl`, as the canvas's text size (core/text-size.ts). */
  textSize?: TextSize;
  /**
   * Print the lanes of departments that have no touchpoint drawn. Default false: they are
   * left out (unless no lane has one: a blank map prints its whole grid).
   */
  emptyLanes?: boolean;
  /**
   * The export's date: shown in the title block and written as the PDF's creation date;
   * an ISO-8601 string or a Date. Default: the map's `updatedAt`, else its `createdAt`, else
   * 2000-01-01 (then the title block shows no date). The same map and options, date
   * included, give a byte-identical file.
   */
  date?: string | Date | null;
  /** Shown in the title block and written as the PDF's author. Default: none. */
  author?: string;
  /** PDF subject. Default: "Customer journey map" and the map's description. */
  subject?: string;
  /** PDF keywords. Default: customer journey map, the persona, the stage names. */
  keywords?: string;
  /** Embed the map (`map.touchmap`) so Touchmap can open the PDF again. Default true. */
  embedMap?: boolean;
  onProgress?: ProgressCallback | null;
}

export interface ResolvedOptions {
  pageSize: PageSizeName;
  orientation: Orientation;
  /** The page, oriented, in points. */
  pageWidth: number;
  pageHeight: number;
  margins: Margins;
  layout: MapLayoutMode;
  scale: number;
  overlap: number;
  titleBlock: boolean;
  legend: boolean;
  appendix: AppendixSection[];
  comments: boolean;
  departments: string[] | null;
  kinds: TouchpointKind[] | null;
  evidence: EvidenceBucket[] | null;
  filterMode: FilterMode;
  emotionRow: 'top' | 'bottom';
  textSize: TextSize;
  emptyLanes: boolean;
  /** ISO-8601 date-time, UTC. */
  date: string;
  /** False when no date was given and the map has none: the title block then shows none. */
  dateKnown: boolean;
  author: string;
  subject: string | null;
  keywords: string | null;
  embedMap: boolean;
  onProgress: ProgressCallback | null;
}

export const DEFAULT_MARGIN = 28;
const DEFAULT_OVERLAP = 20;
/** The smallest printable area left inside the margins, each way. */
const MIN_CONTENT = 144;
const SCALE_MIN = 0.05;
const SCALE_MAX = 20;
/** A tiled export refuses to make more map pages than this. */
export const MAX_TILES = 400;
export const FALLBACK_DATE = '2000-01-01T00:00:00.000Z';
const DEFAULT_PAGE_SIZE: PageSizeName = DEFAULT_PAPER.pageSize;
const DEFAULT_ORIENTATION: Orientation = DEFAULT_PAPER.orientation;

/**
 * Where an export made for a person starts, in the app's dialog and on the command line: the
 * exporter's defaults, except that the appendix is on (such a file is usually the full report).
 */
export const REPORT_DEFAULTS = {
  pageSize: DEFAULT_PAGE_SIZE,
  orientation: DEFAULT_ORIENTATION,
  appendix: true,
} as const satisfies ExportOptions;

export type ResolveResult =
  { ok: true; options: ResolvedOptions } | { ok: false; errors: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (value === undefined) return 'undefined';
  return Array.isArray(value) ? 'an array' : typeof value;
};

function oneOf<T extends string>(
  errors: string[],
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  caseInsensitive = false,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string') {
    const found = allowed.find((a) =>
      caseInsensitive ? a.toLowerCase() === value.toLowerCase() : a === value,
    );
    if (found !== undefined) return found;
  }
  errors.push(`${name}: expected one of ${allowed.join(', ')}, got ${show(value)}`);
  return fallback;
}

function bool(errors: string[], name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  errors.push(`${name}: expected true or false, got ${show(value)}`);
  return fallback;
}

function finite(
  errors: string[],
  name: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max)
    return value;
  errors.push(`${name}: expected a number from ${min} to ${max}, got ${show(value)}`);
  return fallback;
}

function text(errors: string[], name: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  errors.push(`${name}: expected a string, got ${show(value)}`);
  return null;
}

function resolveDate(errors: string[], value: unknown, fallbacks: (string | undefined)[]) {
  const parse = (v: string): string | null => {
    const ms = Date.parse(v);
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  };
  if (value instanceof Date) {
    if (Number.isFinite(value.getTime())) return { date: value.toISOString(), known: true };
    errors.push('date: the Date is invalid');
  } else if (typeof value === 'string') {
    const iso = parse(value);
    if (iso !== null) return { date: iso, known: true };
    errors.push(`date: expected an ISO-8601 date, got ${show(value)}`);
  } else if (value !== undefined && value !== null) {
    errors.push(`date: expected an ISO-8601 string or a Date, got ${show(value)}`);
  }
  for (const candidate of fallbacks) {
    const iso = candidate === undefined ? null : parse(candidate);
    if (iso !== null) return { date: iso, known: true };
  }
  return { date: FALLBACK_DATE, known: false };
}

function resolveMargins(errors: string[], value: unknown): Margins {
  const all = (m: number): Margins => ({ top: m, right: m, bottom: m, left: m });
  if (value === undefined) return all(DEFAULT_MARGIN);
  if (typeof value === 'number')
    return all(finite(errors, 'margins', value, DEFAULT_MARGIN, 0, 1000));
  if (!isRecord(value)) {
    errors.push(`margins: expected a number or { top, right, bottom, left }, got ${show(value)}`);
    return all(DEFAULT_MARGIN);
  }
  const side = (key: keyof Margins): number =>
    finite(errors, `margins.${key}`, value[key], DEFAULT_MARGIN, 0, 1000);
  return { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') };
}

function resolveList<T extends string>(
  errors: string[],
  name: string,
  value: unknown,
  allowed: readonly T[] | null,
): T[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    errors.push(`${name}: expected a list, got ${show(value)}`);
    return null;
  }
  const out: T[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string' || (allowed !== null && !allowed.includes(item as T))) {
      const expected = allowed === null ? 'a string' : `one of ${allowed.join(', ')}`;
      errors.push(`${name}[${i}]: expected ${expected}, got ${show(item)}`);
    } else if (!out.includes(item as T)) out.push(item as T);
  });
  return out;
}

/**
 * Every option checked, defaults filled in. `map` supplies the default date; department ids
 * are not checked against it (an unknown id selects nothing).
 */
export function resolveOptions(
  input: unknown,
  map: { updatedAt?: string; createdAt?: string } = {},
): ResolveResult {
  const errors: string[] = [];
  const o: Record<string, unknown> = isRecord(input) ? input : {};
  if (input !== undefined && input !== null && !isRecord(input))
    errors.push(`options: expected an object, got ${show(input)}`);

  const pageSize = oneOf(errors, 'pageSize', o.pageSize, PAGE_SIZE_NAMES, DEFAULT_PAGE_SIZE, true);
  const orientation = oneOf<Orientation>(
    errors,
    'orientation',
    o.orientation,
    ['portrait', 'landscape'],
    DEFAULT_ORIENTATION,
  );
  const size = PAGE_SIZES[pageSize];
  const landscape = orientation === 'landscape';
  const pageWidth = landscape ? size.height : size.width;
  const pageHeight = landscape ? size.width : size.height;
  const margins = resolveMargins(errors, o.margins);
  if (pageWidth - margins.left - margins.right < MIN_CONTENT)
    errors.push(
      `margins: left + right (${margins.left + margins.right} pt) leave less than ${MIN_CONTENT} pt of a ${pageWidth} pt wide page`,
    );
  if (pageHeight - margins.top - margins.bottom < MIN_CONTENT)
    errors.push(
      `margins: top + bottom (${margins.top + margins.bottom} pt) leave less than ${MIN_CONTENT} pt of a ${pageHeight} pt high page`,
    );

  const layout = oneOf<MapLayoutMode>(errors, 'layout', o.layout, ['fit', 'tile'], 'fit');
  const scale = finite(errors, 'scale', o.scale, 1, SCALE_MIN, SCALE_MAX);
  const overlap = finite(errors, 'overlap', o.overlap, DEFAULT_OVERLAP, 0, MIN_CONTENT / 2);

  let appendix: AppendixSection[] = [];
  if (o.appendix === true) appendix = [...APPENDIX_SECTIONS];
  else if (Array.isArray(o.appendix))
    appendix = resolveList(errors, 'appendix', o.appendix, APPENDIX_SECTIONS) ?? [];
  else if (o.appendix !== undefined && o.appendix !== false)
    errors.push(`appendix: expected true, false or a list of sections, got ${show(o.appendix)}`);

  const { date, known } = resolveDate(errors, o.date, [map.updatedAt, map.createdAt]);
  const onProgress = o.onProgress;
  if (onProgress !== undefined && onProgress !== null && typeof onProgress !== 'function')
    errors.push(`onProgress: expected a function, got ${show(onProgress)}`);

  const options: ResolvedOptions = {
    pageSize,
    orientation,
    pageWidth,
    pageHeight,
    margins,
    layout,
    scale,
    overlap,
    titleBlock: bool(errors, 'titleBlock', o.titleBlock, true),
    legend: bool(errors, 'legend', o.legend, true),
    appendix,
    comments: bool(errors, 'comments', o.comments, false),
    departments: resolveList<string>(errors, 'departments', o.departments, null),
    kinds: resolveList(errors, 'kinds', o.kinds, TOUCHPOINT_KINDS),
    evidence: resolveList(errors, 'evidence', o.evidence, EVIDENCE_BUCKETS),
    filterMode: oneOf<FilterMode>(errors, 'filterMode', o.filterMode, ['dim', 'omit'], 'dim'),
    emotionRow: oneOf(errors, 'emotionRow', o.emotionRow, ['top', 'bottom'] as const, 'top'),
    textSize: oneOf(errors, 'textSize', o.textSize, TEXT_SIZES, DEFAULT_TEXT_SIZE, true),
    emptyLanes: bool(errors, 'emptyLanes', o.emptyLanes, false),
    date,
    dateKnown: known,
    author: text(errors, 'author', o.author) ?? '',
    subject: text(errors, 'subject', o.subject),
    keywords: text(errors, 'keywords', o.keywords),
    embedMap: bool(errors, 'embedMap', o.embedMap, true),
    onProgress: typeof onProgress === 'function' ? (onProgress as ProgressCallback) : null,
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, options };
}

/** The printable area of a page: inside the margins. */
export function contentBox(options: ResolvedOptions): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const { margins, pageWidth, pageHeight } = options;
  return {
    x: margins.left,
    y: margins.top,
    width: pageWidth - margins.left - margins.right,
    height: pageHeight - margins.top - margins.bottom,
  };
}

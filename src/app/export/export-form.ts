/**
 * The Export PDF dialog's form, as plain data and pure functions (tested without a browser):
 * its defaults (the editor's filters, so "export what I see"), the exporter options it stands
 * for, its problems by field, and an estimate of the page count before anything is drawn.
 *
 * Lengths are shown in millimetres and passed to the exporter in points (1 mm = 72 / 25.4 pt);
 * the tile scale is shown in per cent (100 %: one point per canvas unit, a card 71 mm wide).
 *
 * Imports only the exporter's light modules (options, filter, tiling, tile-content): jsPDF stays in the
 * worker's bundle.
 */
import type { EvidenceBucket } from '../../core/evidence-shares.ts';
import type { JourneyMap, TouchpointKind } from '../../core/model.ts';
import { computeLayout } from '../../core/layout.ts';
import { applyFilter, keptCurve } from '../../pdf/filter.ts';
import {
  DEFAULT_MARGIN,
  MAX_TILES,
  REPORT_DEFAULTS,
  contentBox,
  resolveOptions,
  type ExportOptions,
  type FilterMode,
  type MapLayoutMode,
  type ResolvedOptions,
} from '../../pdf/options.ts';
import { type Orientation, type PageSizeName } from '../../core/paper.ts';
import { DEFAULT_TEXT_SIZE, type TextSize } from '../../core/text-size.ts';
import { mapContent } from '../../pdf/tile-content.ts';
import { countTiles, planTiles, tilesWithContent } from '../../pdf/tiling.ts';
import type { Filters } from '../store/view-store.ts';

export type KindChoice = 'both' | TouchpointKind;
export type EvidenceChoice = Filters['evidence'];
/** The editor's filters an export starts from (its search is not a selection: it only finds cards). */
export type SelectionFilters = Pick<Filters, 'kind' | 'departmentId' | 'evidence'>;

export interface ExportForm {
  pageSize: PageSizeName;
  orientation: Orientation;
  /** Millimetres on every side, as typed. */
  margin: string;
  layout: MapLayoutMode;
  /** Tile layout: per cent, as typed. */
  scale: string;
  /** Card text, as on the canvas (the text size preference by default). */
  textSize: TextSize;
  appendix: boolean;
  titleBlock: boolean;
  legend: boolean;
  /** Draw the lanes of departments with no touchpoint too. */
  emptyLanes: boolean;
  /** An appendix page of the map's comments (off by default). */
  comments: boolean;
  kinds: KindChoice;
  /** Only touchpoints of this evidence level ('none': not marked), as the editor's filter. */
  evidence: EvidenceChoice;
  /** The departments selected, by id. */
  departments: readonly string[];
  filterMode: FilterMode;
  author: string;
}

/** The form's fields that can have a problem; `general` is for the others. */
export type FormField = 'margin' | 'scale' | 'departments' | 'author' | 'general';
export type FormProblems = Partial<Record<FormField, string[]>>;

const MM_PER_PT = 25.4 / 72;
/** The exporter's default margin, rounded to whole millimetres (28 pt: 10 mm). */
export const DEFAULT_MARGIN_MM = Math.round(DEFAULT_MARGIN * MM_PER_PT);
/** The exporter takes margins up to 1000 pt. */
const MAX_MARGIN_MM = 350;

export const mmToPt = (mm: number): number => Math.round((mm / MM_PER_PT) * 100) / 100;

/** Page options a host may know (the desktop app's preferences). */
export interface FormDefaults {
  pageSize?: PageSizeName;
  orientation?: Orientation;
  author?: string;
  textSize?: TextSize;
}

/** The departments, kinds and evidence the editor's filters show at full strength. */
export function selectionFromFilters(
  map: JourneyMap,
  filters: SelectionFilters,
): Pick<ExportForm, 'kinds' | 'evidence' | 'departments'> {
  const all = map.departments.map((d) => d.id);
  const only = filters.departmentId;
  return {
    kinds: filters.kind === 'all' ? 'both' : filters.kind,
    evidence: filters.evidence,
    departments: only !== null && all.includes(only) ? [only] : all,
  };
}

/**
 * The form when the dialog opens for the first time in a session: the preferences' page and
 * author, and otherwise what the command line starts from (REPORT_DEFAULTS).
 */
export function defaultForm(
  map: JourneyMap,
  filters: SelectionFilters,
  defaults: FormDefaults = {},
): ExportForm {
  return {
    pageSize: defaults.pageSize ?? REPORT_DEFAULTS.pageSize,
    orientation: defaults.orientation ?? REPORT_DEFAULTS.orientation,
    margin: String(DEFAULT_MARGIN_MM),
    layout: 'fit',
    scale: '100',
    textSize: defaults.textSize ?? DEFAULT_TEXT_SIZE,
    appendix: REPORT_DEFAULTS.appendix,
    titleBlock: true,
    legend: true,
    emptyLanes: false,
    comments: false,
    filterMode: 'dim',
    author: defaults.author ?? '',
    ...selectionFromFilters(map, filters),
  };
}

/** The exporter's kinds and evidence for the form's choices (the editor's 'none' is core's 'unmarked'). */
export function kindAndEvidence(form: Pick<ExportForm, 'kinds' | 'evidence'>): {
  kinds: TouchpointKind[] | null;
  evidence: EvidenceBucket[] | null;
} {
  const { kinds, evidence } = form;
  return {
    kinds: kinds === 'both' ? null : [kinds],
    evidence: evidence === 'all' ? null : [evidence === 'none' ? 'unmarked' : evidence],
  };
}

/** A decimal number as people type it ("12", "12.5", "12,5"), or null. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const FIELD_OF_OPTION: Record<string, FormField> = {
  margins: 'margin',
  scale: 'scale',
  overlap: 'scale',
  departments: 'departments',
  kinds: 'departments',
  evidence: 'departments',
  author: 'author',
};

/** Which field an exporter problem ("margins.left: expected…") belongs to. */
export function fieldOfProblem(problem: string): FormField {
  const name = /^([A-Za-z]+)/.exec(problem)?.[1] ?? '';
  return FIELD_OF_OPTION[name] ?? 'general';
}

/** An exporter problem about margins, its lengths in millimetres as the form has them. */
export function inMillimetres(problem: string): string {
  return problem.replace(
    /(\d+(?:\.\d+)?) pt\b/g,
    (_, pt: string) => `${formatMm(Number(pt) * MM_PER_PT)} mm`,
  );
}

const formatMm = (mm: number): string => String(Math.round(mm * 10) / 10);

export interface FormResult {
  /** What the exporter gets (no date: run-export sets it when the export starts). */
  options: Omit<ExportOptions, 'onProgress'>;
  /** The options as the exporter reads them, when they are valid. */
  resolved: ResolvedOptions | null;
  problems: FormProblems;
  ok: boolean;
}

function add(problems: FormProblems, field: FormField, text: string): void {
  (problems[field] ??= []).push(text);
}

/** The exporter options the form stands for, checked by the exporter's own `resolveOptions`. */
export function formToOptions(form: ExportForm, map: JourneyMap): FormResult {
  const problems: FormProblems = {};
  const marginMm = parseDecimal(form.margin);
  if (marginMm === null) add(problems, 'margin', 'Margin: enter a number of millimetres.');
  else if (marginMm < 0) add(problems, 'margin', 'Margin: cannot be negative.');
  else if (marginMm > MAX_MARGIN_MM)
    add(problems, 'margin', `Margin: at most ${MAX_MARGIN_MM} mm.`);
  const scalePercent = parseDecimal(form.scale);
  if (form.layout === 'tile') {
    if (scalePercent === null) add(problems, 'scale', 'Scale: enter a percentage.');
    else if (scalePercent <= 0) add(problems, 'scale', 'Scale: must be more than 0 %.');
  }
  const ids = new Set(map.departments.map((d) => d.id));
  const selected = map.departments.filter((d) => form.departments.includes(d.id)).map((d) => d.id);
  if (selected.length === 0)
    add(problems, 'departments', 'Departments: choose at least one department to export.');

  const options: Omit<ExportOptions, 'onProgress'> = {
    pageSize: form.pageSize,
    orientation: form.orientation,
    // The default "10 mm" is the exporter's own default margin (28 pt, 9.9 mm), so that the
    // dialog's defaults make the very file the command line makes.
    ...(marginMm !== DEFAULT_MARGIN_MM && {
      margins: mmToPt(
        marginMm !== null && marginMm >= 0 && marginMm <= MAX_MARGIN_MM
          ? marginMm
          : DEFAULT_MARGIN_MM,
      ),
    }),
    layout: form.layout,
    ...(form.layout === 'tile'
      ? { scale: scalePercent !== null && scalePercent > 0 ? scalePercent / 100 : 1 }
      : {}),
    textSize: form.textSize,
    appendix: form.appendix,
    titleBlock: form.titleBlock,
    legend: form.legend,
    emptyLanes: form.emptyLanes,
    comments: form.comments,
    ...kindAndEvidence(form),
    departments: selected.length === ids.size ? null : selected,
    filterMode: form.filterMode,
    author: form.author.trim(),
  };
  const resolved = resolveOptions(options, map);
  if (!resolved.ok)
    for (const problem of resolved.errors) {
      const field = fieldOfProblem(problem);
      add(problems, field, field === 'margin' ? inMillimetres(problem) : problem);
    }
  const ok = Object.keys(problems).length === 0;
  return { options, resolved: resolved.ok ? resolved.options : null, problems, ok };
}

export interface PageEstimate {
  /** Pages of the map itself: 1 for fit, the tiles with content for tile. */
  mapPages: number;
  rows: number;
  cols: number;
  /** Tiles of the grid left out because they would show only empty grid. */
  blank: number;
  /** The cover page of a tiled poster. */
  cover: boolean;
  /** The appendix is on: its length is known only once it is drawn. */
  appendix: boolean;
  /** More tiles than the exporter makes (MAX_TILES). */
  tooMany: boolean;
}

/**
 * The page count before the export, from the layout: for a poster, the tiles of `planTiles`
 * that show something (`tilesWithContent`, as the exporter keeps them). The appendix (and, rarely, a legend too tall for a fit page) adds pages only the export
 * knows.
 */
export function estimatePages(map: JourneyMap, resolved: ResolvedOptions): PageEstimate {
  const appendix = resolved.appendix.length > 0 || resolved.comments;
  if (resolved.layout === 'fit')
    return { mapPages: 1, rows: 1, cols: 1, blank: 0, cover: false, appendix, tooMany: false };
  const filter = applyFilter(map, resolved);
  const layout = computeLayout(filter.drawn, { emotionRow: resolved.emotionRow });
  const content = contentBox(resolved);
  const input = {
    mapWidth: layout.width,
    mapHeight: layout.height,
    scale: resolved.scale,
    contentWidth: content.width,
    contentHeight: content.height,
    overlap: resolved.overlap,
  };
  const { rows, cols } = countTiles(input);
  const base = { rows, cols, cover: true, appendix };
  if (rows * cols > MAX_TILES) return { ...base, mapPages: rows * cols, blank: 0, tooMany: true };
  const curve = filter.dimming ? keptCurve(layout.curve, filter.keptIds) : layout.curve;
  const shown = tilesWithContent(
    planTiles(input),
    mapContent({ map: filter.drawn, layout, curve }),
  ).length;
  return { ...base, mapPages: shown, blank: rows * cols - shown, tooMany: false };
}

/** "13 pages: a cover page and 12 map pages (3 × 4)"; "At least 2 pages: the map and the appendix". */
export function describeEstimate(e: PageEstimate): string {
  const pages = (n: number, what = 'page') => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (e.tooMany)
    return `${e.rows} × ${e.cols} = ${e.mapPages} map pages: more than the ${MAX_TILES} a poster may have. Choose a smaller scale or a larger page.`;
  const total = e.mapPages + (e.cover ? 1 : 0) + (e.appendix ? 1 : 0);
  const head = `${e.appendix ? 'At least ' : ''}${pages(total)}`;
  const parts = e.cover
    ? [
        'a cover page',
        `${pages(e.mapPages, 'map page')} (${e.rows} × ${e.cols}${e.blank > 0 ? `, ${e.blank} blank left out` : ''})`,
      ]
    : e.appendix
      ? ['the map']
      : [];
  if (e.appendix) parts.push('the appendix');
  if (parts.length === 0) return head;
  const list =
    parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${head}: ${list}`;
}

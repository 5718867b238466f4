/**
 * The Export PDF dialog's state without React: the edits the dialog makes to its form (a
 * reducer), and what it shows from the form (problems by field with the page estimate's,
 * touchpoint counts per department, the card width at a tile scale and the page count). The form itself, its defaults and its options are export-form.ts's.
 */
import type { JourneyMap } from '../../core/model.ts';
import { selects } from '../../pdf/filter.ts';
import {
  describeEstimate,
  estimatePages,
  kindAndEvidence,
  formToOptions,
  parseDecimal,
  type ExportForm,
  type FormProblems,
  type FormResult,
  type PageEstimate,
} from './export-form.ts';

export type FormAction =
  | { type: 'set'; patch: Partial<ExportForm> }
  | { type: 'department'; id: string; on: boolean }
  | { type: 'allDepartments' }
  | { type: 'noDepartments' };

/** The form after one edit; departments stay in the map's order. */
export function reduceForm(map: JourneyMap, form: ExportForm, action: FormAction): ExportForm {
  switch (action.type) {
    case 'set':
      return { ...form, ...action.patch };
    case 'department':
      return {
        ...form,
        departments: action.on
          ? map.departments
              .map((d) => d.id)
              .filter((d) => d === action.id || form.departments.includes(d))
          : form.departments.filter((d) => d !== action.id),
      };
    case 'allDepartments':
      return { ...form, departments: map.departments.map((d) => d.id) };
    case 'noDepartments':
      return { ...form, departments: [] };
  }
}

export interface FormView {
  result: FormResult;
  estimate: PageEstimate | null;
  /** The form's problems, with a poster of too many pages under the scale. */
  problems: FormProblems;
  /** Nothing stops an export. */
  valid: boolean;
}

/** Everything the dialog derives from its form, checked by the exporter's own rules. */
export function viewForm(form: ExportForm, map: JourneyMap): FormView {
  const result = formToOptions(form, map);
  const estimate = result.resolved === null ? null : estimatePages(map, result.resolved);
  const problems = estimate?.tooMany
    ? { ...result.problems, scale: [...(result.problems.scale ?? []), describeEstimate(estimate)] }
    : result.problems;
  return { result, estimate, problems, valid: result.ok && !estimate?.tooMany };
}

/** Touchpoints of the chosen kinds and evidence in each department, by department id. */
export function departmentCounts(
  map: JourneyMap,
  form: Pick<ExportForm, 'kinds' | 'evidence'>,
): Map<string, number> {
  const chosen = selects({ departments: null, ...kindAndEvidence(form) });
  const counts = new Map<string, number>();
  for (const tp of map.touchpoints) {
    if (!chosen(tp)) continue;
    counts.set(tp.departmentId, (counts.get(tp.departmentId) ?? 0) + 1);
  }
  return counts;
}

/** "71 mm": how wide a card is printed at a tile scale typed in per cent, or null. */
export function cardWidthMm(scalePercent: string): string | null {
  const n = parseDecimal(scalePercent);
  if (n === null || n <= 0) return null;
  // A card is 200 canvas units; at 100 % one unit is one point.
  return `${Math.round(((200 * n) / 100 / 72) * 25.4)} mm`;
}

/** The page count shown: the preview's exact count, else the estimate, else a dash. */
export function pageCountText(
  preview: { exact: number | null },
  estimate: PageEstimate | null,
): string {
  if (preview.exact !== null) return `${preview.exact} page${preview.exact === 1 ? '' : 's'}`;
  return estimate !== null && !estimate.tooMany ? describeEstimate(estimate) : '—';
}

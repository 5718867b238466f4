/**
 * The Export PDF dialog's last options, for the rest of the session: view state, like zoom or
 * open panels. Never written into the map, never an undo step, gone when the app quits.
 *
 * Page setup (size, margins, layout, what to include, author) carries over from one export to
 * the next, whatever map is open. The selection (departments, kinds, evidence) follows the editor's
 * filters, "export what I see", unless the same map is open with the same filters as when
 * it was chosen: then the dialog's own choice comes back.
 */
import { createStore } from 'zustand/vanilla';
import type { JourneyMap } from '../../core/model.ts';
import {
  defaultForm,
  selectionFromFilters,
  type ExportForm,
  type FormDefaults,
  type SelectionFilters,
} from './export-form.ts';

interface Remembered {
  form: ExportForm;
  mapId: string;
  /** The editor's kind, department and evidence filters when the form was last used. */
  filtersKey: string;
}

export interface ExportSettingsState {
  last: Remembered | null;
}

const exportSettings = createStore<ExportSettingsState>()(() => ({ last: null }));

const keyOf = (filters: SelectionFilters): string =>
  `${filters.kind}\u0000${filters.departmentId ?? ''}\u0000${filters.evidence}`;

/** Remembers the form an export was started with. */
export function rememberForm(form: ExportForm, map: JourneyMap, filters: SelectionFilters): void {
  exportSettings.setState({ last: { form, mapId: map.id, filtersKey: keyOf(filters) } });
}

/** The form to open the dialog with. */
export function initialForm(
  map: JourneyMap,
  filters: SelectionFilters,
  defaults: FormDefaults = {},
  state: ExportSettingsState = exportSettings.getState(),
): ExportForm {
  const last = state.last;
  if (last === null) return defaultForm(map, filters, defaults);
  const ids = new Set(map.departments.map((d) => d.id));
  const sameView = last.mapId === map.id && last.filtersKey === keyOf(filters);
  const remembered = last.form.departments.filter((id) => ids.has(id));
  const selection =
    sameView && remembered.length > 0
      ? { kinds: last.form.kinds, evidence: last.form.evidence, departments: remembered }
      : selectionFromFilters(map, filters);
  return { ...last.form, ...selection };
}

/** For tests: forget everything. */
export function resetExportSettings(): void {
  exportSettings.setState({ last: null });
}

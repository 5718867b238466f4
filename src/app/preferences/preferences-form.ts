/**
 * The Preferences dialog's form without React: the form made from the preferences, its edits
 * (a reducer), the problems that stop a save (with the limits of ipc/preferences.ts, the
 * ones main checks), and the preferences to save.
 *
 * List rows carry a key of their own, so a row keeps its text box (and focus) while rows
 * around it move; the next key lives in the form, which keeps the reducer pure.
 */
import { COLOR_PATTERN } from '../../core/model.ts';
import {
  DEFAULT_USER_PREFERENCES,
  PREFERENCE_LIMITS as L,
  type UserPreferences,
} from '../../ipc/preferences.ts';

export interface Row<T> {
  key: number;
  value: T;
}

export interface NewDepartment {
  name: string;
  color: string;
}

export interface PreferencesForm {
  authorName: string;
  theme: UserPreferences['theme'];
  textSize: UserPreferences['textSize'];
  pageSize: UserPreferences['pdf']['pageSize'];
  orientation: UserPreferences['pdf']['orientation'];
  /** Seconds, as typed. */
  interval: string;
  stages: Row<string>[];
  departments: Row<NewDepartment>[];
  nextKey: number;
}

/** What "Add a stage" and "Add a department" add. */
const NEW_STAGE = 'New stage';
const NEW_DEPARTMENT: NewDepartment = { name: 'New department', color: '#7a8694' };

function withRows<T>(form: PreferencesForm, values: readonly T[]): [Row<T>[], number] {
  let key = form.nextKey;
  return [values.map((value) => ({ key: key++, value })), key];
}

function newMapOf(form: PreferencesForm, newMap: UserPreferences['newMap']): PreferencesForm {
  const [stages, afterStages] = withRows(form, newMap.stages);
  const [departments, nextKey] = withRows({ ...form, nextKey: afterStages }, newMap.departments);
  return { ...form, stages, departments, nextKey };
}

export function initialPreferencesForm(preferences: UserPreferences): PreferencesForm {
  const base: PreferencesForm = {
    authorName: preferences.authorName,
    theme: preferences.theme,
    textSize: preferences.textSize,
    pageSize: preferences.pdf.pageSize,
    orientation: preferences.pdf.orientation,
    interval: String(preferences.draftIntervalSeconds),
    stages: [],
    departments: [],
    nextKey: 1,
  };
  return newMapOf(base, preferences.newMap);
}

export type ListName = 'stages' | 'departments';

export type PreferencesAction =
  | {
      type: 'set';
      patch: Partial<
        Pick<
          PreferencesForm,
          'authorName' | 'theme' | 'textSize' | 'pageSize' | 'orientation' | 'interval'
        >
      >;
    }
  | { type: 'stage'; key: number; name: string }
  | { type: 'department'; key: number; patch: Partial<NewDepartment> }
  | { type: 'move'; list: ListName; key: number; by: number }
  | { type: 'remove'; list: ListName; key: number }
  | { type: 'add'; list: ListName }
  | { type: 'restoreNewMap' };

function move<T>(list: readonly Row<T>[], key: number, by: number): Row<T>[] {
  const index = list.findIndex((row) => row.key === key);
  const to = index + by;
  if (index < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [row] = next.splice(index, 1);
  next.splice(to, 0, row!);
  return next;
}

export function reducePreferencesForm(
  form: PreferencesForm,
  action: PreferencesAction,
): PreferencesForm {
  switch (action.type) {
    case 'set':
      return { ...form, ...action.patch };
    case 'stage':
      return {
        ...form,
        stages: form.stages.map((r) => (r.key === action.key ? { ...r, value: action.name } : r)),
      };
    case 'department':
      return {
        ...form,
        departments: form.departments.map((r) =>
          r.key === action.key ? { ...r, value: { ...r.value, ...action.patch } } : r,
        ),
      };
    case 'move':
      return action.list === 'stages'
        ? { ...form, stages: move(form.stages, action.key, action.by) }
        : { ...form, departments: move(form.departments, action.key, action.by) };
    case 'remove':
      return action.list === 'stages'
        ? { ...form, stages: form.stages.filter((r) => r.key !== action.key) }
        : { ...form, departments: form.departments.filter((r) => r.key !== action.key) };
    case 'add': {
      const key = form.nextKey;
      return action.list === 'stages'
        ? { ...form, stages: [...form.stages, { key, value: NEW_STAGE }], nextKey: key + 1 }
        : {
            ...form,
            departments: [...form.departments, { key, value: { ...NEW_DEPARTMENT } }],
            nextKey: key + 1,
          };
    }
    case 'restoreNewMap':
      return newMapOf(form, DEFAULT_USER_PREFERENCES.newMap);
  }
}

/** Problems that stop the preferences from being saved. */
export function preferenceProblems(draft: {
  authorName: string;
  draftIntervalSeconds: number;
  stages: readonly string[];
  departments: readonly NewDepartment[];
}): string[] {
  const problems: string[] = [];
  const names = L.nameLength;
  const lists = L.newMapListLength;
  if (draft.authorName.length > L.authorNameLength)
    problems.push(`Your name is longer than ${L.authorNameLength} characters.`);
  if (
    !Number.isInteger(draft.draftIntervalSeconds) ||
    draft.draftIntervalSeconds < L.draftIntervalMinSeconds ||
    draft.draftIntervalSeconds > L.draftIntervalMaxSeconds
  ) {
    problems.push(
      `Drafts are kept every ${L.draftIntervalMinSeconds} to ${L.draftIntervalMaxSeconds} seconds.`,
    );
  }
  if (draft.stages.length === 0) problems.push('A new map needs at least one stage.');
  if (draft.stages.some((s) => s.trim() === '')) problems.push('Every stage needs a name.');
  if (draft.stages.some((s) => s.trim().length > names)) {
    problems.push(`Stage names are at most ${names} characters.`);
  }
  if (draft.departments.length === 0) problems.push('A new map needs at least one department.');
  if (draft.departments.some((d) => d.name.trim() === '')) {
    problems.push('Every department needs a name.');
  }
  if (draft.departments.some((d) => d.name.trim().length > names)) {
    problems.push(`Department names are at most ${names} characters.`);
  }
  if (draft.departments.some((d) => !COLOR_PATTERN.test(d.color))) {
    problems.push('Department colours are #rrggbb.');
  }
  if (draft.stages.length > lists || draft.departments.length > lists) {
    problems.push(`A new map starts with at most ${lists} stages and ${lists} departments.`);
  }
  return problems;
}

/**
 * The form's problems. Without the draft interval (the browser keeps drafts on its own
 * schedule) the interval is not checked.
 */
export function formProblems(form: PreferencesForm, showDraftInterval: boolean): string[] {
  return preferenceProblems({
    authorName: form.authorName,
    draftIntervalSeconds: showDraftInterval
      ? Number(form.interval)
      : DEFAULT_USER_PREFERENCES.draftIntervalSeconds,
    stages: form.stages.map((r) => r.value),
    departments: form.departments.map((r) => r.value),
  });
}

/** The preferences to save: names trimmed; a hidden draft interval keeps its value. */
export function formToPreferences(
  form: PreferencesForm,
  previous: UserPreferences,
  showDraftInterval: boolean,
): UserPreferences {
  return {
    authorName: form.authorName.trim(),
    theme: form.theme,
    textSize: form.textSize,
    pdf: { pageSize: form.pageSize, orientation: form.orientation },
    draftIntervalSeconds: showDraftInterval ? Number(form.interval) : previous.draftIntervalSeconds,
    newMap: {
      stages: form.stages.map((r) => r.value.trim()),
      departments: form.departments.map((r) => ({
        name: r.value.name.trim(),
        color: r.value.color,
      })),
    },
  };
}

/** The lists' add buttons stop at the limit. */
export const canAdd = (form: PreferencesForm, list: ListName): boolean =>
  form[list].length < L.newMapListLength;

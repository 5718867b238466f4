/**
 * The Preferences dialog's form in Node: made from the preferences, edited by its reducer,
 * checked with the limits main checks, and turned back into preferences to save.
 */
import { describe, expect, it } from 'vitest';
import {
  canAdd,
  formProblems,
  formToPreferences,
  initialPreferencesForm,
  preferenceProblems,
  reducePreferencesForm,
  type PreferencesAction,
  type PreferencesForm,
} from '../../../../src/app/preferences/preferences-form.ts';
import {
  DEFAULT_USER_PREFERENCES,
  PDF_PAGE_SIZES,
  PREFERENCE_LIMITS,
  userPreferencesSchema,
} from '../../../../src/ipc/preferences.ts';
import { PAGE_SIZE_NAMES } from '../../../../src/core/paper.ts';

const apply = (form: PreferencesForm, ...actions: PreferencesAction[]) =>
  actions.reduce(reducePreferencesForm, form);

const start = () => initialPreferencesForm(DEFAULT_USER_PREFERENCES);

describe('the preferences form', () => {
  it('starts from the preferences and saves them unchanged', () => {
    const form = start();
    expect(form.interval).toBe('3');
    expect(form.stages.map((r) => r.value)).toEqual(DEFAULT_USER_PREFERENCES.newMap.stages);
    const keys = [...form.stages, ...form.departments].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(formProblems(form, true)).toEqual([]);
    expect(formToPreferences(form, DEFAULT_USER_PREFERENCES, true)).toEqual(
      DEFAULT_USER_PREFERENCES,
    );
  });

  it('renames, moves, removes and adds rows by key, and restores the defaults', () => {
    const form = start();
    const [first, second] = form.stages;
    const dept = form.departments[0]!;
    const next = apply(
      form,
      { type: 'stage', key: first!.key, name: '  Discover ' },
      { type: 'move', list: 'stages', key: second!.key, by: -1 },
      { type: 'department', key: dept.key, patch: { color: '#112233' } },
      { type: 'remove', list: 'departments', key: form.departments[1]!.key },
      { type: 'add', list: 'stages' },
      { type: 'add', list: 'departments' },
    );
    expect(next.stages.slice(0, 2).map((r) => r.value)).toEqual([second!.value, '  Discover ']);
    expect(next.stages.at(-1)!.value).toBe('New stage');
    expect(next.departments[0]!.value.color).toBe('#112233');
    expect(next.departments).toHaveLength(form.departments.length);
    expect(next.departments.at(-1)!.value.name).toBe('New department');
    const keys = [...next.stages, ...next.departments].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    const saved = formToPreferences(next, DEFAULT_USER_PREFERENCES, true);
    expect(saved.newMap.stages[1]).toBe('Discover');
    expect(userPreferencesSchema.safeParse(saved).success).toBe(true);
    // Moving past an end changes nothing.
    expect(apply(next, { type: 'move', list: 'stages', key: next.stages[0]!.key, by: -1 })).toEqual(
      next,
    );
    const restored = apply(next, { type: 'restoreNewMap' });
    expect(formToPreferences(restored, DEFAULT_USER_PREFERENCES, true).newMap).toEqual(
      DEFAULT_USER_PREFERENCES.newMap,
    );
  });

  it('carries the text size, M by default, into the preferences it saves', () => {
    expect(start().textSize).toBe('m');
    const form = apply(start(), { type: 'set', patch: { textSize: 'xl' } });
    const saved = formToPreferences(form, DEFAULT_USER_PREFERENCES, true);
    expect(saved.textSize).toBe('xl');
    expect(userPreferencesSchema.parse(saved)).toEqual(saved);
    expect(initialPreferencesForm(saved).textSize).toBe('xl');
    expect(userPreferencesSchema.safeParse({ ...saved, textSize: 'huge' }).success).toBe(false);
  });

  it('keeps a hidden draft interval as it was', () => {
    const previous = { ...DEFAULT_USER_PREFERENCES, draftIntervalSeconds: 42 };
    const form = apply(initialPreferencesForm(previous), {
      type: 'set',
      patch: { interval: 'soon' },
    });
    expect(formProblems(form, false)).toEqual([]);
    expect(formToPreferences(form, previous, false).draftIntervalSeconds).toBe(42);
    expect(formProblems(form, true)).toEqual(['Drafts are kept every 1 to 600 seconds.']);
  });

  it('stops adding rows at the limit', () => {
    let form = start();
    while (canAdd(form, 'stages')) form = apply(form, { type: 'add', list: 'stages' });
    expect(form.stages).toHaveLength(PREFERENCE_LIMITS.newMapListLength);
    expect(formProblems(form, true)).toEqual([]);
    form = apply(form, { type: 'add', list: 'stages' });
    expect(formProblems(form, true)).toEqual([
      'A new map starts with at most 50 stages and 50 departments.',
    ]);
  });
});

describe('preferenceProblems', () => {
  const ok = {
    authorName: '',
    draftIntervalSeconds: 15,
    stages: ['A'],
    departments: [{ name: 'D', color: '#000000' }],
  };

  it('says what stops a save, with the limits main checks', () => {
    const long = 'x'.repeat(PREFERENCE_LIMITS.nameLength + 1);
    expect(preferenceProblems(ok)).toEqual([]);
    expect(
      preferenceProblems({
        authorName: 'a'.repeat(PREFERENCE_LIMITS.authorNameLength + 1),
        draftIntervalSeconds: 0,
        stages: [' ', long],
        departments: [{ name: long, color: 'red' }],
      }),
    ).toEqual([
      'Your name is longer than 200 characters.',
      'Drafts are kept every 1 to 600 seconds.',
      'Every stage needs a name.',
      'Stage names are at most 100 characters.',
      'Department names are at most 100 characters.',
      'Department colours are #rrggbb.',
    ]);
    expect(preferenceProblems({ ...ok, stages: [], departments: [] })).toEqual([
      'A new map needs at least one stage.',
      'A new map needs at least one department.',
    ]);
  });

  it('agrees with the schema main checks', () => {
    const edge = {
      ...DEFAULT_USER_PREFERENCES,
      authorName: 'a'.repeat(PREFERENCE_LIMITS.authorNameLength),
      draftIntervalSeconds: PREFERENCE_LIMITS.draftIntervalMaxSeconds,
    };
    expect(userPreferencesSchema.safeParse(edge).success).toBe(true);
    expect(
      userPreferencesSchema.safeParse({ ...edge, authorName: `${edge.authorName}a` }).success,
    ).toBe(false);
    expect(
      userPreferencesSchema.safeParse({
        ...edge,
        draftIntervalSeconds: PREFERENCE_LIMITS.draftIntervalMinSeconds - 1,
      }).success,
    ).toBe(false);
  });

  it('offers every page size the exporter knows', () => {
    expect(PDF_PAGE_SIZES).toEqual(PAGE_SIZE_NAMES);
  });
});

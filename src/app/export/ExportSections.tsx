/**
 * The Export PDF dialog's option groups: Page, Layout, Include and Touchpoints (kinds,
 * evidence, departments). Each shows part of the form and sends its edits as FormActions
 * (export-dialog-state.ts); problems show under the row of their field.
 */
import type { Dispatch } from 'react';
import type { JourneyMap } from '../../core/model.ts';
import { KIND_LIST } from '../../core/vocabulary.ts';
import { EVIDENCE_FILTER_CHOICES } from '../canvas/filters.ts';
import { PREFERENCE_LIMITS } from '../../ipc/preferences.ts';
import { PAGE_SIZE_NAMES } from '../../core/paper.ts';
import { TEXT_SIZES, TEXT_SIZE_TERMS } from '../../core/text-size.ts';
import { CheckboxField, ChoiceGroup } from '../ui/choices.tsx';
import { FieldProblems, SelectField, TextField, type SelectOption } from '../ui/fields.tsx';
import { cardWidthMm, departmentCounts, type FormAction } from './export-dialog-state.ts';
import type { ExportForm, FormField, FormProblems, KindChoice } from './export-form.ts';

export interface SectionProps {
  form: ExportForm;
  dispatch: Dispatch<FormAction>;
  problems: FormProblems;
  /** The id of a field's problems, for its control's aria-describedby. */
  problemsId: (field: FormField) => string;
  /** An export runs: the options cannot change under it. */
  disabled: boolean;
}

const PAGE_SIZE_OPTIONS = PAGE_SIZE_NAMES.map((size) => ({ value: size, label: size }));
const ORIENTATION_OPTIONS = [
  { value: 'portrait', label: 'Portrait' },
  { value: 'landscape', label: 'Landscape' },
] as const;
const LAYOUT_OPTIONS = [
  { value: 'fit', label: 'Fit the map on one page' },
  { value: 'tile', label: 'Tile it across pages (poster)' },
] as const;
const TEXT_SIZE_OPTIONS = TEXT_SIZES.map((value) => ({
  value,
  label: TEXT_SIZE_TERMS[value].letter,
}));
const KIND_CHOICES: readonly SelectOption<KindChoice>[] = [
  { value: 'both', label: 'Both' },
  ...KIND_LIST.map((term) => ({
    value: term.id,
    label: `Only customer ${term.word.toLowerCase()}`,
  })),
];
const FILTER_OPTIONS = [
  { value: 'dim', label: 'Dimmed' },
  { value: 'omit', label: 'Left out' },
] as const;

const set = (patch: Partial<ExportForm>): FormAction => ({ type: 'set', patch });

export function PageSection({ form, dispatch, problems, problemsId, disabled }: SectionProps) {
  return (
    <fieldset className="tm-export-group" disabled={disabled}>
      <legend>Page</legend>
      <div className="tm-export-row">
        <SelectField
          label="Size"
          value={form.pageSize}
          options={PAGE_SIZE_OPTIONS}
          onChange={(pageSize) => dispatch(set({ pageSize }))}
        />
        <div className="tm-export-field">
          <span aria-hidden="true">Orientation</span>
          <ChoiceGroup
            label="Orientation"
            options={ORIENTATION_OPTIONS}
            value={form.orientation}
            onChange={(orientation) => dispatch(set({ orientation }))}
          />
        </div>
        <TextField
          label="Margins (mm)"
          className="tm-export-field--narrow"
          inputMode="decimal"
          value={form.margin}
          problems={problems.margin}
          problemsId={problemsId('margin')}
          onChange={(margin) => dispatch(set({ margin }))}
        />
      </div>
      <FieldProblems id={problemsId('margin')} problems={problems.margin} />
    </fieldset>
  );
}

export function LayoutSection({ form, dispatch, problems, problemsId, disabled }: SectionProps) {
  const cardWidth = cardWidthMm(form.scale);
  return (
    <fieldset className="tm-export-group" disabled={disabled}>
      <legend>Layout</legend>
      <ChoiceGroup
        label="Layout"
        options={LAYOUT_OPTIONS}
        value={form.layout}
        onChange={(layout) => dispatch(set({ layout }))}
      />
      <div className="tm-export-field">
        <span aria-hidden="true">Card text</span>
        <ChoiceGroup
          label="Card text"
          options={TEXT_SIZE_OPTIONS}
          value={form.textSize}
          onChange={(textSize) => dispatch(set({ textSize }))}
        />
      </div>
      {form.layout === 'tile' ? (
        <TextField
          label="Scale (%)"
          className="tm-export-field--narrow"
          inputMode="decimal"
          value={form.scale}
          hint={cardWidth ? `a card is ${cardWidth} wide` : undefined}
          problems={problems.scale}
          problemsId={problemsId('scale')}
          onChange={(scale) => dispatch(set({ scale }))}
        />
      ) : null}
      <FieldProblems id={problemsId('scale')} problems={problems.scale} />
    </fieldset>
  );
}

export function IncludeSection({ form, dispatch, problems, problemsId, disabled }: SectionProps) {
  return (
    <fieldset className="tm-export-group" disabled={disabled}>
      <legend>Include</legend>
      <div className="tm-export-inline">
        <CheckboxField
          checked={form.titleBlock}
          onChange={(titleBlock) => dispatch(set({ titleBlock }))}
        >
          Title block
        </CheckboxField>
        <CheckboxField checked={form.legend} onChange={(legend) => dispatch(set({ legend }))}>
          Legend
        </CheckboxField>
        <CheckboxField
          checked={form.appendix}
          onChange={(appendix) => dispatch(set({ appendix }))}
          hint="(frictions, insights, inventory)"
        >
          Appendix
        </CheckboxField>
        <CheckboxField
          checked={form.emptyLanes}
          onChange={(emptyLanes) => dispatch(set({ emptyLanes }))}
          hint="(departments with no touchpoint)"
        >
          Include empty lanes
        </CheckboxField>
        <CheckboxField
          checked={form.comments}
          onChange={(comments) => dispatch(set({ comments }))}
          hint="(an appendix page)"
        >
          Comments
        </CheckboxField>
      </div>
      <TextField
        label="Author"
        value={form.author}
        maxLength={PREFERENCE_LIMITS.authorNameLength}
        placeholder="Shown in the title block"
        problems={problems.author}
        problemsId={problemsId('author')}
        onChange={(author) => dispatch(set({ author }))}
      />
      <FieldProblems id={problemsId('author')} problems={problems.author} />
    </fieldset>
  );
}

export function TouchpointsSection({
  map,
  form,
  dispatch,
  problems,
  problemsId,
  disabled,
  labelId,
}: SectionProps & { map: JourneyMap; labelId: string }) {
  const counts = departmentCounts(map, form);
  return (
    <fieldset className="tm-export-group" disabled={disabled}>
      <legend>Touchpoints</legend>
      <ChoiceGroup
        label="Kinds"
        options={KIND_CHOICES}
        value={form.kinds}
        onChange={(kinds) => dispatch(set({ kinds }))}
      />
      <SelectField
        label="Evidence"
        value={form.evidence}
        options={EVIDENCE_FILTER_CHOICES}
        onChange={(evidence) => dispatch(set({ evidence }))}
      />
      <div className="tm-export-departments-head">
        <span id={labelId}>Departments</span>
        <button
          type="button"
          className="tm-button tm-button--quiet tm-export-small"
          onClick={() => dispatch({ type: 'allDepartments' })}
        >
          All
        </button>
        <button
          type="button"
          className="tm-button tm-button--quiet tm-export-small"
          onClick={() => dispatch({ type: 'noDepartments' })}
        >
          None
        </button>
      </div>
      <div
        role="group"
        aria-labelledby={labelId}
        aria-describedby={problems.departments ? problemsId('departments') : undefined}
      >
        <ul className="tm-export-departments">
          {map.departments.map((department) => (
            <li key={department.id}>
              <label className="tm-export-choice">
                <input
                  type="checkbox"
                  checked={form.departments.includes(department.id)}
                  onChange={(event) =>
                    dispatch({ type: 'department', id: department.id, on: event.target.checked })
                  }
                />
                <span
                  className="tm-export-swatch"
                  style={{ background: department.color }}
                  aria-hidden="true"
                />
                <span>{department.name}</span>
                <span className="tm-export-hint">{counts.get(department.id) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
      <FieldProblems id={problemsId('departments')} problems={problems.departments} />
      <ChoiceGroup
        label="Filtered-out cards"
        options={FILTER_OPTIONS}
        value={form.filterMode}
        onChange={(filterMode) => dispatch(set({ filterMode }))}
      >
        <span className="tm-export-label">The others:</span>
      </ChoiceGroup>
    </fieldset>
  );
}

/**
 * The Preferences' short sections: you (the author's name), appearance (the theme), PDF
 * export (page, orientation, fallback font) and drafts (how often, on the desktop).
 */
import type { Dispatch } from 'react';
import { PDF_PAGE_SIZES, PREFERENCE_LIMITS as L, THEMES } from '../../ipc/preferences.ts';
import { TEXT_SIZES, TEXT_SIZE_TERMS } from '../../core/text-size.ts';
import { ChoiceGroup } from '../ui/choices.tsx';
import { NumberField, SelectField, TextField } from '../ui/fields.tsx';
import type { FallbackFontStore } from './fallback-font.ts';
import { FallbackFontRow } from './FallbackFontRow.tsx';
import type { PreferencesAction, PreferencesForm } from './preferences-form.ts';

export interface PreferencesSectionProps {
  form: PreferencesForm;
  dispatch: Dispatch<PreferencesAction>;
  /** The section's heading id. */
  headingId: string;
}

const THEME_OPTIONS = THEMES.map((value) => ({
  value,
  label: { system: 'Same as the system', light: 'Light', dark: 'Dark' }[value],
}));
const TEXT_SIZE_OPTIONS = TEXT_SIZES.map((value) => ({
  value,
  label: TEXT_SIZE_TERMS[value].letter,
}));
const PAGE_SIZE_OPTIONS = PDF_PAGE_SIZES.map((size) => ({ value: size, label: size }));
const ORIENTATION_OPTIONS = [
  { value: 'landscape', label: 'Landscape' },
  { value: 'portrait', label: 'Portrait' },
] as const;

export function YouSection({ form, dispatch, headingId }: PreferencesSectionProps) {
  return (
    <section className="pref-section" aria-labelledby={headingId}>
      <h3 id={headingId}>You</h3>
      <TextField
        label="Your name"
        hint="Shown as the author in the title block of exported PDFs and on your comments."
        value={form.authorName}
        maxLength={L.authorNameLength}
        placeholder="e.g. Alex Morgan"
        onChange={(authorName) => dispatch({ type: 'set', patch: { authorName } })}
      />
    </section>
  );
}

export function AppearanceSection({ form, dispatch, headingId }: PreferencesSectionProps) {
  return (
    <section className="pref-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Appearance</h3>
      <fieldset className="pref-fieldset">
        <legend className="pref-label">Theme</legend>
        <ChoiceGroup
          label="Theme"
          options={THEME_OPTIONS}
          value={form.theme}
          onChange={(theme) => dispatch({ type: 'set', patch: { theme } })}
        />
      </fieldset>
      <fieldset className="pref-fieldset">
        <legend className="pref-label">Text size</legend>
        <ChoiceGroup
          label="Text size"
          options={TEXT_SIZE_OPTIONS}
          value={form.textSize}
          onChange={(textSize) => dispatch({ type: 'set', patch: { textSize } })}
        />
        <p className="pref-hint">
          Card text on the map and in exported PDFs. Cards keep their size: larger text shows fewer
          words, for a projector or a wall.
        </p>
      </fieldset>
    </section>
  );
}

export function PdfSection({
  form,
  dispatch,
  headingId,
  fallbackFont,
}: PreferencesSectionProps & { fallbackFont?: FallbackFontStore }) {
  return (
    <section className="pref-section" aria-labelledby={headingId}>
      <h3 id={headingId}>PDF export</h3>
      <SelectField
        label="Page size"
        value={form.pageSize}
        options={PAGE_SIZE_OPTIONS}
        onChange={(pageSize) => dispatch({ type: 'set', patch: { pageSize } })}
      />
      <fieldset className="pref-fieldset">
        <legend className="pref-label">Orientation</legend>
        <ChoiceGroup
          label="Orientation"
          options={ORIENTATION_OPTIONS}
          value={form.orientation}
          onChange={(orientation) => dispatch({ type: 'set', patch: { orientation } })}
        />
      </fieldset>
      {fallbackFont ? <FallbackFontRow fonts={fallbackFont} /> : null}
    </section>
  );
}

export function DraftsSection({
  form,
  dispatch,
  headingId,
  showDraftInterval,
}: PreferencesSectionProps & { showDraftInterval: boolean }) {
  const min = L.draftIntervalMinSeconds;
  const max = L.draftIntervalMaxSeconds;
  return (
    <section className="pref-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Drafts</h3>
      {showDraftInterval ? (
        <NumberField
          label="Keep a draft of unsaved changes every (seconds)"
          hint={`From ${min} to ${max}. Drafts bring your work back after a crash or a power cut.`}
          className="pref-number"
          min={min}
          max={max}
          value={form.interval}
          onChange={(interval) => dispatch({ type: 'set', patch: { interval } })}
        />
      ) : (
        <p className="pref-hint">
          In the browser, a draft of unsaved changes is kept a few seconds after each change, in
          this browser’s storage.
        </p>
      )}
    </section>
  );
}

/**
 * The preferences panel: the user's name, the colour theme, the default PDF page, how often
 * drafts are kept (desktop), and the stages and departments a blank map starts with. Edits
 * are made on a copy (the pure form of preferences-form.ts) and applied with Save; Cancel (or
 * Escape) leaves everything as it was.
 */
import { useId, useReducer, useState } from 'react';
import type { UserPreferences } from '../../ipc/preferences.ts';
import { FieldLook } from '../ui/fields.tsx';
import { Modal } from '../ui/Modal.tsx';
import type { FallbackFontStore } from './fallback-font.ts';
import { NewMapSection } from './NewMapSection.tsx';
import {
  AppearanceSection,
  DraftsSection,
  PdfSection,
  YouSection,
} from './PreferencesSections.tsx';
import {
  formProblems,
  formToPreferences,
  initialPreferencesForm,
  reducePreferencesForm,
} from './preferences-form.ts';
import './preferences.css';

export interface PreferencesDialogProps {
  preferences: UserPreferences;
  /** The desktop app keeps drafts at the interval chosen here; the browser every few seconds. */
  showDraftInterval: boolean;
  onSave: (preferences: UserPreferences) => Promise<void>;
  onCancel: () => void;
  /** The PDF fallback font; its row is shown only when given. Choose and Remove apply at once. */
  fallbackFont?: FallbackFontStore;
}

export function PreferencesDialog({
  preferences,
  showDraftInterval,
  fallbackFont,
  onSave,
  onCancel,
}: PreferencesDialogProps) {
  const [form, dispatch] = useReducer(reducePreferencesForm, preferences, initialPreferencesForm);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const problems = formProblems(form, showDraftInterval);

  const save = async () => {
    if (problems.length > 0 || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(formToPreferences(form, preferences, showDraftInterval));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setSaving(false);
    }
  };

  const sections = { form, dispatch };
  return (
    <Modal
      title="Preferences"
      className="pref-dialog"
      onCancel={onCancel}
      busy={saving}
      footer={
        <>
          <button type="button" className="tm-button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="tm-button tm-button--primary"
            data-autofocus=""
            disabled={problems.length > 0 || saving}
            onClick={() => void save()}
          >
            Save
          </button>
        </>
      }
    >
      <FieldLook.Provider value="preferences">
        <form
          className="pref-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <YouSection {...sections} headingId={`${id}-you`} />
          <AppearanceSection {...sections} headingId={`${id}-look`} />
          <PdfSection {...sections} headingId={`${id}-pdf`} fallbackFont={fallbackFont} />
          <DraftsSection
            {...sections}
            headingId={`${id}-drafts`}
            showDraftInterval={showDraftInterval}
          />
          <NewMapSection {...sections} headingId={`${id}-new`} />
          {/* Enter in a text field saves, as in any form. */}
          <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
        </form>
      </FieldLook.Provider>
      {problems.length > 0 || error ? (
        <ul className="pref-problems" role="alert">
          {error ? <li>{error}</li> : null}
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </Modal>
  );
}

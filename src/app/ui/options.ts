/**
 * Option lists for the kit's selects, from the vocabulary: every panel names severities with
 * the same words.
 */
import { SEVERITY_LIST } from '../../core/vocabulary.ts';
import type { Severity } from '../../core/model.ts';
import type { SelectOption } from './fields.tsx';

export const SEVERITY_OPTIONS: readonly SelectOption<Severity>[] = SEVERITY_LIST.map((term) => ({
  value: term.id,
  label: term.word,
}));

/**
 * Option lists for the kit's selects and choice groups, from the vocabulary: every panel and
 * dialog names kinds and severities with the same words.
 */
import { KIND_LIST, SEVERITY_LIST } from '../../core/vocabulary.ts';
import type { Severity, TouchpointKind } from '../../core/model.ts';
import type { SelectOption } from './fields.tsx';

export const SEVERITY_OPTIONS: readonly SelectOption<Severity>[] = SEVERITY_LIST.map((term) => ({
  value: term.id,
  label: term.word,
}));

export const KIND_OPTIONS: readonly SelectOption<TouchpointKind>[] = KIND_LIST.map((term) => ({
  value: term.id,
  label: term.word,
}));

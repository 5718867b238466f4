/**
 * The evidence commands and their keys: Alt with the vocabulary's letter (o, r, a) marks the
 * selected cards, Alt+0 clears the mark (as 0 clears the emotion). Bound by the key's place
 * (`code`), since Alt changes the letter on a Mac ("ø" for Alt+O).
 */
import type { EvidenceLevel } from '../../core/model.ts';
import { EVIDENCE_LIST } from '../../core/vocabulary.ts';
import type { CommandName } from './command-names.ts';

const EVIDENCE_COMMANDS: Readonly<Record<EvidenceLevel, CommandName>> = {
  observed: 'markObserved',
  reported: 'markReported',
  assumed: 'markAssumed',
};

export interface EvidenceKey {
  command: CommandName;
  /** `event.code` of the key, pressed with Alt. */
  code: string;
  /** The key as people read it. */
  label: string;
  /** What the command gives the selected cards; undefined clears it. */
  evidence: EvidenceLevel | undefined;
}

export const EVIDENCE_KEYS: readonly EvidenceKey[] = [
  ...EVIDENCE_LIST.map((term) => ({
    command: EVIDENCE_COMMANDS[term.id],
    code: `Key${term.key.toUpperCase()}`,
    label: term.key.toUpperCase(),
    evidence: term.id,
  })),
  { command: 'clearEvidence', code: 'Digit0', label: '0', evidence: undefined },
];

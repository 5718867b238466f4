/**
 * The vocabulary's colours as CSS custom properties, built from `core/presentation.ts` so
 * no stylesheet repeats a colour by hand. Each swatch becomes one `light-dark()` variable:
 * the page's color-scheme (the system's, or the one Preferences force) picks the half.
 *
 * Components never name a colour: they point per-element variables (`--kind-stroke`, …)
 * at these (see looks.ts), and one generic rule per component uses them, so a new kind,
 * emotion level or severity needs table entries and no new CSS rule.
 */
import type { Severity, TouchpointKind } from '../../core/model.ts';
import {
  EMOTION_LOOKS,
  KIND_LOOKS,
  LOWEST_MOMENT,
  ROW_LOOKS,
  SEVERITY_LOOKS,
  type Swatch,
} from '../../core/presentation.ts';
import {
  EMOTION_LIST,
  KIND_LIST,
  ROW_LIST,
  SEVERITY_LIST,
  type EmotionTerm,
  type RowType,
} from '../../core/vocabulary.ts';

export type KindPart = 'stroke' | 'fill' | 'chip-text';
export type EmotionPart = 'color' | 'face';
export type SeverityPart = 'color' | 'badge' | 'badge-text';

/* ---- the variables' names, the one place they are spelled ---- */

export const kindVar = (kind: TouchpointKind, part: KindPart): string =>
  `--tm-kind-${kind}-${part}`;

/** `--tm-emotion-n2` (the level's colour), `--tm-emotion-n2-face` (its face's fill). */
export const emotionVar = (term: Pick<EmotionTerm, 'token'>, part: EmotionPart): string =>
  part === 'color' ? `--tm-emotion-${term.token}` : `--tm-emotion-${term.token}-face`;

/** `--tm-severity-high` (the accent), `--tm-severity-high-badge`, `--tm-severity-high-badge-text`. */
export const severityVar = (severity: Severity, part: SeverityPart): string =>
  part === 'color' ? `--tm-severity-${severity}` : `--tm-severity-${severity}-${part}`;

const rowVar = (row: RowType): string => `--tm-row-${row}-fill`;

const LOWEST_VAR = '--tm-lowest';

/** `var(--name)`. */
export const cssVar = (name: string): string => `var(${name})`;

/* ---- the stylesheet ---- */

const screen = (swatch: Swatch): string => `light-dark(${swatch.light}, ${swatch.dark})`;

/** Every variable with its value, in table order. */
export function vocabularyTokens(): [name: string, value: string][] {
  const tokens: [string, string][] = [];
  for (const { id } of KIND_LIST) {
    const look = KIND_LOOKS[id];
    tokens.push([kindVar(id, 'stroke'), screen(look.stroke)]);
    tokens.push([kindVar(id, 'fill'), screen(look.fill)]);
    tokens.push([kindVar(id, 'chip-text'), screen(look.chipText)]);
  }
  for (const term of EMOTION_LIST) {
    const look = EMOTION_LOOKS[`${term.value}`];
    tokens.push([emotionVar(term, 'color'), screen(look.color)]);
    tokens.push([emotionVar(term, 'face'), screen(look.face)]);
  }
  for (const { id } of SEVERITY_LIST) {
    const look = SEVERITY_LOOKS[id];
    tokens.push([severityVar(id, 'color'), screen(look.color)]);
    tokens.push([severityVar(id, 'badge'), screen(look.badge)]);
    tokens.push([severityVar(id, 'badge-text'), screen(look.badgeText)]);
  }
  for (const { id } of ROW_LIST) tokens.push([rowVar(id), screen(ROW_LOOKS[id].fill)]);
  tokens.push([LOWEST_VAR, screen(LOWEST_MOMENT)]);
  return tokens;
}

/** A `:root{…}` stylesheet declaring every vocabulary variable. */
export function vocabularyStylesheet(): string {
  const lines = vocabularyTokens().map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

const STYLE_ID = 'tm-vocabulary-tokens';

/** Adds the stylesheet to the document's head once (start-up, and the jsdom test setup). */
export function installVocabularyTokens(doc: Document): void {
  if (doc.getElementById(STYLE_ID) !== null) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = vocabularyStylesheet();
  doc.head.append(style);
}

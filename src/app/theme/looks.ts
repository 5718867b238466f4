/**
 * The per-element custom properties a component sets from the vocabulary, so one generic
 * CSS rule draws every kind, emotion level and severity: a card's style says
 * `--kind-stroke: var(--tm-kind-service-stroke)`, and `.tm-card` uses `var(--kind-stroke)`.
 * Built once per entry at module load: the same object every render.
 */
import type { CSSProperties } from 'react';
import type { Emotion, Severity, TouchpointKind } from '../../core/model.ts';
import { KIND_LOOKS } from '../../core/presentation.ts';
import { EMOTION_LIST, KIND_LIST, SEVERITY_LIST, type EmotionKey } from '../../core/vocabulary.ts';
import { emotionVar, kindVar, severityVar, cssVar } from './vocabulary-tokens.ts';

/** Custom properties are not in React's CSSProperties. */
export type LookStyle = CSSProperties & Record<`--${string}`, string>;

/**
 * The thinnest card border on screen, in CSS px. Browsers snap border widths down to whole
 * device pixels, so the table's 1.8 would draw as 1px on a plain display: too faint for a
 * dashed border on a projector. The PDF draws the table's width as it is.
 */
const SCREEN_MIN_BORDER = 2;

function kindStyle(kind: TouchpointKind): LookStyle {
  const look = KIND_LOOKS[kind];
  const stroke = cssVar(kindVar(kind, 'stroke'));
  const fill = cssVar(kindVar(kind, 'fill'));
  return {
    '--kind-stroke': stroke,
    '--kind-fill': fill,
    '--kind-chip-bg': look.chip === 'filled' ? stroke : fill,
    '--kind-chip-text': cssVar(kindVar(kind, 'chip-text')),
    '--kind-border-style': look.border.style,
    '--kind-border-width': `${Math.max(SCREEN_MIN_BORDER, look.border.width)}px`,
    '--kind-radius': `${look.radius}px`,
    // A bar or a swatch: solid for a solid border, hatched for a dashed one (reads in grey).
    '--kind-pattern':
      look.border.style === 'solid'
        ? stroke
        : `repeating-linear-gradient(-45deg, ${stroke} 0 3px, ${fill} 3px 5px)`,
  };
}

export const KIND_STYLES: Readonly<Record<TouchpointKind, LookStyle>> = Object.fromEntries(
  KIND_LIST.map(({ id }) => [id, kindStyle(id)]),
) as Record<TouchpointKind, LookStyle>;

function severityStyle(severity: Severity, rank: number): LookStyle {
  return {
    '--severity-color': cssVar(severityVar(severity, 'color')),
    '--severity-badge': cssVar(severityVar(severity, 'badge')),
    '--severity-badge-text': cssVar(severityVar(severity, 'badge-text')),
    '--severity-rank': String(rank),
  };
}

export const SEVERITY_STYLES: Readonly<Record<Severity, LookStyle>> = Object.fromEntries(
  SEVERITY_LIST.map(({ id, rank }) => [id, severityStyle(id, rank)]),
) as Record<Severity, LookStyle>;

const EMOTION_STYLES = Object.fromEntries(
  EMOTION_LIST.map((term): [EmotionKey, LookStyle] => [
    `${term.value}`,
    {
      '--emotion-color': cssVar(emotionVar(term, 'color')),
      '--emotion-face': cssVar(emotionVar(term, 'face')),
    },
  ]),
) as Record<EmotionKey, LookStyle>;

export function emotionStyle(emotion: Emotion): LookStyle {
  return EMOTION_STYLES[`${emotion}`];
}

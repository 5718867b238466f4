/**
 * How the vocabulary looks, once: for every kind, emotion level, severity and row type of
 * `vocabulary.ts`, its colours (a light and a dark screen theme, and print), its shape and
 * its icon. The canvas and the panels read these as CSS custom properties (built from this
 * table, never written by hand), the PDF reads the print colours.
 *
 * Nothing rests on colour alone: a kind is also a shape, a border and an icon; a severity is
 * also a number of bars; an emotion is also a face whose mouth reads in black and white.
 */
import type { Severity, TouchpointKind } from './model.ts';
import type { EmotionKey, RowType } from './vocabulary.ts';

/** "#rrggbb". */
export type Hex = `#${string}`;

/** One colour in each place it is shown. */
export interface Swatch {
  readonly light: Hex;
  readonly dark: Hex;
  /** On white paper; often the light colour. */
  readonly print: Hex;
}

/** The icons a kind can carry; each renderer draws every one (an exhaustive record). */
export type KindIcon = 'headset' | 'sparkle';

export interface KindLook {
  /** Border, chip and icon. */
  readonly stroke: Swatch;
  /** The card's background. */
  readonly fill: Swatch;
  /** Text on the kind chip. */
  readonly chipText: Swatch;
  /** A filled chip (stroke colour behind chipText) or an outlined one (fill behind stroke). */
  readonly chip: 'filled' | 'outlined';
  readonly border: {
    readonly style: 'solid' | 'dashed';
    /** In canvas units (1 unit = 1 CSS px at zoom 1 = 1 PDF unit before page scaling). */
    readonly width: number;
    /** Dash and gap lengths in canvas units; empty when solid. */
    readonly dash: readonly number[];
  };
  /** Corner radius in canvas units: rounded service, square experience. */
  readonly radius: number;
  readonly icon: KindIcon;
}

const same = (hex: Hex, dark: Hex): Swatch => ({ light: hex, dark, print: hex });

export const KIND_LOOKS: Readonly<Record<TouchpointKind, KindLook>> = {
  service: {
    stroke: same('#3649b8', '#9fb0ff'),
    fill: same('#eef1ff', '#262c48'),
    chipText: same('#ffffff', '#10151b'),
    chip: 'filled',
    border: { style: 'solid', width: 2.5, dash: [] },
    radius: 16,
    icon: 'headset',
  },
  experience: {
    stroke: same('#7a5a1e', '#e3c07e'),
    fill: same('#ffffff', '#25282c'),
    chipText: same('#7a5a1e', '#e3c07e'),
    chip: 'outlined',
    border: { style: 'dashed', width: 1.8, dash: [6, 3.5] },
    radius: 2,
    icon: 'sparkle',
  },
};

export interface EmotionLook {
  /** The curve's point and the face's outline. */
  readonly color: Swatch;
  /** The face's fill: light, so the mouth reads in black and white too. */
  readonly face: Swatch;
  /** The mouth's curvature, -1 (deep frown) .. 1 (wide smile): the face without colour. */
  readonly mouth: number;
}

export const EMOTION_LOOKS: Readonly<Record<EmotionKey, EmotionLook>> = {
  '-2': { color: same('#c92a2a', '#ff6b6b'), face: same('#ffb8b0', '#ffb8b0'), mouth: -1 },
  '-1': { color: same('#e8590c', '#ff922b'), face: same('#ffd8b0', '#ffd8b0'), mouth: -0.5 },
  '0': { color: same('#868e96', '#adb5bd'), face: same('#e6e8eb', '#e6e8eb'), mouth: 0 },
  '1': { color: same('#40a356', '#69db7c'), face: same('#c6edcb', '#c6edcb'), mouth: 0.5 },
  '2': { color: same('#2b8a3e', '#51cf66'), face: same('#9fdcab', '#9fdcab'), mouth: 1 },
};

export interface SeverityLook {
  /** The accent: a friction's edge in lists, the warning sign. */
  readonly color: Swatch;
  /** A badge's background. */
  readonly badge: Swatch;
  /** A badge's text and border. */
  readonly badgeText: Swatch;
}

export const SEVERITY_LOOKS: Readonly<Record<Severity, SeverityLook>> = {
  low: {
    color: same('#c99a1c', '#e2bd4e'),
    badge: same('#fdf7d7', '#3a3420'),
    badgeText: same('#665500', '#f0d77a'),
  },
  medium: {
    color: same('#d5661b', '#f0944e'),
    badge: same('#fff0db', '#40301d'),
    badgeText: same('#8f4700', '#f7b36b'),
  },
  high: {
    color: same('#b3261e', '#f07366'),
    badge: same('#ffe3e3', '#4a2422'),
    badgeText: same('#a4161a', '#ff9b91'),
  },
};

export interface RowLook {
  /** The row's background; a department row is tinted with the department's own colour. */
  readonly fill: Swatch;
}

export const ROW_LOOKS: Readonly<Record<RowType, RowLook>> = {
  emotion: { fill: same('#fbfaf7', '#23262a') },
  customer: { fill: same('#f3f7fd', '#1f2630') },
  department: { fill: same('#ffffff', '#1e2125') },
  evidence: { fill: same('#f7f5fb', '#26232d') },
  thoughts: { fill: same('#fdf9f1', '#2a2721') },
  notes: { fill: same('#f8f8f8', '#222427') },
  pains: { fill: same('#fdf5f4', '#2c2223') },
  ideas: { fill: same('#f3faf5', '#202a24') },
};

/** The lowest moments of the emotion curve: their ring and label. */
export const LOWEST_MOMENT: Swatch = same('#d6322f', '#ff6b6b');

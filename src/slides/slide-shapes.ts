/**
 * The slides of a PowerPoint export as plain data: per slide, a list of shape records
 * (rectangles, rounded rectangles, ellipses, lines, one curve, text boxes) with positions in
 * inches on a 16:9 slide. The geometry is decided here, in pure code that tests can measure
 * (inside the slide, no overlaps, no text under MIN_TEXT_PT); pptx.ts only hands the records
 * to pptxgenjs, so every card, kind, emotion and friction stays a native, editable shape.
 *
 * Text is never shrunk below MIN_TEXT_PT to fit: where room is short a slide shows fewer
 * words (the whole map shows titles only, or only the cards' shapes), as the canvas does.
 */
import type { Hex } from '../core/presentation.ts';

/** A .pptx file's media type. */
export const PPTX_MIME =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** PowerPoint's 16:9 "widescreen" slide, in inches. */
export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
/** The smallest text on any slide, in points: legible from the back of a meeting room. */
export const MIN_TEXT_PT = 10;
/** The font every text box names; LibreOffice substitutes the metric-compatible Liberation Sans. */
export const SLIDE_FONT = 'Arial';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Stroke {
  color: Hex;
  /** Points. */
  width: number;
  dashed?: boolean;
}

/** What a shape stands for, so tests (and a reader of the records) can find it. */
export type ShapeRole =
  | { of: 'card'; touchpointId: string }
  | { of: 'emotion'; touchpointId: string }
  | { of: 'friction'; touchpointId: string }
  | { of: 'kind'; touchpointId: string };

export interface FrameShape {
  type: 'rect' | 'roundRect' | 'ellipse';
  box: Box;
  fill: Hex | null;
  line: Stroke | null;
  /** roundRect only: the corner radius in inches. */
  radius?: number;
  role?: ShapeRole;
}

export interface LineShape {
  type: 'line';
  from: Point;
  to: Point;
  line: Stroke;
}

/** The emotion curve: one path of cubic Béziers from `start` (core/emotion-curve.ts). */
export interface CurveShape {
  type: 'curve';
  start: Point;
  segments: { c1: Point; c2: Point; to: Point }[];
  line: Stroke;
}

export interface TextShape {
  type: 'text';
  box: Box;
  text: string;
  /** Points. */
  size: number;
  color: Hex;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  role?: ShapeRole;
}

export type SlideShape = FrameShape | LineShape | CurveShape | TextShape;

export interface SlideSpec {
  /** What the slide shows, in words: its title in PowerPoint's outline. */
  name: string;
  shapes: SlideShape[];
}

export const TEXT_COLOR: Hex = '#1f2328';
export const MUTED_TEXT: Hex = '#57606a';
export const RULE_COLOR: Hex = '#d0d7de';

/** How the map slide draws what is provisional (an assumed card's or note's frame), and its legend's sample. */
export const PROVISIONAL_STROKE: Stroke = { color: MUTED_TEXT, width: 1, dashed: true };
/** How the map slide rules a blueprint's lines, and its legend's samples. */
export const BLUEPRINT_LINE_STROKE: Stroke = { color: MUTED_TEXT, width: 1.25, dashed: true };

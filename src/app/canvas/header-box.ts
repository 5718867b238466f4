/**
 * Where the pinned stage and department headers are on screen, and how big their letters
 * are (StickyHeaders.tsx draws them; Fit, the lowest points' labels and the marks' labels
 * keep clear of them). Below a readable size they stop shrinking with the zoom and grow away
 * from the grid instead; the text size preference scales their letters and, above M, their
 * room too, so that a name's words still fit whole. Pure.
 */
import { LAYOUT, type MapLayout } from '../../core/layout.ts';
import { textScale, type TextSize } from '../../core/text-size.ts';

/** Header letters on screen (px) at M: never smaller, whatever the zoom and the text size. */
export const MIN_HEADER_FONT_PX = 12;
const MAX_HEADER_FONT_PX = 16;
/** Header letters at 100 % and M, in canvas units. */
const HEADER_FONT = 15;
/** Headers never get smaller than this on screen at M (px). */
const MIN_STAGE_HEADER_PX = 30;
// Room for a 12-letter word ("Housekeeping") in 12 px bold beside the padding and band.
const MIN_LANE_HEADER_PX = 120;
/** Nor bigger (zoomed in on a projector, the cards need the room). */
const MAX_STAGE_HEADER_PX = 64;
const MAX_LANE_HEADER_PX = 200;

/** The bounds of the headers' size and letters on screen (px) at a text size. */
export interface HeaderLimits {
  minStage: number;
  maxStage: number;
  minLane: number;
  maxLane: number;
  minFont: number;
  maxFont: number;
  /** Letters per unit of zoom: the headers' font at 100 % before the bounds. */
  font: number;
}

export function headerLimits(size: TextSize): HeaderLimits {
  const scale = textScale(size);
  // Smaller text never goes under the readable minimum, so it keeps M's room.
  const grow = Math.max(1, scale);
  return {
    minStage: MIN_STAGE_HEADER_PX * grow,
    maxStage: MAX_STAGE_HEADER_PX * grow,
    minLane: MIN_LANE_HEADER_PX * grow,
    maxLane: MAX_LANE_HEADER_PX * grow,
    minFont: MIN_HEADER_FONT_PX * grow,
    maxFont: MAX_HEADER_FONT_PX * grow,
    font: HEADER_FONT * scale,
  };
}

/** The pinned headers on screen (px), React Flow's transform being x, y, zoom. */
export interface HeaderBox {
  /** The lane headers' left edge and width, the stage headers' top and height. */
  left: number;
  laneWidth: number;
  top: number;
  stageHeight: number;
  /** Where the grid's uncovered part begins: right of the lanes' names, below the stages'. */
  laneRight: number;
  stageBottom: number;
  stuckLeft: boolean;
  stuckTop: boolean;
  fontSize: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function headerBox(
  layout: MapLayout,
  view: { x: number; y: number; zoom: number },
  limits: HeaderLimits,
): HeaderBox {
  const { x, y, zoom } = view;
  const naturalTop = y + layout.stageHeader.y * zoom;
  const naturalLeft = x + layout.laneHeader.x * zoom;
  // At a readable zoom a header in place is exactly the layout's (the screen matches the
  // PDF); further out, or stuck, it takes the room it needs to stay readable, growing away
  // from the grid so it covers no cell in place.
  const naturalHeight = layout.stageHeader.height * zoom;
  const naturalWidth = layout.laneHeader.width * zoom;
  // A header made taller for its stages' expectations keeps that share of the room in place;
  // scrolled past, it shrinks with what is left of it down to the plain header's room (then
  // its expectations end in "…"), so a frozen header does not take a third of the screen.
  const maxStage =
    limits.maxStage * Math.max(1, layout.stageHeader.height / LAYOUT.STAGE_HEADER_HEIGHT);
  const shown = Math.max(naturalTop + naturalHeight, limits.maxStage);
  const stageHeight = clamp(Math.min(naturalHeight, shown), limits.minStage, maxStage);
  const laneWidth = clamp(naturalWidth, limits.minLane, limits.maxLane);
  const top = Math.max(0, naturalTop + naturalHeight - stageHeight);
  const left = Math.max(0, naturalLeft + naturalWidth - laneWidth);
  return {
    left,
    laneWidth,
    top,
    stageHeight,
    laneRight: Math.max(naturalLeft + naturalWidth, laneWidth),
    stageBottom: Math.max(naturalTop + naturalHeight, stageHeight),
    stuckLeft: naturalLeft < 0,
    stuckTop: naturalTop < 0,
    fontSize: clamp(limits.font * zoom, limits.minFont, limits.maxFont),
  };
}

/**
 * What of a name fits `room` (px) in whole words: the name when it fits, else its longest
 * start of whole words followed by an ellipsis, else '' (not even its first word fits:
 * then the header shows the stage's number instead, and the name in its tooltip).
 */
export function wholeWords(name: string, room: number, measure: (text: string) => number): string {
  if (measure(name) <= room) return name;
  const words = name.split(/\s+/).filter(Boolean);
  for (let count = words.length - 1; count > 0; count--) {
    const start = `${words.slice(0, count).join(' ')}…`;
    if (measure(start) <= room) return start;
  }
  return '';
}

/**
 * A stage's name as the lines its header shows, at most `maxLines`: whole words (broken at
 * spaces only: "Pre-" alone would not name a stage), an ellipsis where words are left out;
 * none when not even its first word fits (the header shows the stage's number instead).
 */
export function stageNameLines(
  name: string,
  room: number,
  maxLines: number,
  measure: (text: string) => number,
): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || measure(words[0]!) > room) return [];
  const lines: string[] = [];
  let next = 0;
  while (next < words.length && lines.length < maxLines - 1) {
    let line = words[next++]!;
    while (next < words.length && measure(`${line} ${words[next]!}`) <= room) {
      line = `${line} ${words[next++]!}`;
    }
    lines.push(line);
  }
  if (next < words.length) {
    // The last line: what of the rest fits, else an ellipsis on the line before.
    const rest = words.slice(next).join(' ');
    const last = wholeWords(rest, room, measure);
    if (last !== '') lines.push(last);
    else lines.push(wholeWords(`${lines.pop() ?? ''} ${rest}`, room, measure));
  }
  return lines.filter((line) => line !== '');
}

/**
 * How far (px) a lane's or row's name moves down inside its header so that it shows below
 * the stage names while part of its band is on screen: zoomed in and scrolled down, the top
 * of a band passes under the stuck stage headers and took its name with it, half a line cut
 * (like a sticky heading). Never so far that less than `nameRoom` of the band is left for it.
 */
export function bandNameOffset(
  bandTop: number,
  bandHeight: number,
  stageBottom: number,
  nameRoom: number,
): number {
  return Math.max(0, Math.min(stageBottom - bandTop, bandHeight - nameRoom));
}

/** A lane's or row's name: its line height and its header's padding, in its font size
 * (headers.css, rows.css). */
const NAME_LINE_HEIGHT = 1.2;
const NAME_PADDING_EM = 1.1;

/**
 * Where a lane's or row's name sits in its band on screen (px, from the band's top and
 * height): how far down it moves to stay below the stage names (bandNameOffset), and how
 * many lines of it the rest of the band holds.
 */
export function bandName(
  bandTop: number,
  bandHeight: number,
  stageBottom: number,
  fontSize: number,
): { offset: number; lines: number } {
  const offset = bandNameOffset(
    bandTop,
    bandHeight,
    stageBottom,
    fontSize * (NAME_LINE_HEIGHT + NAME_PADDING_EM),
  );
  const lines = Math.floor(((bandHeight - offset) / fontSize - NAME_PADDING_EM) / NAME_LINE_HEIGHT);
  return { offset, lines };
}

/**
 * Stage and department names that stay on screen while panning: each header sits where the
 * layout puts it (so at rest the screen matches the PDF) until that place scrolls out of
 * view, then it sticks to the top (stages) or the left edge (departments), like frozen
 * panes in a spreadsheet. Below a readable size they stop shrinking with the zoom: they then
 * grow away from the grid (Fit leaves them that room, see viewport.ts), their letters stay
 * at least 12 px, and a name with no room is cut at a word's end with an ellipsis, the
 * full name in its tooltip. The text size preference scales the letters, and above M the
 * headers' room with them (header-box.ts), so names keep their whole words.
 *
 * Plain HTML over the canvas, positioned from React Flow's transform; pointer events pass
 * through to the map underneath.
 */
import { memo, type CSSProperties } from 'react';
import type { MapLayout } from '../../core/layout.ts';
import type { Department, Persona, Stage } from '../../core/model.ts';
import { EmotionFace } from '../theme/marks.tsx';
import { emotionWord } from '../../core/vocabulary.ts';
import { useTextSize } from '../preferences/use-text-size.ts';
import {
  MIN_HEADER_FONT_PX,
  bandName,
  headerBox,
  headerLimits,
  stageNameLines,
} from './header-box.ts';
import { textWidth } from './text-width.ts';
import { useViewTransform } from './use-view-transform.ts';
import { useDetailLevel } from './use-detail-level.ts';
import { CommentBadge } from './CommentBadge.tsx';
import { RowHeaders } from './RowHeaders.tsx';
import { MapBrief } from './MapBrief.tsx';
import { wheelToPane } from './wheel-to-pane.ts';
import './headers.css';
import './rows.css';

/** A stage header narrower than this (px, at M) drops its number: the name needs the room. */
const STAGE_INDEX_MIN_WIDTH_PX = 130;
/** A stage header's side padding and its number's width and gap, in its font size (headers.css). */
const STAGE_PADDING_EM = 1.2;
const STAGE_GAP_EM = 0.5;
/** The number's badge: 1.5 of its letters wide, which are 0.75 em but never under 12 px. */
const stageIndexPx = (fontSize: number) =>
  1.5 * Math.max(MIN_HEADER_FONT_PX, 0.75 * fontSize) + STAGE_GAP_EM * fontSize;
/** A stage header shows its expectations only this wide (in its font size) or wider. */
const EXPECT_MIN_WIDTH_EM = 8;
/** A stage name's line (headers.css), and the header height that holds two of them. */
const NAME_LINE_EM = 1.15;
const NAME_TWO_LINES_EM = 2.9;
/** Names are measured once at this size and scaled: the font size follows the zoom. */
const MEASURED_PX = 100;
/** Level labels need this much room between levels to be shown in words. */
const LEVEL_WORDS_MIN_GAP_PX = 15;
const LEVEL_FACES_MIN_GAP_PX = 9;

interface StickyHeadersProps {
  layout: MapLayout;
  stages: readonly Stage[];
  departments: readonly Department[];
  /** Unresolved threads by target key: the headers' badges, at the full level only. */
  commentCounts?: ReadonlyMap<string, number>;
  /** The brief band above the stage names (MapBrief). */
  persona?: Persona;
  scenario?: string;
}

/** A header's comment badge: its bubble, gap and padding, plus a digit's width per digit. */
const badgePx = (count: number) => (count > 0 ? 31 + 7 * String(count).length : 0);

export const StickyHeaders = memo(function StickyHeaders({
  layout,
  stages,
  departments,
  commentCounts,
  persona,
  scenario,
}: StickyHeadersProps) {
  const view = useViewTransform();
  const badges = useDetailLevel() === 'full' ? commentCounts : undefined;
  const badgeOf = (type: string, id: string) => badges?.get(`${type}:${id}`) ?? 0;
  const { x, y, zoom } = view;
  const limits = headerLimits(useTextSize());
  const stageNames = new Map(stages.map((s) => [s.id, s]));
  const departmentById = new Map(departments.map((d) => [d.id, d]));

  const {
    left,
    laneWidth,
    top,
    stageHeight,
    laneRight,
    stageBottom,
    stuckLeft,
    stuckTop,
    fontSize,
  } = headerBox(layout, view, limits);
  const roomy = laneWidth >= 100 && stageHeight >= 30;

  const row = layout.emotionRow;
  const levelGap =
    layout.curve.levels.length > 1
      ? Math.abs(layout.curve.levels[1]!.y - layout.curve.levels[0]!.y) * zoom
      : 0;
  const showFaces = levelGap >= LEVEL_FACES_MIN_GAP_PX;
  const showWords = levelGap >= LEVEL_WORDS_MIN_GAP_PX;

  return (
    <div
      className="tm-headers"
      ref={wheelToPane}
      style={{ '--tm-header-font': `${fontSize}px` } as CSSProperties}
    >
      <div
        className={`tm-lane-headers${stuckLeft ? ' is-stuck' : ''}`}
        style={{ left, width: laneWidth }}
      >
        {row.height > 0 ? (
          <div
            className="tm-emotion-legend"
            style={{ top: y + row.y * zoom, height: row.height * zoom }}
            aria-label="Emotion levels"
          >
            {row.height * zoom >= 60 ? (
              <span className="tm-emotion-legend-title">Emotion</span>
            ) : null}
            {showFaces
              ? layout.curve.levels.map((level) => (
                  <span
                    key={level.emotion}
                    className="tm-emotion-level"
                    style={{ top: (level.y - row.y) * zoom }}
                  >
                    {showWords ? (
                      <span className="tm-emotion-level-word">{emotionWord(level.emotion)}</span>
                    ) : null}
                    <EmotionFace
                      emotion={level.emotion}
                      size={Math.min(16, Math.max(10, levelGap - 2))}
                    />
                  </span>
                ))
              : null}
          </div>
        ) : null}
        {layout.lanes.map((lane) => {
          const department = departmentById.get(lane.id);
          const name = department?.name ?? lane.id;
          const badge = badgeOf('department', lane.id);
          const laneTop = y + lane.y * zoom;
          const { offset, lines: room } = bandName(
            laneTop,
            lane.height * zoom,
            stageBottom,
            fontSize,
          );
          // The badge takes a line of the name's room.
          const lines = Math.max(1, room - (badge > 0 ? 1 : 0));
          return (
            <div
              key={lane.id}
              className="tm-lane-header"
              data-department-id={lane.id}
              style={
                {
                  top: laneTop,
                  height: lane.height * zoom,
                  '--tm-dept': department?.color ?? 'transparent',
                  '--tm-lane-lines': String(lines),
                  '--tm-name-offset': `${offset}px`,
                } as CSSProperties
              }
            >
              <span className="tm-lane-name" title={name}>
                {name}
              </span>
              <CommentBadge count={badge} />
            </div>
          );
        })}
        <RowHeaders
          layout={layout}
          y={y}
          zoom={zoom}
          fontSize={fontSize}
          stageBottom={stageBottom}
        />
      </div>
      <div
        className={`tm-stage-headers${stuckTop ? ' is-stuck' : ''}`}
        style={{ top, height: stageHeight }}
      >
        {layout.columns.map((column) => {
          const name = stageNames.get(column.id)?.name ?? column.id;
          const expectations = stageNames.get(column.id)?.expectations?.trim();
          const width = column.width * zoom;
          const headerLeft = x + column.x * zoom;
          // The department names' column, kept readable, reaches over the first stage's
          // left edge at the opening zoom, and over any stage panned under it: the header's
          // words start past it (they sat on its border), like a sticky heading.
          const covered = Math.max(0, Math.min(width, laneRight - headerLeft));
          const numbered =
            width >= STAGE_INDEX_MIN_WIDTH_PX * (limits.minFont / MIN_HEADER_FONT_PX);
          const badge = badgeOf('stage', column.id);
          const room =
            width -
            1 -
            covered -
            fontSize * STAGE_PADDING_EM -
            (numbered ? stageIndexPx(fontSize) : 0) -
            (badge > 0 ? badgePx(badge) + STAGE_GAP_EM * fontSize : 0);
          // Whole words only, on a second line where the header holds one (the layout makes
          // room for it above the expectations, core/layout-brief.ts): else an ellipsis.
          const lines = stageNameLines(
            name,
            room - 1,
            stageHeight >= NAME_TWO_LINES_EM * fontSize ? 2 : 1,
            (text) => (textWidth(text, MEASURED_PX, 650) * fontSize) / MEASURED_PX,
          );
          const nameExtra = Math.max(0, lines.length - 1);
          // Under the name, as many lines as the header holds (headers.css: from 2.1 em, 1.15
          // em lower for a name on two lines, at max(11 px, 0.8 em) and 1.3 lines, 0.3 em of
          // padding below).
          const expectPx = Math.max(11, 0.8 * fontSize) * 1.3;
          const expectLines = Math.floor(
            (stageHeight - (2.4 + NAME_LINE_EM * nameExtra) * fontSize) / expectPx,
          );
          // A sliver of a header shows no expectations: cut to a few letters a line, its
          // words were broken in the middle.
          const expect =
            expectations && expectLines >= 1 && width - covered >= EXPECT_MIN_WIDTH_EM * fontSize
              ? expectations
              : null;
          const shown = lines.join('\n');
          return (
            <div
              key={column.id}
              className={`tm-stage-header${expect ? ' has-expectations' : ''}`}
              data-stage-id={column.id}
              style={
                {
                  left: headerLeft,
                  width,
                  '--tm-expect-lines': String(expectLines),
                  '--tm-name-extra': String(nameExtra),
                  '--tm-covered': `${covered}px`,
                } as CSSProperties
              }
            >
              {numbered || shown === '' ? (
                <span className="tm-stage-index" title={shown === '' ? name : undefined}>
                  {column.index + 1}
                </span>
              ) : null}
              {shown !== '' ? (
                <span className="tm-stage-name" title={name} data-name={name}>
                  {shown}
                </span>
              ) : null}
              <CommentBadge count={badge} />
              {expect ? (
                <span className="tm-stage-expectations" title={`Expects: ${expect}`}>
                  {expect}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <MapBrief brief={layout.brief} width={layout.width} persona={persona} scenario={scenario} />
      <div
        className="tm-header-corner"
        style={{ left, top, width: laneWidth, height: stageHeight }}
      >
        {roomy ? (
          <>
            <span>Stages →</span>
            <span>Departments ↓</span>
          </>
        ) : null}
      </div>
    </div>
  );
});

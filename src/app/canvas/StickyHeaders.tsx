/**
 * Stage and department names that stay on screen while panning: each header sits where the
 * layout puts it (so at rest the screen matches the PDF) until that place scrolls out of
 * view, then it sticks to the top (stages) or the left edge (departments), like frozen
 * panes in a spreadsheet. Below a readable size they stop shrinking with the zoom: they then
 * grow away from the grid (Fit leaves them that room, see viewport.ts), their letters stay
 * at least 12 px, and a name with no room is cut at a word's end with an ellipsis, the
 * full name in its tooltip.
 *
 * Plain HTML over the canvas, positioned from React Flow's transform; pointer events pass
 * through to the map underneath.
 */
import { memo, type CSSProperties } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import type { MapLayout } from '../../core/layout.ts';
import type { Department, Stage } from '../../core/model.ts';
import { EmotionFace } from '../theme/marks.tsx';
import { emotionWord } from '../../core/vocabulary.ts';
import {
  MAX_LANE_HEADER_PX,
  MAX_STAGE_HEADER_PX,
  MIN_LANE_HEADER_PX,
  MIN_STAGE_HEADER_PX,
} from './viewport.ts';
import './headers.css';

/** Header letters on screen (px): never smaller, whatever the zoom; never bigger either. */
export const MIN_HEADER_FONT_PX = 12;
const MAX_HEADER_FONT_PX = 16;
/** A stage header narrower than this (px) drops its number: the name needs the room. */
const STAGE_INDEX_MIN_WIDTH_PX = 130;
/** Line height of a lane name, in its font size (headers.css), and its header's padding in em. */
const LANE_LINE_HEIGHT = 1.2;
const LANE_PADDING_EM = 1.1;
/** Level labels need this much room between levels to be shown in words. */
const LEVEL_WORDS_MIN_GAP_PX = 15;
const LEVEL_FACES_MIN_GAP_PX = 9;

const transformSelector = (s: ReactFlowState) => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
});

interface StickyHeadersProps {
  layout: MapLayout;
  stages: readonly Stage[];
  departments: readonly Department[];
}

export const StickyHeaders = memo(function StickyHeaders({
  layout,
  stages,
  departments,
}: StickyHeadersProps) {
  const { x, y, zoom } = useStore(transformSelector, shallow);
  const stageNames = new Map(stages.map((s) => [s.id, s]));
  const departmentById = new Map(departments.map((d) => [d.id, d]));

  const naturalTop = y + layout.stageHeader.y * zoom;
  const naturalLeft = x + layout.laneHeader.x * zoom;
  // At a readable zoom a header in place is exactly the layout's (the screen matches the
  // PDF); further out, or stuck, it takes the room it needs to stay readable, growing away
  // from the grid so it covers no cell in place.
  const naturalHeight = layout.stageHeader.height * zoom;
  const naturalWidth = layout.laneHeader.width * zoom;
  const stageHeight = Math.min(MAX_STAGE_HEADER_PX, Math.max(naturalHeight, MIN_STAGE_HEADER_PX));
  const laneWidth = Math.min(MAX_LANE_HEADER_PX, Math.max(naturalWidth, MIN_LANE_HEADER_PX));
  const top = Math.max(0, naturalTop + naturalHeight - stageHeight);
  const left = Math.max(0, naturalLeft + naturalWidth - laneWidth);
  const stuckTop = naturalTop < 0;
  const stuckLeft = naturalLeft < 0;
  const fontSize = Math.min(MAX_HEADER_FONT_PX, Math.max(MIN_HEADER_FONT_PX, 15 * zoom));
  const roomy = laneWidth >= 100 && stageHeight >= 30;

  const row = layout.emotionRow;
  const levelGap =
    layout.curve.levels.length > 1
      ? Math.abs(layout.curve.levels[1]!.y - layout.curve.levels[0]!.y) * zoom
      : 0;
  const showFaces = levelGap >= LEVEL_FACES_MIN_GAP_PX;
  const showWords = levelGap >= LEVEL_WORDS_MIN_GAP_PX;

  return (
    <div className="tm-headers" style={{ '--tm-header-font': `${fontSize}px` } as CSSProperties}>
      <div
        className={`tm-lane-headers${stuckLeft ? ' is-stuck' : ''}`}
        style={{ left, width: laneWidth }}
      >
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
        {layout.lanes.map((lane) => {
          const department = departmentById.get(lane.id);
          const name = department?.name ?? lane.id;
          const lines = Math.max(
            1,
            Math.floor(((lane.height * zoom) / fontSize - LANE_PADDING_EM) / LANE_LINE_HEIGHT),
          );
          return (
            <div
              key={lane.id}
              className="tm-lane-header"
              data-department-id={lane.id}
              style={
                {
                  top: y + lane.y * zoom,
                  height: lane.height * zoom,
                  '--tm-dept': department?.color ?? 'transparent',
                  '--tm-lane-lines': String(lines),
                } as CSSProperties
              }
            >
              <span className="tm-lane-name" title={name}>
                {name}
              </span>
            </div>
          );
        })}
      </div>
      <div
        className={`tm-stage-headers${stuckTop ? ' is-stuck' : ''}`}
        style={{ top, height: stageHeight }}
      >
        {layout.columns.map((column) => {
          const name = stageNames.get(column.id)?.name ?? column.id;
          const width = column.width * zoom;
          return (
            <div
              key={column.id}
              className="tm-stage-header"
              data-stage-id={column.id}
              style={{ left: x + column.x * zoom, width }}
            >
              {width >= STAGE_INDEX_MIN_WIDTH_PX ? (
                <span className="tm-stage-index">{column.index + 1}</span>
              ) : null}
              <span className="tm-stage-name" title={name}>
                {name}
              </span>
            </div>
          );
        })}
      </div>
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

/**
 * Stage and department names that stay on screen while panning: each header sits where the
 * layout puts it (so at rest the screen matches the PDF) until that place scrolls out of
 * view, then it sticks to the top (stages) or the left edge (departments), like frozen
 * panes in a spreadsheet. Below a readable size they stop shrinking with the zoom.
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
import './headers.css';

/** Stuck headers never get smaller than this on screen, whatever the zoom (names stay readable)... */
const MIN_STAGE_HEADER_PX = 30;
const MIN_LANE_HEADER_PX = 88;
/** ...nor bigger than this (zoomed in on a projector, the cards need the room). */
const MAX_STAGE_HEADER_PX = 64;
const MAX_LANE_HEADER_PX = 200;
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
  const top = Math.max(0, naturalTop);
  const left = Math.max(0, naturalLeft);
  const stuckTop = top > naturalTop;
  const stuckLeft = left > naturalLeft;
  // In place, a header is exactly the layout's (the screen matches the PDF); once stuck it
  // covers cells anyway, and takes the room it needs to stay readable.
  const naturalHeight = layout.stageHeader.height * zoom;
  const naturalWidth = layout.laneHeader.width * zoom;
  const stageHeight = Math.min(
    MAX_STAGE_HEADER_PX,
    stuckTop ? Math.max(naturalHeight, MIN_STAGE_HEADER_PX) : naturalHeight,
  );
  const laneWidth = Math.min(
    MAX_LANE_HEADER_PX,
    stuckLeft ? Math.max(naturalWidth, MIN_LANE_HEADER_PX) : naturalWidth,
  );
  const fontSize = Math.min(16, Math.max(10, 15 * zoom));
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
                } as CSSProperties
              }
            >
              <span className="tm-lane-name">{department?.name ?? lane.id}</span>
            </div>
          );
        })}
      </div>
      <div
        className={`tm-stage-headers${stuckTop ? ' is-stuck' : ''}`}
        style={{ top, height: stageHeight }}
      >
        {layout.columns.map((column) => (
          <div
            key={column.id}
            className="tm-stage-header"
            data-stage-id={column.id}
            style={{ left: x + column.x * zoom, width: column.width * zoom }}
          >
            <span className="tm-stage-index">{column.index + 1}</span>
            <span className="tm-stage-name">{stageNames.get(column.id)?.name ?? column.id}</span>
          </div>
        ))}
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

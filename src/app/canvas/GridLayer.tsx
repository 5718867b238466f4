/**
 * The grid and the emotion curve, drawn as one SVG under the cards (in React Flow's
 * viewport portal, so it pans and zooms with the map at no cost per frame and adds no
 * nodes). Everything comes from `computeLayout`, like the PDF: swimlanes tinted with their
 * department's colour, column and lane rules, and the emotion row with its level guides,
 * the curve (core's smooth path, the PDF's too) through the rated cards in journey order
 * and the lowest points ringed in red. Words are not drawn here, so they keep a readable
 * size at any zoom: StickyHeaders pins the names, LowestLabels (over the cards, so the
 * canvas renders it after the marks level's layer) labels the lowest points.
 */
import { memo, useMemo, useState } from 'react';
import { ViewportLayer } from './flow-portals.tsx';
import type { MapLayout } from '../../core/layout.ts';
import type { Department, Emotion } from '../../core/model.ts';
import { emotionTerm } from '../../core/vocabulary.ts';
import { emotionStyle } from '../theme/looks.ts';
import { createCurvePathKeeper, pointsInCardOrder } from './curve-path.ts';
import './grid.css';

interface GridLayerProps {
  layout: MapLayout;
  departments: readonly Department[];
}

function useCurvePath(points: MapLayout['curve']['points']): string {
  const [keep] = useState(createCurvePathKeeper);
  return useMemo(() => keep(points), [keep, points]);
}

/**
 * One point of the curve, by value: a layout that is new but puts this point where it was
 * re-renders nothing here, so an edit on a 1,500-card map touches only the points it moved.
 */
const CurvePoint = memo(function CurvePoint({
  x,
  y,
  emotion,
}: {
  x: number;
  y: number;
  emotion: Emotion;
}) {
  return (
    <circle
      className={`tm-curve-point tm-emotion-${emotionTerm(emotion).token}`}
      style={emotionStyle(emotion)}
      cx={x}
      cy={y}
      r={5}
    />
  );
});

const GridSvg = memo(function GridSvg({ layout, departments }: GridLayerProps) {
  const { grid, lanes, columns, emotionRow, curve, rows, lines } = layout;
  const hasEmotion = emotionRow.height > 0;
  const colours = new Map(departments.map((d) => [d.id, d.color]));
  const right = grid.x + grid.width;
  const bottom = layout.height;
  // The rules start at the stage headers: the brief above them is one band.
  const top = layout.stageHeader.y;
  const points = curve.points;
  const lowest = new Set(curve.lowest);
  const path = useCurvePath(points);
  const drawn = useMemo(() => pointsInCardOrder(points, layout.cards), [points, layout.cards]);
  return (
    <svg
      className="tm-grid-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
      focusable="false"
    >
      <rect className="tm-grid-bg" x={grid.x} y={grid.y} width={grid.width} height={grid.height} />
      {lanes.map((lane) => (
        <rect
          key={lane.id}
          className="tm-lane-tint"
          x={0}
          y={lane.y}
          width={right}
          height={lane.height}
          fill={colours.get(lane.id) ?? 'transparent'}
        />
      ))}
      {rows.map((row) =>
        row.type === 'department' || row.type === 'emotion' ? null : (
          <rect
            key={row.id}
            className={`tm-row-bg tm-row-bg-${row.type}`}
            data-row-id={row.id}
            x={0}
            y={row.y}
            width={right}
            height={row.height}
            style={{ fill: `var(--tm-row-${row.type}-fill)` }}
          />
        ),
      )}
      <rect
        className="tm-emotion-bg"
        x={0}
        y={emotionRow.y}
        width={right}
        height={emotionRow.height}
      />
      {(hasEmotion ? curve.levels : []).map((level) => (
        <line
          key={level.emotion}
          className={level.emotion === 0 ? 'tm-level tm-level-zero' : 'tm-level'}
          x1={grid.x}
          x2={right}
          y1={level.y}
          y2={level.y}
        />
      ))}
      {columns.map((column) => (
        <line
          key={column.id}
          className="tm-rule"
          x1={column.x}
          x2={column.x}
          y1={top}
          y2={bottom}
        />
      ))}
      <line className="tm-rule" x1={right} x2={right} y1={top} y2={bottom} />
      {lanes.map((lane) => (
        <line key={lane.id} className="tm-rule" x1={0} x2={right} y1={lane.y} y2={lane.y} />
      ))}
      {rows.map((row) =>
        row.type === 'department' ? null : (
          <line key={row.id} className="tm-rule" x1={0} x2={right} y1={row.y} y2={row.y} />
        ),
      )}
      <line className="tm-rule" x1={0} x2={right} y1={bottom} y2={bottom} />
      {hasEmotion ? (
        <line
          className="tm-rule tm-rule-strong"
          x1={0}
          x2={right}
          y1={emotionRow.y}
          y2={emotionRow.y}
        />
      ) : null}
      {lines.map((line) => (
        <line
          key={line.kind}
          className={`tm-blueprint-line tm-blueprint-line-${line.kind}`}
          data-line={line.kind}
          x1={0}
          x2={right}
          y1={line.y}
          y2={line.y}
        />
      ))}
      {hasEmotion && path !== '' ? <path className="tm-curve" d={path} /> : null}
      {(hasEmotion ? drawn : []).map((p) => (
        <CurvePoint key={p.touchpointId} x={p.x} y={p.y} emotion={p.emotion} />
      ))}
      {(hasEmotion ? drawn : [])
        .filter((p) => lowest.has(p.touchpointId))
        .map((p) => (
          <g key={p.touchpointId} className="tm-lowest" data-lowest-id={p.touchpointId}>
            <circle className="tm-lowest-ring" cx={p.x} cy={p.y} r={10} />
          </g>
        ))}
    </svg>
  );
});

export const GridLayer = memo(function GridLayer({ layout, departments }: GridLayerProps) {
  return (
    <ViewportLayer>
      <GridSvg layout={layout} departments={departments} />
    </ViewportLayer>
  );
});

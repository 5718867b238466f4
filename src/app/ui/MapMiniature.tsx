/**
 * A map in miniature, drawn from core's layout: the lanes tinted in their department's colour
 * and every card as a plain rectangle. It draws into an <svg> whose viewBox is the layout's
 * size, so the caller chooses the scale: the canvas overview (with the outline of the screen
 * over it) and the start screen's thumbnails of templates and drafts share it.
 */
import { memo } from 'react';
import type { MapLayout } from '../../core/layout.ts';
import type { Department } from '../../core/model.ts';
import './miniature.css';

export interface MapMiniatureProps {
  layout: MapLayout;
  departments: readonly Department[];
}

export const MapMiniature = memo(function MapMiniature({ layout, departments }: MapMiniatureProps) {
  const colours = new Map(departments.map((d) => [d.id, d.color]));
  return (
    <g className="tm-miniature">
      <rect className="tm-miniature-bg" x={0} y={0} width={layout.width} height={layout.height} />
      {layout.lanes.map((lane) => (
        <rect
          key={lane.id}
          x={layout.grid.x}
          y={lane.y}
          width={layout.grid.width}
          height={lane.height}
          fill={colours.get(lane.id) ?? 'transparent'}
          fillOpacity={0.1}
        />
      ))}
      {layout.cards.map((card) => (
        <rect
          key={card.id}
          className="tm-miniature-card"
          x={card.x}
          y={card.y}
          width={card.width}
          height={card.height}
          rx={8}
          fill={colours.get(card.departmentId) ?? '#888'}
        />
      ))}
    </g>
  );
});

/**
 * A small picture of a map on the start screen (a template, a draft to recover): its real
 * layout in miniature, so a facilitator recognises a journey by its shape before its title.
 */
import { memo, useMemo } from 'react';
import { computeLayout } from '../../core/layout.ts';
import type { JourneyMap } from '../../core/model.ts';
import { MapMiniature } from '../ui/MapMiniature.tsx';

export const MapThumbnail = memo(function MapThumbnail({
  map,
  className,
}: {
  map: JourneyMap;
  className: string;
}) {
  const layout = useMemo(() => computeLayout(map), [map]);
  // Decorative: the card beside it says the title and the counts in words.
  return (
    <svg
      className={className}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      data-touchpoints={map.touchpoints.length}
    >
      <MapMiniature layout={layout} departments={map.departments} />
    </svg>
  );
});

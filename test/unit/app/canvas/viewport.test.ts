import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/core/layout.ts';
import {
  MIN_LANE_HEADER_PX,
  MIN_STAGE_HEADER_PX,
  MIN_ZOOM,
  fitViewport,
  minZoomFor,
} from '../../../../src/app/canvas/viewport.ts';
import { generateMap } from '../../../bench/generate-map.ts';

const SIZE = { width: 900, height: 560 };

describe('fitViewport', () => {
  it('fits a 1,500-card map whole, with room for headers at their readable size', () => {
    const layout = computeLayout(generateMap(1500).map);
    const { x, y, zoom } = fitViewport(layout, SIZE);
    expect(zoom).toBeLessThan(MIN_ZOOM);
    expect(x + layout.width * zoom).toBeLessThanOrEqual(SIZE.width);
    expect(y + layout.height * zoom).toBeLessThanOrEqual(SIZE.height);
    // Where the grid starts on screen, the grown headers end.
    expect(x + layout.laneHeader.width * zoom).toBeGreaterThanOrEqual(MIN_LANE_HEADER_PX);
    expect(y + layout.stageHeader.height * zoom).toBeGreaterThanOrEqual(MIN_STAGE_HEADER_PX);
    // The zoom limit lets Fit go there, and no lower than it needs.
    expect(minZoomFor(layout, SIZE)).toBe(zoom);
  });

  it('never zooms a small map past 100 %, and keeps MIN_ZOOM as the limit', () => {
    const layout = computeLayout(generateMap(4).map);
    expect(fitViewport(layout, { width: 4000, height: 3000 }).zoom).toBe(1);
    expect(minZoomFor(layout, SIZE)).toBe(MIN_ZOOM);
    expect(minZoomFor(layout, { width: 0, height: 0 })).toBe(MIN_ZOOM);
  });
});

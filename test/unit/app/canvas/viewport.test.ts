import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/core/layout.ts';
import { detailLevel } from '../../../../src/app/canvas/detail-level.ts';
import {
  CULL_ABOVE,
  MIN_LANE_HEADER_PX,
  MIN_STAGE_HEADER_PX,
  MIN_ZOOM,
  fitPlan,
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

describe('fitPlan', () => {
  const big = computeLayout(generateMap(1500).map);
  const small = computeLayout(generateMap(40).map);

  it('jumps out to a big map’s marks level, dropping the cards first when they are nodes', () => {
    const fromDefault = fitPlan(big, SIZE, 0.6);
    expect(fromDefault.viewport).toEqual(fitViewport(big, SIZE));
    expect(detailLevel(fromDefault.viewport.zoom)).toBe('marks');
    expect(fromDefault).toMatchObject({ animate: false, dropNodesFirst: true });
    const culled = computeLayout(generateMap(CULL_ABOVE + 1).map);
    expect(fitPlan(culled, SIZE, 0.6)).toMatchObject({ animate: false, dropNodesFirst: true });
    // Already at the marks level there are no card nodes to drop.
    expect(fitPlan(big, SIZE, 0.05)).toMatchObject({ animate: false, dropNodesFirst: false });
  });

  it('animates a Fit that stays above the marks level, or on a map of few cards', () => {
    const roomy = { width: 4000, height: 3000 };
    expect(detailLevel(fitViewport(small, roomy).zoom)).not.toBe('marks');
    expect(fitPlan(small, roomy, 0.3)).toMatchObject({ animate: true, dropNodesFirst: false });
    const few = computeLayout(generateMap(CULL_ABOVE).map);
    expect(detailLevel(fitViewport(few, SIZE).zoom)).toBe('marks');
    expect(fitPlan(few, SIZE, 1)).toMatchObject({ animate: true, dropNodesFirst: false });
  });
});

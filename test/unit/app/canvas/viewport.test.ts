import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/core/layout.ts';
import { detailLevel } from '../../../../src/app/canvas/detail-level.ts';
import { headerLimits } from '../../../../src/app/canvas/header-box.ts';
import {
  CULL_ABOVE,
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
    const { x, y, zoom } = fitViewport(layout, SIZE, 'm');
    const { minLane, minStage } = headerLimits('m');
    expect(zoom).toBeLessThan(MIN_ZOOM);
    expect(x + layout.width * zoom).toBeLessThanOrEqual(SIZE.width);
    expect(y + layout.height * zoom).toBeLessThanOrEqual(SIZE.height);
    // Where the grid starts on screen, the grown headers end.
    expect(x + layout.laneHeader.width * zoom).toBeGreaterThanOrEqual(minLane);
    expect(y + layout.stageHeader.height * zoom).toBeGreaterThanOrEqual(minStage);
    // The zoom limit lets Fit go there, and no lower than it needs.
    expect(minZoomFor(layout, SIZE, 'm')).toBe(zoom);
  });

  it('never zooms a small map past 100 %, and keeps MIN_ZOOM as the limit', () => {
    const layout = computeLayout(generateMap(4).map);
    expect(fitViewport(layout, { width: 4000, height: 3000 }, 'm').zoom).toBe(1);
    expect(minZoomFor(layout, SIZE, 'm')).toBe(MIN_ZOOM);
    expect(minZoomFor(layout, { width: 0, height: 0 }, 'm')).toBe(MIN_ZOOM);
  });

  it('leaves XL headers their larger room, so Fit zooms out a little further', () => {
    const layout = computeLayout(generateMap(1500).map);
    const m = fitViewport(layout, SIZE, 'm');
    const xl = fitViewport(layout, SIZE, 'xl');
    const { minLane, minStage } = headerLimits('xl');
    expect(minLane).toBeGreaterThan(headerLimits('m').minLane);
    expect(xl.zoom).toBeLessThan(m.zoom);
    expect(xl.x + layout.laneHeader.width * xl.zoom).toBeGreaterThanOrEqual(minLane);
    expect(xl.y + layout.stageHeader.height * xl.zoom).toBeGreaterThanOrEqual(minStage);
    expect(minZoomFor(layout, SIZE, 'xl')).toBe(xl.zoom);
  });
});

describe('fitPlan', () => {
  const big = computeLayout(generateMap(1500).map);
  const small = computeLayout(generateMap(40).map);

  it('jumps out to a big map’s marks level, dropping the cards first when they are nodes', () => {
    const fromDefault = fitPlan(big, SIZE, 0.6, 'm');
    expect(fromDefault.viewport).toEqual(fitViewport(big, SIZE, 'm'));
    expect(detailLevel(fromDefault.viewport.zoom, 'm')).toBe('marks');
    expect(fromDefault).toMatchObject({ animate: false, dropNodesFirst: true });
    const culled = computeLayout(generateMap(CULL_ABOVE + 1).map);
    expect(fitPlan(culled, SIZE, 0.6, 'm')).toMatchObject({ animate: false, dropNodesFirst: true });
    // Already at the marks level there are no card nodes to drop.
    expect(fitPlan(big, SIZE, 0.05, 'm')).toMatchObject({ animate: false, dropNodesFirst: false });
  });

  it('animates a Fit that stays above the marks level, or on a map of few cards', () => {
    const roomy = { width: 4000, height: 3000 };
    expect(detailLevel(fitViewport(small, roomy, 'm').zoom, 'm')).not.toBe('marks');
    expect(fitPlan(small, roomy, 0.3, 'm')).toMatchObject({ animate: true, dropNodesFirst: false });
    const few = computeLayout(generateMap(CULL_ABOVE).map);
    expect(detailLevel(fitViewport(few, SIZE, 'm').zoom, 'm')).toBe('marks');
    expect(fitPlan(few, SIZE, 1, 'm')).toMatchObject({ animate: true, dropNodesFirst: false });
  });
});

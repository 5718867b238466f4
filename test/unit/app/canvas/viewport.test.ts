import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/core/layout.ts';
import { headerLimits } from '../../../../src/app/canvas/header-box.ts';
import { MIN_ZOOM, fitViewport, minZoomFor } from '../../../../src/app/canvas/viewport.ts';
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

/** The preview's zoom: fit, the button steps, Ctrl+wheel, and the canvas size it allows. */
import { describe, expect, it } from 'vitest';
import {
  CSS_PX_PER_PT,
  MAX_ZOOM,
  MIN_ZOOM,
  canvasRatio,
  effectiveZoom,
  fitZoom,
  stepZoom,
  wheelZoom,
  zoomLabel,
} from '../../../../src/app/export/preview-zoom.ts';

const A3_LANDSCAPE = { width: 1190.55, height: 841.89 };

describe('the preview zoom', () => {
  it('fits the whole page inside the viewer, less its frame', () => {
    const box = { width: 1000, height: 600 };
    const z = fitZoom(A3_LANDSCAPE, box);
    expect(A3_LANDSCAPE.width * CSS_PX_PER_PT * z).toBeLessThanOrEqual(1000 - 34 + 1e-9);
    expect(A3_LANDSCAPE.height * CSS_PX_PER_PT * z).toBeCloseTo(600 - 34, 6);
    expect(effectiveZoom('fit', A3_LANDSCAPE, box)).toBe(z);
    expect(effectiveZoom(1.5, A3_LANDSCAPE, box)).toBe(1.5);
    expect(effectiveZoom(99, A3_LANDSCAPE, box)).toBe(MAX_ZOOM);
  });

  it('steps through round zooms from wherever it is', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(0.41, 1)).toBe(0.5);
    expect(stepZoom(0.41, -1)).toBe(0.33);
    // A fit of 49.5 % reads "50 %": + goes past the 50 % step, − past nothing it would repeat.
    expect(stepZoom(0.4953, 1)).toBe(0.67);
    expect(stepZoom(0.5047, -1)).toBe(0.33);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it('zooms about 10 % a wheel notch, in when the wheel turns up, within its limits', () => {
    expect(wheelZoom(1, -100)).toBeCloseTo(1.1, 6);
    expect(wheelZoom(1, 100)).toBeCloseTo(1 / 1.1, 6);
    expect(wheelZoom(3.9, -10_000)).toBe(MAX_ZOOM);
    expect(wheelZoom(0.11, 10_000)).toBe(MIN_ZOOM);
  });

  it('labels zooms in whole per cent', () => {
    expect(zoomLabel(1)).toBe('100 %');
    expect(zoomLabel(0.333)).toBe('33 %');
  });

  it('draws sharp on a dense screen, coarser when the canvas would be too large', () => {
    expect(canvasRatio(800, 600, 2)).toBe(2);
    expect(canvasRatio(800, 600, 3)).toBe(2);
    expect(canvasRatio(800, 600, 0)).toBe(1);
    // An A0 page at 400 %: about 18,000 x 12,700 CSS pixels.
    const w = 3370.39 * CSS_PX_PER_PT * 4;
    const h = 2383.94 * CSS_PX_PER_PT * 4;
    const r = canvasRatio(w, h, 2);
    expect(r).toBeLessThan(1);
    expect(Math.max(w, h) * r).toBeLessThanOrEqual(8192);
    expect(w * h * r * r).toBeLessThanOrEqual(24_000_000 + 1);
  });
});

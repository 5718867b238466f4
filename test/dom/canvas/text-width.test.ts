/** Measuring the map's text: by the canvas, in the map's font, read from the page once. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A canvas context that measures 10 px per letter at 20 px, scaled by the font's size. */
class FakeCanvas {
  getContext() {
    const context = {
      font: '',
      measureText: (text: string) => {
        const px = Number(/(\d+)px/.exec(context.font)?.[1] ?? 0);
        return { width: (text.length * px) / 2 };
      },
    };
    fonts.push(context);
    return context;
  }
}
let fonts: { font: string }[] = [];

describe('textWidth', () => {
  beforeEach(() => {
    fonts = [];
    vi.resetModules();
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    document.body.style.fontFamily = 'Inter, sans-serif';
    document.documentElement.style.setProperty('--tm-map-font', "'Touchmap Sans', sans-serif");
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.documentElement.style.removeProperty('--tm-map-font');
  });

  it("measures in the map's font (map-font.css), read from the page only once", async () => {
    const { textWidth } = await import('../../../src/app/canvas/text-width.ts');
    const style = vi.spyOn(window, 'getComputedStyle');
    expect(textWidth('Checkout', 20, 600)).toBe(80);
    expect(fonts[0]!.font).toBe("600 20px 'Touchmap Sans', sans-serif");
    for (let i = 0; i < 50; i++) textWidth(`Card ${i}`, 12, 650);
    expect(textWidth('Card 7', 12, 650)).toBe(36);
    // Each read of a computed style can make the browser restyle the whole page mid-render.
    expect(style).toHaveBeenCalledTimes(1);
  });

  it("measures in the page's font where the map's is not declared", async () => {
    document.documentElement.style.removeProperty('--tm-map-font');
    const { textWidth } = await import('../../../src/app/canvas/text-width.ts');
    expect(textWidth('Checkout', 20, 600)).toBe(80);
    expect(fonts[0]!.font).toBe('600 20px Inter, sans-serif');
  });

  it('keeps each width once measured, and measures anew at another size or weight', async () => {
    const { textWidth } = await import('../../../src/app/canvas/text-width.ts');
    const measured = vi.fn();
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        getContext() {
          return {
            font: '',
            measureText: (text: string) => {
              measured(text);
              return { width: text.length };
            },
          };
        }
      },
    );
    textWidth('Pay', 12, 400);
    textWidth('Pay', 12, 400);
    textWidth('Pay', 14, 400);
    textWidth('Pay', 12, 700);
    expect(measured).toHaveBeenCalledTimes(3);
  });
});

/**
 * What the PDF Painter and the SVG painter share: user units mapped to output units by the
 * current transform, and the visible part outside of which drawing may be skipped.
 */
import type { Box, Transform } from './surface.ts';

const IDENTITY: Transform = { scale: 1, dx: 0, dy: 0 };

export abstract class UserUnits {
  protected t: Transform = IDENTITY;
  /** What is visible, in user units; drawing outside it may be skipped. */
  private view: Box | null = null;

  get scale(): number {
    return this.t.scale;
  }

  /** Run `draw` with user units mapped by `t` and, optionally, only `view` (user units) visible. */
  with<T>(t: Transform, view: Box | null, draw: () => T): T {
    const saved = this.t;
    const savedView = this.view;
    this.t = t;
    this.view = view;
    try {
      return draw();
    } finally {
      this.t = saved;
      this.view = savedView;
    }
  }

  /** False when a box is wholly outside the visible part. */
  visible(x: number, y: number, width: number, height: number): boolean {
    const v = this.view;
    if (v === null) return true;
    return x <= v.x + v.width && x + width >= v.x && y <= v.y + v.height && y + height >= v.y;
  }

  px(x: number): number {
    return this.t.dx + x * this.t.scale;
  }

  py(y: number): number {
    return this.t.dy + y * this.t.scale;
  }
}

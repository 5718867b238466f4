/**
 * Stamps: a drawing's operators kept and written again. Every card is drawn round its own
 * corner (Painter.group), so its kind icon and emotion face are the same run of operators on
 * every card of a size; working them out again (numbers to text, a few dozen per icon) was a
 * fifth of drawing a 1,500-card poster's cards.
 *
 * A stamp is drawn the first time and what it wrote is kept under its id: the caller's key
 * and place (the Painter's: key, position in the group, scale) and the colours, line width
 * and dash it started from, since the graphics cache writes only what changes. The next
 * stamp of that id writes the same text and leaves the same state. Only path operators and
 * graphics state go through the Painter's emit: text (which jsPDF writes itself) is refused
 * while a stamp is drawn, and a state it saves it must restore.
 */
import type { GraphicsCache } from './graphics-cache.ts';
import type { Rgb } from './theme.ts';

/** What a stamp wrote, and the colours, width and dash it left. */
interface Stamp {
  text: string;
  fill: Rgb | null;
  stroke: Rgb | null;
  width: number | null;
  dash: string | null;
}

export class Stamps {
  private readonly kept = new Map<string, Stamp>();
  /** While a stamp is first drawn: the lines it writes. */
  private recording: string[] | null = null;

  /** Keeps the lines when a stamp is being drawn (true), else leaves them to the caller. */
  record(lines: readonly string[]): boolean {
    if (this.recording === null) return false;
    this.recording.push(...lines);
    return true;
  }

  /** Throws while a stamp is drawn: `what` would not be kept. */
  refuse(what: string): void {
    if (this.recording !== null) throw new Error(`A stamp cannot draw ${what}`);
  }

  /** Draws a stamp, or writes again what the same stamp from the same state wrote. */
  draw(place: string, g: GraphicsCache, write: (text: string) => void, draw: () => void): void {
    const id = `${place}|${g.fill?.join()}|${g.stroke?.join()}|${g.width}|${g.dash}`;
    const known = this.kept.get(id);
    if (known !== undefined) {
      if (known.text !== '') write(known.text);
      g.fill = known.fill;
      g.stroke = known.stroke;
      g.width = known.width;
      g.dash = known.dash;
      return;
    }
    // A stamp inside a stamp is part of the outer one's text.
    if (this.recording !== null) return draw();
    const recording: string[] = [];
    this.recording = recording;
    try {
      draw();
    } finally {
      this.recording = null;
    }
    const saves = recording.filter((line) => line === 'q').length;
    if (saves !== recording.filter((line) => line === 'Q').length)
      throw new Error('A stamp must restore every graphics state it saves');
    // One write of the lines joined is what writing them one by one gives: jsPDF joins a
    // page's writes with new lines.
    const text = recording.join('\n');
    if (text !== '') write(text);
    this.kept.set(id, { text, fill: g.fill, stroke: g.stroke, width: g.width, dash: g.dash });
  }
}

/**
 * The blueprint's drawing pieces, each on a recording surface in front of the SVG painter
 * (the same calls a PDF page gets): notes wrapped in whole words with every word written,
 * assumed evidence dashed, the lines across the map with their names, and the bands of the
 * rows that are not lanes, in their type's print fill with their names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Note, Touchpoint } from '../../../src/core/model.ts';
import { ROW_LOOKS } from '../../../src/core/presentation.ts';
import { BLUEPRINT_LINES, ROW_TERMS } from '../../../src/core/vocabulary.ts';
import { drawBlueprintLines } from '../../../src/pdf/draw-blueprint-lines.ts';
import { drawCard } from '../../../src/pdf/draw-card.ts';
import { drawNote, drawNotes } from '../../../src/pdf/draw-notes.ts';
import { drawRowBands } from '../../../src/pdf/draw-rows.ts';
import { drawRowItems } from '../../../src/pdf/draw-row-items.ts';
import { drawEmotionRow } from '../../../src/pdf/draw-emotion-row.ts';
import { drawMap } from '../../../src/pdf/draw-map.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import { stagePains } from '../../../src/core/row-content.ts';
import { blueprintMap } from './blueprint-map.ts';
import { FontSet } from '../../../src/pdf/fonts.ts';
import type { Surface } from '../../../src/pdf/surface.ts';
import { SvgPainter } from '../../../src/pdf/svg-painter.ts';
import { cardText, printRgb } from '../../../src/pdf/theme.ts';
import { bundledFonts } from './helpers.ts';

type Call = [string, unknown[]];

let fonts: FontSet;
beforeAll(async () => {
  fonts = new FontSet(await bundledFonts());
});

/** A surface in front of the SVG painter that logs every call with its arguments. */
function recorder(): { p: Surface; calls: Call[] } {
  const target = new SvgPainter(fonts);
  const calls: Call[] = [];
  const p: Surface = new Proxy(target, {
    get(t, name, receiver) {
      const value: unknown = Reflect.get(t, name, receiver);
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        calls.push([name, args]);
        const result = (value as (...a: unknown[]) => unknown).apply(t, args);
        return result === t ? p : result;
      };
    },
  });
  return { p, calls };
}

/** The words written by text() and lines() calls, in order. */
function written(calls: readonly Call[]): string[] {
  return calls.flatMap(([name, args]) => {
    if (name === 'text') return [args[0] as string];
    if (name === 'lines') return args[0] as string[];
    return [];
  });
}

/** The dash pattern in force at each stroked rounded rectangle. */
function outlineDashes(calls: readonly Call[]): (readonly number[])[] {
  let dash: readonly number[] = [];
  const out: (readonly number[])[] = [];
  for (const [name, args] of calls) {
    if (name === 'dash') dash = args[0] as number[];
    if (name === 'roundedRect' && String(args[5]).includes('D')) out.push(dash);
    if (name === 'roundedRect' && args[5] === 'S') out.push(dash);
  }
  return out;
}

const LONG =
  'Guests compare the booking confirmation with the price they saw on the comparison site and call the desk when the two differ';

describe('note cards', () => {
  it('write every word of the note, each line whole words inside the card', () => {
    const { p, calls } = recorder();
    const box = { x: 100, y: 40, width: 200, height: 96 };
    drawNote(p, box, { text: LONG });
    const lines = written(calls);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(LONG);
    const words = new Set(LONG.split(' '));
    for (const line of lines) for (const word of line.split(' ')) expect(words).toContain(word);
    const size = (calls.find(([n]) => n === 'lines')![1][4] as { size: number }).size;
    for (const line of lines) expect(p.measure(line, size)).toBeLessThanOrEqual(200 - 16);
  });

  it('draw an assumed note with a dashed outline, an observed or unmarked one solid', () => {
    const dashes = (evidence?: Note['evidence']): (readonly number[])[] => {
      const { p, calls } = recorder();
      drawNote(p, { x: 0, y: 0, width: 200, height: 60 }, { text: 'Queue', evidence });
      return outlineDashes(calls);
    };
    expect(dashes('assumed')[0]!.length).toBeGreaterThan(0);
    expect(dashes('observed')[0]).toEqual([]);
    expect(dashes('reported')[0]).toEqual([]);
    expect(dashes(undefined)[0]).toEqual([]);
  });

  it('draws the laid-out notes that exist, by id', () => {
    const { p, calls } = recorder();
    const notes: Note[] = [
      { id: 'n1', rowId: 'r', stageId: 's', text: 'Books on the phone' },
      { id: 'n2', rowId: 'r', stageId: 's', text: 'Reads the confirmation email' },
    ];
    const box = { x: 0, y: 0, width: 200, height: 60 };
    drawNotes(
      p,
      [
        { id: 'n2', ...box },
        { id: 'gone', ...box },
        { id: 'n1', ...box },
      ],
      notes,
    );
    expect(written(calls)).toEqual(['Reads the confirmation email', 'Books on the phone']);
  });
});

describe('blueprint lines', () => {
  it('rule the whole width dashed at the line and name it in the header column', () => {
    const { p, calls } = recorder();
    const lines = [
      { kind: 'visibility' as const, label: BLUEPRINT_LINES.visibility.word, y: 400 },
      { kind: 'internal' as const, label: BLUEPRINT_LINES.internal.word, y: 700 },
    ];
    drawBlueprintLines(p, lines, 1800, 160);
    const rules = calls.filter(([n]) => n === 'line').map(([, a]) => a);
    expect(rules).toEqual([
      [0, 400, 1800, 400],
      [0, 700, 1800, 700],
    ]);
    const before = calls.findIndex(([n]) => n === 'line');
    const dash = calls
      .slice(0, before)
      .filter(([n]) => n === 'dash')
      .pop();
    expect((dash![1][0] as number[]).length).toBeGreaterThan(0);
    const texts = calls.filter(([n]) => n === 'text');
    expect(texts.map(([, a]) => a[0])).toEqual([
      'Line of visibility',
      'Line of internal interaction',
    ]);
    for (const [, a] of texts) {
      expect(a[1] as number).toBeLessThan(160);
      expect(p.measure(a[0] as string, 9, true) + (a[1] as number)).toBeLessThan(160);
    }
    expect(texts[0]![1][2] as number).toBeLessThan(400);
    expect(texts[0]![1][2] as number).toBeGreaterThan(400 - 20);
  });
});

describe('row bands', () => {
  const frame = { width: 1200, headerWidth: 160 };

  it('fill each note and derived row in its type print colour and write its name', () => {
    const { p, calls } = recorder();
    const rows = (['customer', 'evidence', 'thoughts', 'pains', 'ideas'] as const).map(
      (type, i) => ({ id: type, type, label: ROW_TERMS[type].word, y: 100 * i, height: 100 }),
    );
    drawRowBands(p, rows, frame);
    const fills = calls.filter(([n]) => n === 'fill').map(([, a]) => String(a[0]));
    for (const row of rows) expect(fills).toContain(String(printRgb(ROW_LOOKS[row.type].fill)));
    expect(written(calls)).toEqual(rows.map((r) => r.label));
  });

  it("name a renamed row and its type's word", () => {
    const { p, calls } = recorder();
    drawRowBands(p, [{ id: 'x', type: 'notes', label: 'Staff quotes', y: 0, height: 128 }], frame);
    expect(written(calls)).toEqual(['Staff quotes', 'NOTES']);
  });

  it('leave department and emotion rows to the lanes and the curve', () => {
    const { p, calls } = recorder();
    drawRowBands(
      p,
      [
        { id: 'e', type: 'emotion', label: 'Emotion', y: 0, height: 112 },
        { id: 'd', type: 'department', label: 'Front desk', y: 112, height: 128 },
      ],
      frame,
    );
    expect(calls).toEqual([]);
  });
});

describe('touchpoint cards in print', () => {
  const tp: Touchpoint = {
    id: 'tp',
    title: 'Check-in at the desk',
    stageId: 's',
    departmentId: 'd',
    kind: 'service',
    channel: 'in-person',
    emotion: 1,
    frictions: [],
    opportunities: [],
    position: { x: 16, y: 16 },
  };
  const card = { id: 'tp', stageId: 's', departmentId: 'd', x: 10, y: 10, width: 200, height: 96 };
  const draw = (t: Touchpoint): Call[] => {
    const { p, calls } = recorder();
    drawCard(p, card, t, undefined, false, cardText('m'));
    return calls;
  };

  it('draw an assumed touchpoint provisional: a dashed outline and the word', () => {
    const plain = draw(tp);
    const assumed = draw({ ...tp, evidence: 'assumed' });
    const dashedOutside = (calls: Call[]): boolean => {
      let dash: readonly number[] = [];
      return calls.some(([n, a]) => {
        if (n === 'dash') dash = a[0] as number[];
        return n === 'roundedRect' && (a[0] as number) < card.x && dash.length > 0;
      });
    };
    expect(dashedOutside(plain)).toBe(false);
    expect(dashedOutside(assumed)).toBe(true);
    expect(written(assumed).some((t) => t.startsWith('Assumed'))).toBe(true);
    expect(written(plain).some((t) => t.includes('Assumed'))).toBe(false);
    expect(dashedOutside(draw({ ...tp, evidence: 'observed' }))).toBe(false);
  });

  it('dash the friction badge when one of its frictions is only assumed', () => {
    const friction = { id: 'f', text: 'Queue', severity: 'high' as const };
    const badgeDash = (calls: Call[]): readonly number[] => outlineDashes(calls).pop()!;
    expect(badgeDash(draw({ ...tp, frictions: [friction] }))).toEqual([]);
    expect(
      badgeDash(
        draw({ ...tp, frictions: [friction, { ...friction, id: 'g', evidence: 'assumed' }] }),
      ).length,
    ).toBeGreaterThan(0);
  });
});

const rank = { high: 2, medium: 1, low: 0 } as const;

describe('pain points and ideas rows', () => {
  it("list each stage's frictions worst first, an assumed one dashed, and its ideas", () => {
    const map = blueprintMap();
    const layout = computeLayout(map);
    const pains = layout.rows.find((r) => r.type === 'pains')!;
    const ideas = layout.rows.find((r) => r.type === 'ideas')!;
    const arrival = layout.columns.find((c) => c.id === 'st-arrival')!;
    const tps = map.touchpoints.filter((tp) => tp.stageId === 'st-arrival');
    const frictions = tps.flatMap((tp) => tp.frictions);
    expect(frictions.length).toBeGreaterThan(1);
    const { p, calls } = recorder();
    drawRowItems(p, map, layout.rows, [arrival]);
    const slips: { y: number; dash: readonly number[] }[] = [];
    let dash: readonly number[] = [];
    for (const [name, args] of calls) {
      if (name === 'dash') dash = args[0] as number[];
      if (name === 'roundedRect') slips.push({ y: args[1] as number, dash });
    }
    const opportunities = tps.flatMap((tp) => tp.opportunities);
    expect(slips).toHaveLength(frictions.length + opportunities.length);
    const inPains = slips.filter((s) => s.y >= pains.y && s.y < pains.y + pains.height);
    expect(inPains).toHaveLength(frictions.length);
    expect(slips.filter((s) => s.y >= ideas.y && s.y < ideas.y + ideas.height)).toHaveLength(
      opportunities.length,
    );
    const evidence = new Map(frictions.map((f) => [f.id, f.evidence]));
    const sorted = stagePains(map)
      .get('st-arrival')!
      .map((f) => ({ ...f, evidence: evidence.get(f.id) }));
    expect(sorted.map((f) => f.severity)).toEqual(
      [...sorted.map((f) => f.severity)].sort((a, b) => rank[b] - rank[a]),
    );
    expect(sorted.some((f) => f.evidence === 'assumed')).toBe(true);
    expect(sorted.some((f) => f.evidence !== 'assumed')).toBe(true);
    inPains.forEach((slip, i) =>
      expect(slip.dash.length > 0, sorted[i]!.text).toBe(sorted[i]!.evidence === 'assumed'),
    );
    const text = written(calls).join(' ');
    expect(text).toContain(sorted[0]!.text.split(' ').slice(0, 3).join(' '));
  });
});

describe('the whole blueprint', () => {
  it('draws every laid-out note at its place, the lines, and no emotion row when hidden', () => {
    const map = blueprintMap();
    const layout = computeLayout(map);
    expect(layout.lines.map((l) => l.kind)).toEqual(['interaction', 'visibility', 'internal']);
    const { p, calls } = recorder();
    drawMap(p, {
      map,
      layout,
      curve: layout.curve,
      keptIds: new Set(),
      dimming: false,
      cardText: cardText('m'),
    });
    const rects = calls.filter(([n]) => n === 'roundedRect').map(([, a]) => a.slice(0, 4).join());
    for (const note of layout.notes)
      expect(rects).toContain([note.x, note.y, note.width, note.height].join());
    const rules = calls.filter(([n]) => n === 'line').map(([, a]) => a.join());
    for (const line of layout.lines)
      expect(rules).toContain([0, line.y, layout.width, line.y].join());
    const words = written(calls);
    for (const row of layout.rows) expect(words).toContain(row.label);

    const hidden = {
      ...map,
      rows: map.rows!.map((r) => (r.type === 'emotion' ? { ...r, hidden: true } : r)),
    };
    const hiddenLayout = computeLayout(hidden);
    expect(hiddenLayout.emotionRow.height).toBe(0);
    const emotion = recorder();
    drawEmotionRow(emotion.p, hiddenLayout, hiddenLayout.curve, new Map());
    expect(emotion.calls).toEqual([]);
  });
});

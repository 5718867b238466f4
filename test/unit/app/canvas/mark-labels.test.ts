import { describe, expect, it } from 'vitest';
import {
  markLabelRequests,
  placeMarkLabels,
  type MarkLabelRequest,
} from '../../../../src/app/canvas/mark-labels.ts';
import { MARK, type MarkCard } from '../../../../src/app/canvas/mark-shapes.ts';
import type { ConnectionEdge } from '../../../../src/app/canvas/flow-model.ts';

function card(id: string, x: number, y = 100): MarkCard {
  return {
    id,
    x,
    y,
    width: 200,
    height: 96,
    kind: 'service',
    emotion: null,
    worstSeverity: null,
    departmentColor: '#112233',
    dimmed: false,
    selected: false,
  };
}

const edge = (
  id: string,
  source: string,
  target: string,
  label: string | null,
): ConnectionEdge => ({
  id,
  type: 'connection',
  source,
  target,
  data: { label, dimmed: false },
});

const FONT = { px: 12, line: 1.5, pad: 0.5 };
/** Every letter 6 px wide: a label's box is 6 px a letter plus 12 px of padding. */
const WIDTH = (text: string) => text.length * 6;
const SCREEN = { x: 0, y: 0, width: 1280, height: 720 };

function request(id: string, x: number, y: number, span: number, text = 'Email'): MarkLabelRequest {
  return { id, text, anchor: { x, y }, span, dimmed: false, selected: false };
}

describe('connection labels far out', () => {
  it('asks for the labelled connections only, at the middle of the drawn curve', () => {
    const requests = markLabelRequests(
      [
        edge('e1', 'a', 'b', 'Sends email'),
        edge('e2', 'b', 'c', null),
        edge('e3', 'a', 'gone', 'Lost'),
        edge('e4', 'a', 'c', '   '),
      ],
      [card('a', 0), card('b', 400, 300), card('c', 800)],
    );
    expect(requests).toEqual([
      {
        id: 'e1',
        text: 'Sends email',
        anchor: { x: (200 + 400 - MARK.ARROW) / 2, y: (148 + 348) / 2 },
        span: Math.hypot(400, 200),
        dimmed: false,
        selected: false,
      },
    ]);
  });

  it('draws a label in screen pixels, centred on its anchor, whatever the zoom', () => {
    const view = { x: 10, y: 20, zoom: 0.25 };
    const [label] = placeMarkLabels([request('e', 400, 400, 600)], view, SCREEN, FONT, WIDTH);
    // 5 letters: 30 px + 2 * 6 px of padding; 18 px high (12 px letters, 1.5 lines).
    expect(label).toMatchObject({ id: 'e', text: 'Email', width: 42, height: 18 });
    expect(label!.x + label!.width / 2).toBe(10 + 400 * 0.25);
    expect(label!.y + label!.height / 2).toBe(20 + 400 * 0.25);
  });

  it('skips a label wider than its connection on screen, rather than drawing it small', () => {
    const near = placeMarkLabels(
      [request('e', 400, 400, 240)],
      { x: 0, y: 0, zoom: 0.2 },
      SCREEN,
      FONT,
      WIDTH,
    );
    // 240 units at 20 % are 48 px: room for 42.
    expect(near).toHaveLength(1);
    const far = placeMarkLabels(
      [request('e', 400, 400, 240)],
      { x: 0, y: 0, zoom: 0.1 },
      SCREEN,
      FONT,
      WIDTH,
    );
    expect(far).toEqual([]);
  });

  it('never cuts a label: one reaching under the headers or past the window is left out', () => {
    const bounds = { x: 112, y: 30, width: 1168, height: 690 };
    const view = { x: 0, y: 0, zoom: 1 };
    const place = (x: number, y: number) =>
      placeMarkLabels([request('e', x, y, 1000)], view, bounds, FONT, WIDTH);
    expect(place(140, 300)).toHaveLength(1);
    // Its middle is right of the lane names, but its left half would be under them.
    expect(place(120, 300)).toEqual([]);
    expect(place(600, 35)).toEqual([]);
    expect(place(1270, 300)).toEqual([]);
    expect(place(600, 715)).toEqual([]);
    expect(place(600, 2000)).toEqual([]);
  });

  it('keeps labels apart: a later one where an earlier one is drawn is skipped, selected first', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    const requests = [
      request('a', 400, 400, 500),
      request('b', 420, 405, 500),
      request('c', 400, 440, 500),
    ];
    expect(placeMarkLabels(requests, view, SCREEN, FONT, WIDTH).map((l) => l.id)).toEqual([
      'a',
      'c',
    ]);
    requests[1] = { ...requests[1]!, selected: true };
    expect(placeMarkLabels(requests, view, SCREEN, FONT, WIDTH).map((l) => l.id)).toEqual([
      'b',
      'c',
    ]);
  });
});

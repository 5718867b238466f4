/**
 * Semantic zoom on the card itself (TouchpointCard under React Flow at a set zoom, and
 * MarkLayer far out): what each level shows, and that the stylesheets' text sizes times the
 * lowest zoom of their level are never under 11 px on screen, at every text size.
 */
import { readFileSync } from 'node:fs';
import { fireEvent, render } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import { buildFlow, CARD_NODE_TYPE } from '../../../src/app/canvas/flow-model.ts';
import { TouchpointCard } from '../../../src/app/canvas/TouchpointCard.tsx';
import { StickyHeaders } from '../../../src/app/canvas/StickyHeaders.tsx';
import { MarkLayer } from '../../../src/app/canvas/MarkLayer.tsx';
import { RoutesProvider } from '../../../src/app/canvas/routes-context.tsx';
import { MIN_HEADER_FONT_PX, headerLimits } from '../../../src/app/canvas/header-box.ts';
import {
  COMPACT_TITLE_TEXT,
  MIN_CARD_TEXT_PX,
  levelZooms,
} from '../../../src/app/canvas/detail-level.ts';
import { StoresProvider } from '../../../src/app/store/context.tsx';
import { TEXT_SIZES, textScale, type TextSize } from '../../../src/core/text-size.ts';
import { createSession } from '../../../src/app/shell/session.ts';
import {
  createMemoryPreferences,
  createPreferencesStore,
} from '../../../src/app/preferences/preferences.ts';
import { PreferencesProvider } from '../../../src/app/preferences/context.tsx';
import { DEFAULT_USER_PREFERENCES } from '../../../src/ipc/preferences.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { EditorUiProvider, createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';

const NODE_TYPES = { [CARD_NODE_TYPE]: TouchpointCard };

// jsdom has no media queries; MarkLayer asks one whether the system is dark.
beforeAll(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
});

function smallMap() {
  const result = parse(readFileSync('test/fixtures/e2e/small.touchmap', 'utf8'));
  if (!result.ok) throw new Error('fixture');
  return result.map;
}

const M = levelZooms('m');

/** The map at a zoom: its cards as React Flow nodes, or (marks) painted by MarkLayer. */
function renderAt(zoom: number, marks = false, textSize: TextSize = 'm') {
  const map = smallMap();
  const layout = computeLayout(map);
  const session = createSession({ map });
  const { nodes, edges } = buildFlow({
    map,
    layout,
    filters: { kind: 'all', departmentId: null, search: '', evidence: 'all' },
    selection: { touchpoints: [], connections: [] },
  });
  const preferences = createPreferencesStore(createMemoryPreferences(), {
    ...DEFAULT_USER_PREFERENCES,
    textSize,
  });
  render(
    <PreferencesProvider store={preferences}>
      <StoresProvider stores={{ ...session, platform: createMemoryPlatform() }}>
        <EditorUiProvider store={createEditorUiStore()}>
          <ReactFlowProvider>
            <RoutesProvider map={map}>
              <ReactFlow
                nodes={marks ? [] : nodes}
                nodeTypes={NODE_TYPES}
                defaultViewport={{ x: 0, y: 0, zoom }}
                minZoom={0.01}
              >
                <MarkLayer nodes={nodes} edges={edges} layout={layout} />
                <StickyHeaders layout={layout} stages={map.stages} departments={map.departments} />
              </ReactFlow>
            </RoutesProvider>
          </ReactFlowProvider>
        </EditorUiProvider>
      </StoresProvider>
    </PreferencesProvider>,
  );
  return {
    layout,
    zoom,
    call: document.querySelector<HTMLElement>('.tm-card[data-touchpoint-id="tp-call"]'),
  };
}

/**
 * Every font size a stylesheet sets, in canvas units, at a text size: a size is `Npx`, `calc(Npx * var(--tm-text-scale, 1))` (scaled), `max(Npx, ...)` (never
 * under N) or `var(--name)` (a custom property the sheet defines).
 */
function fontSizes(css: string, size: TextSize): number[] {
  const defined = new Map(
    [...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
  const at = (value: string, scale: number): number => {
    const v = value.trim();
    const custom = /^var\((--[\w-]+)\)$/.exec(v);
    if (custom) return at(defined.get(custom[1]!) ?? 'none', scale);
    const floor = /^max\(([\d.]+)px,\s*(.+)\)$/.exec(v);
    if (floor) return Math.max(Number(floor[1]), at(floor[2]!, scale));
    const scaled = /^calc\(([\d.]+)px \* var\(--tm-text-scale, 1\)\)$/.exec(v);
    if (scaled) return Number(scaled[1]) * scale;
    // Scaled down only: calc(Npx * min(1, var(--tm-text-scale, 1))).
    const down = /^calc\(([\d.]+)px \* min\(1, var\(--tm-text-scale, 1\)\)\)$/.exec(v);
    if (down) return Number(down[1]) * Math.min(1, scale);
    const px = /^([\d.]+)px$/.exec(v);
    if (px) return Number(px[1]);
    throw new Error(`a font size this test cannot read: ${v}`);
  };
  return [...css.matchAll(/font-size:\s*([^;]+);/g)].map((m) => at(m[1]!, textScale(size)));
}

describe('card levels of detail', () => {
  it('draws the full card from 100 %: kind word, channel, title, frictions, CSAT', () => {
    const call = renderAt(M.full).call!;
    expect(call.dataset.level).toBe('full');
    expect(call.querySelector('.tm-card-kind')!.textContent).toBe('Service');
    expect(call.querySelector('.tm-card-channel')).not.toBeNull();
    expect(call.querySelector('.tm-card-title')!.textContent).toBe('Phone the shop');
    expect(call.textContent).toContain('2 · High');
    expect(call.textContent).toContain('CSAT 3');
  });

  it('draws a compact card below 100 %: the kind mark and the title, nothing else', () => {
    const call = renderAt(0.8).call!;
    expect(call.dataset.level).toBe('compact');
    expect(call.className).toContain('tm-card--compact');
    expect(call.querySelector('.tm-card-kind-mark svg')).not.toBeNull();
    expect(call.querySelector('.tm-card-kind-mark')!.getAttribute('title')).toBe('Service');
    // Laid out in lines of whole words (title-lines.ts).
    const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
    expect(words(call.querySelector('.tm-card-title')!.textContent)).toBe('Phone the shop');
    expect(words(call.textContent)).toBe('Phone the shop');
    expect(call.querySelectorAll('.react-flow__handle')).toHaveLength(2);
  });

  it('paints marks far out: no card elements, one canvas, the title as the tooltip on hover', () => {
    const { layout, zoom, call } = renderAt(M.compact * 0.9, true);
    expect(call).toBeNull();
    expect(document.querySelectorAll('.tm-card')).toHaveLength(0);
    const marks = document.querySelector<HTMLCanvasElement>('canvas.tm-marks')!;
    expect(marks.dataset.markCount).toBe(String(layout.cards.length));
    // Hovering where the layout puts the card names it (the view is at 0, 0).
    const card = layout.cards.find((c) => c.id === 'tp-call')!;
    const pane = document.querySelector<HTMLElement>('.react-flow__pane')!;
    fireEvent.pointerMove(pane, {
      clientX: (card.x + card.width / 2) * zoom,
      clientY: (card.y + card.height / 2) * zoom,
      buttons: 0,
    });
    expect(pane.title).toBe('Phone the shop');
    expect(pane.style.cursor).toBe('pointer');
  });

  it('sizes card text so that, at the lowest zoom of its level, it is 11 px or more on screen', () => {
    const cards = readFileSync('src/app/canvas/card.css', 'utf8');
    const levels = readFileSync('src/app/canvas/card-levels.css', 'utf8');
    for (const size of TEXT_SIZES) {
      const zooms = levelZooms(size);
      const full = fontSizes(cards, size);
      expect(full.length).toBeGreaterThan(3);
      for (const px of full) {
        expect(px * zooms.full + 1e-9).toBeGreaterThanOrEqual(MIN_CARD_TEXT_PX);
      }
      const compact = fontSizes(levels, size);
      expect(compact).toEqual([COMPACT_TITLE_TEXT * Math.min(1, textScale(size))]);
      for (const px of compact) {
        expect(px * zooms.compact + 1e-9).toBeGreaterThanOrEqual(MIN_CARD_TEXT_PX);
      }
    }
  });
});

describe('stage and lane headers far out', () => {
  it('keep 12 px letters, a readable size, and the full name as the tooltip', () => {
    renderAt(0.05);
    const headers = document.querySelector<HTMLElement>('.tm-headers')!;
    const font = Number.parseFloat(headers.style.getPropertyValue('--tm-header-font'));
    expect(font).toBe(MIN_HEADER_FONT_PX);
    const stages = document.querySelector<HTMLElement>('.tm-stage-headers')!;
    const { minStage, minLane } = headerLimits('m');
    expect(Number.parseFloat(stages.style.height)).toBe(minStage);
    const lanes = document.querySelector<HTMLElement>('.tm-lane-headers')!;
    expect(Number.parseFloat(lanes.style.width)).toBe(minLane);
    for (const name of document.querySelectorAll<HTMLElement>('.tm-lane-name')) {
      expect(name.title).toBe(name.textContent);
    }
    // Far out a stage shows the whole words of its name that fit (an ellipsis after them),
    // or, when not even the first fits, its number; either way the tooltip has the name.
    const stageHeaders = [...document.querySelectorAll<HTMLElement>('.tm-stage-header')];
    expect(stageHeaders.length).toBeGreaterThan(1);
    for (const header of stageHeaders) {
      const name = header.querySelector<HTMLElement>('.tm-stage-name');
      if (name === null) {
        const index = header.querySelector<HTMLElement>('.tm-stage-index')!;
        expect(index.title).not.toBe('');
        continue;
      }
      const shown = name.textContent!;
      expect(name.title.startsWith(shown.replace(/…$/, ''))).toBe(true);
      if (shown !== name.title) expect(shown).toMatch(/\S…$/);
      // Cut between words: what is shown before the ellipsis ends a word of the name.
      const words = name.title.split(' ');
      expect(words.slice(0, shown.replace(/…$/, '').split(' ').length).join(' ')).toBe(
        shown.replace(/…$/, ''),
      );
      expect(header.querySelector('.tm-stage-index')).toBeNull();
    }
  });

  it('grow with the text size, letters and room: XL far out is 1.3 times M', () => {
    renderAt(0.05, false, 'xl');
    const headers = document.querySelector<HTMLElement>('.tm-headers')!;
    const font = Number.parseFloat(headers.style.getPropertyValue('--tm-header-font'));
    expect(font).toBeCloseTo(MIN_HEADER_FONT_PX * 1.3, 6);
    const lanes = document.querySelector<HTMLElement>('.tm-lane-headers')!;
    expect(Number.parseFloat(lanes.style.width)).toBeCloseTo(headerLimits('m').minLane * 1.3, 6);
  });
});

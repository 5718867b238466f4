/**
 * Semantic zoom on the card itself (TouchpointCard under React Flow at a set zoom): what
 * each level shows, and that the stylesheets' text sizes times the lowest zoom of their
 * level are never under 11 px on screen.
 */
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import { buildFlow, CARD_NODE_TYPE } from '../../../src/app/canvas/flow-model.ts';
import { TouchpointCard } from '../../../src/app/canvas/TouchpointCard.tsx';
import { MIN_HEADER_FONT_PX, StickyHeaders } from '../../../src/app/canvas/StickyHeaders.tsx';
import { MIN_LANE_HEADER_PX, MIN_STAGE_HEADER_PX } from '../../../src/app/canvas/viewport.ts';
import {
  COMPACT_MIN_ZOOM,
  COMPACT_TITLE_TEXT,
  FULL_MIN_ZOOM,
  MIN_CARD_TEXT_PX,
} from '../../../src/app/canvas/detail-level.ts';
import { StoresProvider } from '../../../src/app/store/context.tsx';
import { TEXT_SIZES, textScale } from '../../../src/core/text-size.ts';
import { createSession } from '../../../src/app/shell/session.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';
import { EditorUiProvider, createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';

const NODE_TYPES = { [CARD_NODE_TYPE]: TouchpointCard };

function smallMap() {
  const result = parse(readFileSync('test/fixtures/e2e/small.touchmap', 'utf8'));
  if (!result.ok) throw new Error('fixture');
  return result.map;
}

function renderAt(zoom: number) {
  const map = smallMap();
  const layout = computeLayout(map);
  const session = createSession({ map });
  const { nodes } = buildFlow({
    map,
    layout,
    filters: { kind: 'all', departmentId: null, search: '' },
    selection: { touchpoints: [], connections: [] },
  });
  render(
    <StoresProvider stores={{ ...session, platform: createMemoryPlatform() }}>
      <EditorUiProvider store={createEditorUiStore()}>
        <ReactFlowProvider>
          <ReactFlow
            nodes={nodes}
            nodeTypes={NODE_TYPES}
            defaultViewport={{ x: 0, y: 0, zoom }}
            minZoom={0.01}
          >
            <StickyHeaders layout={layout} stages={map.stages} departments={map.departments} />
          </ReactFlow>
        </ReactFlowProvider>
      </EditorUiProvider>
    </StoresProvider>,
  );
  const call = document.querySelector<HTMLElement>('.tm-card[data-touchpoint-id="tp-call"]')!;
  expect(call).not.toBeNull();
  return call;
}

/** Every font-size (px) a stylesheet sets. */
/**
 * Every font size a stylesheet sets, in canvas units, at its smallest over the text sizes:
 * a size is `Npx`, `calc(Npx * var(--tm-text-scale, 1))` (scaled), `max(Npx, ...)` (never
 * under N) or `var(--name)` (a custom property the sheet defines).
 */
function fontSizes(css: string): number[] {
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
    const px = /^([\d.]+)px$/.exec(v);
    if (px) return Number(px[1]);
    throw new Error(`a font size this test cannot read: ${v}`);
  };
  return [...css.matchAll(/font-size:\s*([^;]+);/g)].map((m) =>
    Math.min(...TEXT_SIZES.map((size) => at(m[1]!, textScale(size)))),
  );
}

describe('card levels of detail', () => {
  it('draws the full card from 100 %: kind word, channel, title, frictions, CSAT', () => {
    const call = renderAt(FULL_MIN_ZOOM);
    expect(call.dataset.level).toBe('full');
    expect(call.querySelector('.tm-card-kind')!.textContent).toBe('Service');
    expect(call.querySelector('.tm-card-channel')).not.toBeNull();
    expect(call.querySelector('.tm-card-title')!.textContent).toBe('Phone the shop');
    expect(call.textContent).toContain('2 · High');
    expect(call.textContent).toContain('CSAT 3');
  });

  it('draws a compact card below 100 %: the kind mark and the title, nothing else', () => {
    const call = renderAt(0.8);
    expect(call.dataset.level).toBe('compact');
    expect(call.className).toContain('tm-card--compact');
    expect(call.querySelector('.tm-card-kind-mark svg')).not.toBeNull();
    expect(call.querySelector('.tm-card-kind-mark')!.getAttribute('title')).toBe('Service');
    expect(call.querySelector('.tm-card-title')!.textContent).toBe('Phone the shop');
    expect(call.textContent).toBe('Phone the shop');
    expect(call.querySelectorAll('.react-flow__handle')).toHaveLength(2);
  });

  it('draws marks far out: one element, no text, the title as its tooltip', () => {
    const call = renderAt(COMPACT_MIN_ZOOM * 0.9);
    expect(call.dataset.level).toBe('marks');
    expect(call.children).toHaveLength(0);
    expect(call.textContent).toBe('');
    expect(call.title).toBe('Phone the shop');
    // The kind's look, the emotion dot's and the friction badge's colours, as variables.
    expect(call.style.getPropertyValue('--kind-stroke')).not.toBe('');
    expect(call.style.getPropertyValue('--emotion-color')).not.toBe('');
    expect(call.style.getPropertyValue('--severity-badge')).not.toBe('');
    expect(call.dataset).toMatchObject({ emotion: '-1', frictions: '2', kind: 'service' });
  });

  it('sizes card text so that, at the lowest zoom of its level, it is 11 px or more on screen', () => {
    const full = fontSizes(readFileSync('src/app/canvas/card.css', 'utf8'));
    expect(full.length).toBeGreaterThan(3);
    for (const px of full) expect(px * FULL_MIN_ZOOM).toBeGreaterThanOrEqual(MIN_CARD_TEXT_PX);
    const compact = fontSizes(readFileSync('src/app/canvas/card-levels.css', 'utf8'));
    expect(compact).toEqual([COMPACT_TITLE_TEXT]);
    for (const px of compact) {
      expect(px * COMPACT_MIN_ZOOM).toBeGreaterThanOrEqual(MIN_CARD_TEXT_PX);
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
    expect(Number.parseFloat(stages.style.height)).toBe(MIN_STAGE_HEADER_PX);
    const lanes = document.querySelector<HTMLElement>('.tm-lane-headers')!;
    expect(Number.parseFloat(lanes.style.width)).toBe(MIN_LANE_HEADER_PX);
    for (const name of document.querySelectorAll<HTMLElement>('.tm-stage-name, .tm-lane-name')) {
      expect(name.title).toBe(name.textContent);
    }
    // Far out, a stage header too narrow for its number shows the name alone.
    expect(document.querySelectorAll('.tm-stage-index')).toHaveLength(0);
  });
});

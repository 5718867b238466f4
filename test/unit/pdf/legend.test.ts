/**
 * The legend's entries for what only some maps use: the provisional look of assumed evidence
 * and the blueprint's lines are listed, in the vocabulary's words, only when the drawn map
 * has them; a plain journey map's legend draws exactly what it drew before they existed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { BLUEPRINT_LINES, EVIDENCE_TERMS } from '../../../src/core/vocabulary.ts';
import { prepareLegend } from '../../../src/pdf/draw-legend.ts';
import { FontSet } from '../../../src/pdf/fonts.ts';
import { legendContent } from '../../../src/core/legend-content.ts';
import { SvgPainter } from '../../../src/pdf/svg-painter.ts';
import { TEMPLATE_DIR, bundledFonts, loadMap } from './helpers.ts';

const hotel = (): JourneyMap => loadMap(join(TEMPLATE_DIR, 'hotel-stay.touchmap'));
const blueprint = (): JourneyMap =>
  loadMap(join(TEMPLATE_DIR, 'service-blueprint-family-weekend.touchmap'));

/** The legend of `map` drawn as SVG, and its height. */
async function legendOf(map: JourneyMap, content = legendContent(map, computeLayout(map))) {
  const p = new SvgPainter(new FontSet(await bundledFonts()));
  const legend = prepareLegend(p, content, 1600, 1);
  legend.draw(0, 0);
  return { svg: p.body(), height: legend.height };
}

const withEvidence = (map: JourneyMap, evidence: 'observed' | 'assumed'): JourneyMap => ({
  ...map,
  touchpoints: map.touchpoints.map((tp, i) => (i === 0 ? { ...tp, evidence } : tp)),
});

describe('legendContent', () => {
  it('finds nothing extra in a plain journey map', () => {
    const map = hotel();
    expect(legendContent(map, computeLayout(map))).toEqual({
      departments: map.departments,
      provisional: [],
      lines: [],
    });
  });

  it('lists assumed evidence on a touchpoint, a friction or a note, and only assumed', () => {
    const map = hotel();
    const layout = computeLayout(map);
    expect(legendContent(withEvidence(map, 'observed'), layout).provisional).toEqual([]);
    expect(legendContent(withEvidence(map, 'assumed'), layout).provisional).toEqual([
      EVIDENCE_TERMS.assumed,
    ]);
    const friction = {
      ...map,
      touchpoints: map.touchpoints.map((tp) => ({
        ...tp,
        frictions: tp.frictions.map((f) => ({ ...f, evidence: 'assumed' as const })),
      })),
    };
    expect(legendContent(friction, layout).provisional).toEqual([EVIDENCE_TERMS.assumed]);
  });

  it("lists the blueprint's lines the layout draws, top to bottom", () => {
    const map = blueprint();
    const content = legendContent(map, computeLayout(map));
    expect(content.lines).toEqual(['interaction', 'visibility', 'internal']);
    expect(content.provisional).toEqual([EVIDENCE_TERMS.assumed]);
  });
});

describe('the legend', () => {
  it('draws a plain map as before: no evidence or line entries, the same drawing', async () => {
    const map = hotel();
    const plain = await legendOf(map);
    // The legend's input before evidence and lines: its departments only.
    const before = await legendOf(map, {
      departments: map.departments,
      provisional: [],
      lines: [],
    });
    expect(plain).toEqual(before);
    expect(plain.svg).not.toContain('EVIDENCE');
    expect(plain.svg).not.toContain('BLUEPRINT LINES');
  });

  it('adds the dashed assumed card and its words when a card is assumed', async () => {
    const map = withEvidence(hotel(), 'assumed');
    const { svg, height } = await legendOf(map);
    expect(svg).toContain('>EVIDENCE<');
    expect(svg).toContain(`>${EVIDENCE_TERMS.assumed.word}<`);
    expect(svg).toContain(`>${EVIDENCE_TERMS.assumed.hint}<`);
    expect(svg).toMatch(/stroke-dasharray/);
    expect(svg).not.toContain(EVIDENCE_TERMS.observed.word);
    expect(height).toBeGreaterThanOrEqual((await legendOf(hotel())).height);
  });

  it("names each blueprint line and the rows it parts, in the vocabulary's words", async () => {
    const { svg } = await legendOf(blueprint());
    expect(svg).toContain('>BLUEPRINT LINES<');
    for (const line of Object.values(BLUEPRINT_LINES)) expect(svg).toContain(`>${line.word}<`);
    expect(svg).toContain('>Customer actions above, frontstage below<');
    expect(svg).toContain('>Frontstage above, backstage below<');
    expect(svg).toContain('>Backstage above, support below<');
  });
});

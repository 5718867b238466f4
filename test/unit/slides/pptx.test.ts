/**
 * The written .pptx, opened as the zip it is: one slide file per slide of the deck, every
 * card's title in an `<a:t>` text run (editable text, not a picture), no `<p:pic>` at all,
 * the 16:9 slide size. Where LibreOffice is installed (not in CI), it must also convert the
 * file to PDF, page for slide, which it only does for a file it can open.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { buildDeck } from '../../../src/slides/deck.ts';
import { writePptx } from '../../../src/slides/pptx.ts';

function hotel(): JourneyMap {
  const parsed = parse(readFileSync('examples/hotel-stay.touchmap', 'utf8'));
  if (!parsed.ok) throw new Error('hotel-stay does not parse');
  return parsed.map;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The slides' XML in slide order, and the text of every `<a:t>` run of each. */
async function open(
  map: JourneyMap,
): Promise<{ files: Record<string, Uint8Array>; slides: string[]; runs: string[][] }> {
  const files = unzipSync(await writePptx(map));
  const names = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const slides = names.map((n) => strFromU8(files[n]!));
  const runs = slides.map((xml) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!)),
  );
  return { files, slides, runs };
}

describe('the written .pptx', () => {
  const map = hotel();

  it('has a slide per slide of the deck, 16:9, and no pictures', async () => {
    const { files, slides } = await open(map);
    expect(slides.length).toBe(buildDeck(map).length);
    const presentation = strFromU8(files['ppt/presentation.xml']!);
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    for (const xml of slides) expect(xml).not.toContain('<p:pic');
  });

  it('writes every title, kind, emotion and friction as editable text runs', async () => {
    const { runs } = await open(map);
    const all = runs.flat().join('\n');
    expect(runs[0]).toContain(map.title);
    for (const stage of map.stages) expect(all).toContain(stage.name);
    for (const tp of map.touchpoints) {
      expect(all, tp.title).toContain(tp.title);
      for (const f of tp.frictions) expect(all).toContain(f.text);
    }
    expect(all).toContain('Service');
    expect(all).toContain('Experience');
    expect(all).toMatch(/Very negative \(−2\)/);
  });

  it('draws cards as native shapes: rounded service cards, dashed experience cards', async () => {
    const { slides } = await open(map);
    const stageXml = slides.slice(-map.stages.length).join('');
    expect(stageXml).toContain('prstGeom prst="roundRect"');
    expect(stageXml).toContain('prstDash val="dash"');
    // The emotion curve is one freeform path of cubic Béziers.
    expect(slides.join('')).toContain('<a:cubicBezTo>');
  });

  it('keeps characters that XML must escape', async () => {
    const tricky = { ...map, title: 'Fish & chips <fast> "quick"' };
    const { runs } = await open(tricky);
    expect(runs[0]).toContain('Fish & chips <fast> "quick"');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const pdfinfo = spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' }).status === 0;

describe.runIf(soffice && pdfinfo)('the .pptx in LibreOffice Impress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'touchmap-pptx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts to a PDF with a page per slide', async () => {
    const map = hotel();
    writeFileSync(join(dir, 'hotel.pptx'), await writePptx(map));
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'hotel.pptx')],
      {
        stdio: 'ignore',
        timeout: 170_000,
        env: { ...process.env, HOME: dir },
      },
    );
    const info = execFileSync('pdfinfo', [join(dir, 'hotel.pdf')], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(buildDeck(map).length);
    const text = execFileSync('pdftotext', [join(dir, 'hotel.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(map.touchpoints[0]!.title.split(' ')[0]);
  }, 180_000);
});

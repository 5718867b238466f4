/**
 * Editor benchmark: the built renderer beside a bare React Flow page (./bare-flow) showing
 * the same generated map, in headless Chromium, in one run. For 300 and 1,500 touchpoints
 * the two pages take turns (Touchmap first, then the bare page; with BENCH_ROUNDS=n the
 * order flips every round and each figure is the median), so the machine's noise hits both.
 * What each pass measures is in ./editor-scenario.ts; the result is a table of figures,
 * Touchmap, bare React Flow and their ratio.
 *
 * Targets: p95 frame < 16.7 ms at 300 cards and < 33 ms at 1,500; first render of 1,500 < 1.5 s.
 *
 *   npx tsx --expose-gc test/bench/run.ts editor     (or: npm run bench -- editor)
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RENDERER_DIR } from '../e2e/support/harness.ts';
import { BARE_MARK } from './bare-flow/contract.ts';
import { runScenario, type Figures, type Target } from './editor-scenario.ts';
import { comparisonRows, medianFigures } from './editor-rows.ts';
import { generateMap } from './generate-map.ts';
import type { ComparisonRow } from './table.ts';

const SIZES = [300, 1500] as const;
const BARE_DIR = resolve('dist/bench-bare');
const WINDOW = { width: 1440, height: 900 };

const TOUCHMAP: Target = {
  name: 'Touchmap',
  root: RENDERER_DIR,
  nodeSelector: '.react-flow__node-touchpoint',
  // BENCH_MARK of src/app/shell/bench-hook.ts (importing it would load the app's store).
  mark: 'touchmap:bench-map-received',
  mapGlobal: '__TOUCHMAP_BENCH_MAP__',
  // The toolbar's Fit: the canvas has no zoom buttons of its own.
  fitSelector: '.tm-toolbar [data-command="zoomFit"]',
  rename: {
    titleSelector: '.tm-card-title',
    inputSelector: '.tm-card-title-input',
    // DRAFT_PREFIX of src/app/platform/web.ts (importing it would load the app's platform).
    draftKeyPrefix: 'touchmap.draft.',
  },
  marksFromLayout: true,
};

const BARE: Target = {
  name: 'bare React Flow',
  root: BARE_DIR,
  nodeSelector: '.react-flow__node',
  mark: BARE_MARK,
  mapGlobal: '__BARE_FLOW_MAP__',
  fitSelector: '.react-flow__controls-fitview',
};

function ensureBuilds(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    execSync('npx vite build', { stdio: 'inherit' });
  }
  // Small and quick: always rebuilt, so it never lags behind bare-flow's source.
  execSync('npx vite build --logLevel warn --config test/bench/bare-flow/vite.config.ts', {
    stdio: 'inherit',
  });
}

export async function benchEditor(
  rounds = Number(process.env.BENCH_ROUNDS ?? 1),
): Promise<ComparisonRow[]> {
  ensureBuilds();
  const rows: ComparisonRow[] = [];
  for (const size of SIZES) {
    const { text } = generateMap(size);
    const touchmap: Figures[] = [];
    const bare: Figures[] = [];
    // The bare page fills a window the size of Touchmap's canvas, so both show as much map.
    let canvas: { width: number; height: number } | null = null;
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [TOUCHMAP, BARE] : [BARE, TOUCHMAP];
      for (const target of order) {
        const window = target === TOUCHMAP || canvas === null ? WINDOW : canvas;
        const figures = await runScenario(target, text, window);
        if (target === TOUCHMAP) {
          canvas ??= { width: figures['flow.width']!, height: figures['flow.height']! };
          touchmap.push(figures);
        } else bare.push(figures);
      }
    }
    rows.push(...comparisonRows(size, medianFigures(touchmap), medianFigures(bare)));
  }
  return rows;
}

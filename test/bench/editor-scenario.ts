/**
 * One editor benchmark pass over one page (Touchmap or the bare React Flow page) with one
 * map: first render; drag, pan and wheel zoom in the opening view; for Touchmap, renaming
 * a card seven times; pressing Fit until the view settles; the idle main thread and the heap
 * after Fit; drag, pan and zoom again in the fitted view. Both pages go through the same steps,
 * so their figures can be set side by side.
 */
import type { Page } from 'playwright-core';
import { heapAfterGc, idleBusyShare, openBenchPage } from './browser.ts';
import {
  arm,
  collectResult,
  domNodeCount,
  draftsChanged,
  emptyPanePoint,
  isDragging,
  nodeNearMiddle,
  startFrames,
  stopFrames,
  viewportTransform,
  waitForFullRender,
  type Point,
  type Watch,
} from './page-probes.ts';
import { frameStats, median } from './stats.ts';
import { layoutOf, markBoxes, markNearMiddle } from './mark-probe.ts';
import type { MapLayout } from '../../src/core/layout.ts';

export interface Target {
  name: string;
  /** The built page folder. */
  root: string;
  /** One rendered map node. */
  nodeSelector: string;
  /** The performance mark the page sets when it receives the map. */
  mark: string;
  /** The global the page reads the map's text from. */
  mapGlobal: string;
  /** The Fit control on the canvas. */
  fitSelector: string;
  /**
   * Rename a card and time Enter (Touchmap only). The rename is an edit, so a few seconds
   * later the page writes a draft of the map to localStorage under a key starting with
   * `draftKeyPrefix`; the pass waits for it, so that the Fit and the idle main thread after
   * it are measured without the autosave (a one-off write the bare page has no peer of).
   */
  rename?: { titleSelector: string; inputSelector: string; draftKeyPrefix: string };
  /**
   * Far out Touchmap draws cards as paths, not nodes (its 'marks' level): a card to drag is
   * then found from the map's layout and the viewport (Touchmap only).
   */
  marksFromLayout?: boolean;
}

export type Figures = Record<string, number>;

const DRAG_STEPS = 40;
const PAN_STEPS = 40;
/** Wheel notches per zoom stroke; in, out, in, out, so the view ends where it began. */
const ZOOM_NOTCHES = 6;
/** The main thread's busy share after Fit is measured over this long, once Fit has settled. */
const IDLE_MS = 3000;
/** Fit has settled once no long task has run for this long (and the view stopped moving). */
const FIT_QUIET_MS = 300;
/**
 * Titles given in turn for the Enter figure (its median); short enough to show whole. Seven:
 * one Enter on the 1,500-card map runs from 19 to 62 ms with the machine's load, and the
 * median of three swung from 32 to 40 ms between runs of the same build.
 */
const RENAMED_TITLES = [
  'Renamed by the benchmark',
  'Renamed by a benchmark',
  'Renamed once more',
  'Renamed a fourth time',
  'Renamed a fifth time',
  'Renamed a sixth time',
  'Renamed a last time',
];

const round = (n: number) => Math.round(n * 10) / 10;

/** Runs `gesture` while recording frames; figures keyed `<prefix>.fps|p50|p95`. */
async function framed(page: Page, prefix: string, gesture: () => Promise<void>): Promise<Figures> {
  await page.evaluate(startFrames);
  await gesture();
  const stats = frameStats(await page.evaluate(stopFrames));
  return {
    [`${prefix}.fps`]: stats.fps,
    [`${prefix}.p50`]: stats.p50,
    [`${prefix}.p95`]: stats.p95,
  };
}

function warn(target: Target, message: string): void {
  console.warn(`[bench ${target.name}] ${message}`);
}

async function drag(page: Page, target: Target, layout: MapLayout | null): Promise<void> {
  const at =
    (await page.evaluate(nodeNearMiddle, target.nodeSelector)) ??
    (layout ? await markNearMiddle(page, layout) : null);
  if (!at) throw new Error(`${target.name}: no node on screen to drag`);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_STEPS; i++) {
    await page.mouse.move(at.x + i * 4, at.y + Math.sin(i / 6) * 40);
    if (i === 5 && !(await page.evaluate(isDragging))) warn(target, 'the drag did not pick a node');
  }
  await page.mouse.up();
}

async function pan(page: Page, target: Target, layout: MapLayout | null): Promise<void> {
  const taken = layout ? await markBoxes(page, layout) : [];
  const at: Point | null = await page.evaluate(emptyPanePoint, taken);
  if (!at) throw new Error(`${target.name}: no empty canvas to pan from`);
  const before = await page.evaluate(viewportTransform);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 1; i <= PAN_STEPS; i++) await page.mouse.move(at.x - i * 6, at.y - i * 4);
  await page.mouse.up();
  if ((await page.evaluate(viewportTransform)) === before) warn(target, 'the pan did not move');
}

async function zoom(page: Page): Promise<void> {
  const box = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const direction of [-1, 1, -1, 1]) {
    for (let i = 0; i < ZOOM_NOTCHES; i++) await page.mouse.wheel(0, direction * 100);
  }
}

async function gestures(
  page: Page,
  target: Target,
  view: string,
  layout: MapLayout | null,
): Promise<Figures> {
  const prefix = target.rename?.draftKeyPrefix;
  if (prefix !== undefined) await page.evaluate(draftsChanged, { prefix, remember: true });
  const dragged = await framed(page, `${view}.drag`, () => drag(page, target, layout));
  // Dropping the card is an edit: its draft is written a few seconds later, in the middle
  // of the pan or zoom otherwise (a one-off write the bare page has no peer of).
  if (prefix !== undefined) {
    await page.waitForFunction(
      draftsChanged,
      { prefix, remember: false },
      { polling: 100, timeout: 20_000 },
    );
  }
  return {
    ...dragged,
    ...(await framed(page, `${view}.pan`, () => pan(page, target, layout))),
    ...(await framed(page, `${view}.zoom`, () => zoom(page))),
  };
}

/** Whether a draft holding `text` is in localStorage (runs in the page). */
function draftWritten({ prefix, text }: { prefix: string; text: string }): boolean {
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? '';
    if (key.startsWith(prefix) && (localStorage.getItem(key) ?? '').includes(text)) return true;
  }
  return false;
}

/** Double-clicks a card, types a new title and times Enter until the title is painted. */
async function renameCard(page: Page, target: Target, title: string): Promise<number> {
  const { titleSelector, inputSelector } = target.rename!;
  const at = await page.evaluate(nodeNearMiddle, target.nodeSelector);
  if (!at) throw new Error(`${target.name}: no card on screen to rename`);
  await page.mouse.dblclick(at.x, at.y);
  await page.locator(inputSelector).waitFor();
  await page.keyboard.type(title);
  await page.evaluate<void, Watch>(arm, { kind: 'commit', selector: titleSelector, title });
  await page.keyboard.press('Enter');
  return (await page.evaluate(collectResult)) as number;
}

async function pressFit(
  page: Page,
  target: Target,
): Promise<{ ms: number; longestTask: number; nodes: number }> {
  const box = (await page.locator(target.fitSelector).first().boundingBox())!;
  await page.evaluate<void, Watch>(arm, {
    kind: 'fit',
    selector: target.nodeSelector,
    quietMs: FIT_QUIET_MS,
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return (await page.evaluate(collectResult)) as { ms: number; longestTask: number; nodes: number };
}

export async function runScenario(
  target: Target,
  mapText: string,
  size: { width: number; height: number },
): Promise<Figures> {
  const app = await openBenchPage({
    root: target.root,
    ...size,
    initScript: `window[${JSON.stringify(target.mapGlobal)}] = ${JSON.stringify(mapText)};`,
  });
  const layout = target.marksFromLayout ? layoutOf(mapText) : null;
  try {
    const { page, cdp } = app;
    const render = await page.evaluate(waitForFullRender, {
      selector: target.nodeSelector,
      mark: target.mark,
    });
    const flow = (await page.locator('.react-flow').boundingBox())!;
    const figures: Figures = {
      'flow.width': Math.round(flow.width),
      'flow.height': Math.round(flow.height),
      firstRender: round(render.fromMap),
      loadToRender: round(render.fromNavigation),
      nodesInDom: render.nodes,
      ...(await gestures(page, target, 'default', layout)),
    };
    if (target.rename) {
      // One Enter swings by a frame or more either way with the machine's load: the median
      // of a few renames, each after the draft of the one before is written.
      const times: number[] = [];
      for (const title of RENAMED_TITLES) {
        times.push(await renameCard(page, target, title));
        await page.waitForFunction(
          draftWritten,
          { prefix: target.rename.draftKeyPrefix, text: title },
          { polling: 100, timeout: 20_000 },
        );
      }
      figures.enterCommit = round(median(times));
    }
    const fit = await pressFit(page, target);
    figures['fit.settled'] = round(fit.ms);
    figures['fit.longestTask'] = round(fit.longestTask);
    figures['fit.nodesInDom'] = fit.nodes;
    figures['fit.domElements'] = await page.evaluate(domNodeCount);
    figures['fit.idleBusyPercent'] = round(100 * (await idleBusyShare(page, cdp, IDLE_MS)));
    figures['fit.heapMb'] = round((await heapAfterGc(cdp)) / 1024 / 1024);
    Object.assign(figures, await gestures(page, target, 'fit', layout));
    return figures;
  } finally {
    await app.close();
  }
}

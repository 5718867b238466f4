/**
 * Picks the Platform adapter at start-up: the desktop app's preload exposes
 * `window.touchmap`, and then the Electron adapter talks to the main process; anything
 * else (a browser, the e2e tests) gets the web adapter.
 *
 * The Electron adapter is loaded lazily and only if its module exists in this build
 * (import.meta.glob matches nothing when the file is absent), so the web build neither
 * needs it nor carries it in its first chunk.
 */
import type { Platform } from '../platform/platform.ts';
import { createWebPlatform } from '../platform/web.ts';

type AdapterModule = Record<string, unknown>;

const electronAdapters = import.meta.glob<AdapterModule>('../platform/electron.ts');

function findFactory(module: AdapterModule): ((bridge: unknown) => Platform) | null {
  const named = module.createElectronPlatform ?? module.default;
  return typeof named === 'function' ? (named as (bridge: unknown) => Platform) : null;
}

export async function choosePlatform(win: Window = window): Promise<Platform> {
  const bridge = (win as Window & { touchmap?: unknown }).touchmap;
  const load = electronAdapters['../platform/electron.ts'];
  if (bridge !== undefined && load !== undefined) {
    const factory = findFactory(await load());
    if (factory !== null) return factory(bridge);
  }
  return createWebPlatform();
}

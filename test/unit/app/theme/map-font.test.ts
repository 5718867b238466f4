import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMapFont, MAP_FONT_FACES } from '../../../../src/app/theme/map-font.ts';

const CSS = 'src/app/theme/map-font.css';

describe('the map font', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is declared in map-font.css for each face loaded, from fonts in assets/', () => {
    const css = readFileSync(CSS, 'utf8');
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
      family: /font-family:\s*'([^']+)'/.exec(body!)?.[1],
      weight: /font-weight:\s*(\d+)/.exec(body!)?.[1],
      src: /url\('([^']+)'\)/.exec(body!)?.[1],
    }));
    expect(faces.map((face) => `${face.weight} 16px "${face.family}"`)).toEqual(MAP_FONT_FACES);
    for (const face of faces) expect(existsSync(resolve(dirname(CSS), face.src!))).toBe(true);
    expect(css).toMatch(/--tm-map-font:\s*'Touchmap Sans',/);
  });

  it('waits for both faces before the app renders', async () => {
    let finish = () => {};
    const asked: string[] = [];
    const fonts = {
      load: (face: string) => {
        asked.push(face);
        return new Promise<FontFace[]>((done) => {
          const before = finish;
          finish = () => {
            before();
            done([]);
          };
        });
      },
    };
    let ready = false;
    const loading = loadMapFont(fonts).then(() => (ready = true));
    await Promise.resolve();
    expect(asked).toEqual(MAP_FONT_FACES);
    expect(ready).toBe(false);
    finish();
    await loading;
    expect(ready).toBe(true);
  });

  it('starts the app anyway when a face fails to load or never does', async () => {
    await expect(loadMapFont({ load: () => Promise.reject(new Error('no')) })).resolves.toBe(
      undefined,
    );
    vi.useFakeTimers();
    const hanging = loadMapFont({ load: () => new Promise<FontFace[]>(() => {}) }, 3000);
    let ready = false;
    void hanging.then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
    // Where there is no font set at all (not a browser), nothing to wait for.
    await expect(loadMapFont(undefined)).resolves.toBe(undefined);
  });
});

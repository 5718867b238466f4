/**
 * For a CLI suite: a fresh temporary folder before each test (removed after it) and the
 * example hotel-stay map, parsed, to write edited copies of into that folder. The folder is
 * tmp-folder.ts's `tmp`: a suite takes hotelFolder or tmpFolderEachTest, not both.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { ROOT } from './bin.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';

export interface HotelFolder {
  /** The running test's temporary folder. */
  readonly dir: string;
  /** The example hotel-stay map as parsed (copied before every edit: do not change it). */
  readonly hotel: JourneyMap;
  /** Writes the hotel map, edited by `edit`, to `name` in the folder; returns its path. */
  mapFile(name: string, edit?: (map: JourneyMap) => void): Promise<string>;
}

async function readHotel(): Promise<JourneyMap> {
  const parsed = parse(await readFile(join(ROOT, 'examples/hotel-stay.touchmap'), 'utf8'));
  if (!parsed.ok) throw new Error('the example does not parse');
  return parsed.map;
}

export function hotelFolder(prefix: string): HotelFolder {
  let hotel: JourneyMap | null = null;
  tmpFolderEachTest(prefix);
  beforeEach(async () => {
    hotel = await readHotel();
  });
  const current = (): JourneyMap => {
    if (hotel === null) throw new Error('hotelFolder: no test is running');
    return hotel;
  };
  return {
    get dir() {
      return tmp;
    },
    get hotel() {
      return current();
    },
    async mapFile(name, edit = () => {}) {
      const map = structuredClone(current());
      edit(map);
      const path = join(tmp, name);
      await writeFile(path, `${JSON.stringify(map, null, 2)}\n`);
      return path;
    },
  };
}

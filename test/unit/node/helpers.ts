/** Temporary folders and valid map texts for the tests of src/node. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const folders: string[] = [];

/** A fresh empty folder, removed after the test. */
export async function tempFolder(prefix = 'touchmap-node-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

/** A valid map with `touchpoints` touchpoints, in canonical form; `seed` varies the text. */
export function mapText(title: string, touchpoints = 2, seed = 0): string {
  const map = {
    format: 'touchmap',
    version: 1,
    id: 'map-1',
    title,
    stages: [
      { id: 'st-a', name: 'Awareness' },
      { id: 'st-b', name: 'Purchase' },
    ],
    departments: [
      { id: 'dep-m', name: 'Marketing', color: '#d9734e' },
      { id: 'dep-cs', name: 'Customer Service', color: '#3f88c5' },
    ],
    touchpoints: Array.from({ length: touchpoints }, (_, i) => ({
      id: `tp-${i}`,
      title: `Touchpoint ${i} of ${title}`,
      description: `Seed ${seed}: ${'the customer meets the brand here. '.repeat(3)}`,
      stageId: i % 2 ? 'st-b' : 'st-a',
      departmentId: i % 3 ? 'dep-m' : 'dep-cs',
      kind: i % 3 ? 'experience' : 'service',
      channel: 'web',
      emotion: (i % 5) - 2,
      frictions: [],
      opportunities: [],
      position: { x: 16 + (i % 7), y: 16 + seed },
    })),
    connections: [],
  };
  return `${JSON.stringify(map, null, 2)}\n`;
}

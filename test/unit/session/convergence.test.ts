import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { applyMapToDoc, mapToDoc, readMapFromDoc } from '../../../src/session/doc-binding.ts';
import { generateMap } from '../../bench/generate-map.ts';
import { applyEdit, editArb, type Edit } from './map-edits.ts';
import {
  connect,
  startRelay,
  synced,
  until,
  type RunningRelay,
  type TestClient,
} from './relay-harness.ts';

const base = generateMap(12).map;

let running: RunningRelay | null = null;
let clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients) client.provider.destroy();
  clients = [];
  await running?.stop();
  running = null;
});

function readMap(client: TestClient): JourneyMap {
  const result = readMapFromDoc(client.doc);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.map;
}

let serial = 0;
const edit = (client: TestClient, who: number, change: Edit) =>
  applyMapToDoc(client.doc, applyEdit(readMap(client), change, who, serial++), 'local');

/** Every client reads the same map, and it is one the file reader accepts. */
async function converged(all: TestClient[]): Promise<string> {
  const text = () => all.map((c) => serialize(readMap(c)));
  await until(() => new Set(text()).size === 1, 8000, 'the clients to converge');
  const [one] = text();
  expect(parse(one!).ok).toBe(true);
  return one!;
}

async function startSession(count: number, port = 0): Promise<TestClient[]> {
  running = await startRelay({}, port);
  const first = connect(running.port);
  mapToDoc(base, first.doc);
  clients = [first];
  for (let i = 1; i < count; i++) clients.push(connect(running.port));
  await Promise.all(clients.map(synced));
  await converged(clients);
  return clients;
}

describe('a live session through the relay', () => {
  it('converges on one valid map whatever 2-8 participants do at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.tuple(fc.nat(7), editArb), { minLength: 1, maxLength: 30 }),
        async (count, edits) => {
          const all = await startSession(count);
          // Edits made in one tick are concurrent: no client has seen another's yet.
          for (const [who, change] of edits) edit(all[who % count]!, who % count, change);
          await converged(all);
          for (const client of all) client.provider.destroy();
          clients = [];
          await running!.stop();
          running = null;
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);

  it('keeps every edit when the relay is killed and restarted mid-session', async () => {
    const all = await startSession(3);
    const port = running!.port;
    edit(all[0]!, 0, { kind: 'rename', pick: 0, other: 0, text: 'Before the crash' });
    await converged(all);
    await running!.kill();
    running = null;
    await until(() => all.every((c) => !c.provider.wsconnected), 3000, 'the clients to notice');
    // While the relay is down, each participant keeps editing its own copy.
    edit(all[0]!, 0, { kind: 'rename', pick: 1, other: 0, text: 'While down, by 0' });
    edit(all[1]!, 1, { kind: 'add-touchpoint', pick: 2, other: 1, text: 'Added by 1' });
    edit(all[2]!, 2, { kind: 'describe', pick: 0, other: 0, text: ' typed by 2' });
    // A fresh relay with an empty doc on the same port: the clients bring the map back.
    running = await startRelay({}, port);
    await until(() => all.every((c) => c.provider.wsconnected), 5000, 'the clients to reconnect');
    const map = parse(await converged(all));
    if (!map.ok) throw new Error('not a map');
    const titles = map.map.touchpoints.map((t) => t.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Before the crash', 'While down, by 0', 'Added by 1']),
    );
    expect(map.map.stages[0]!.description).toMatch(/typed by 2$/);
  });

  it('merges a participant who edited offline while the others went on', async () => {
    // Yjs keeps no clock: an offline stretch of 30 s or of 0.5 s merges the same way. The
    // only timed state is presence, dropped after 30 s without a renewal; the doc is not.
    const all = await startSession(3);
    const [away, ...others] = all;
    away!.provider.disconnect();
    edit(away!, 0, { kind: 'delete-stage', pick: 0, other: 1, text: 'x' });
    for (let i = 0; i < 5; i++) {
      edit(away!, 0, { kind: 'add-touchpoint', pick: i, other: i, text: `Offline ${i}` });
      edit(others[i % 2]!, 1 + (i % 2), {
        kind: 'rename',
        pick: i + 3,
        other: 0,
        text: `Online ${i}`,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    away!.provider.connect();
    const merged = parse(await converged(all));
    if (!merged.ok) throw new Error('not a map');
    const titles = merged.map.touchpoints.map((t) => t.title);
    for (let i = 0; i < 5; i++) expect(titles).toContain(`Offline ${i}`);
  });
});

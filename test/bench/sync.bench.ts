/**
 * Live co-editing on the 1,500-touchpoint map of generate-map.ts: a relay and 20 stock
 * y-websocket participants on 127.0.0.1, all in this process (so every figure includes the
 * receivers' own work on one event loop: pessimistic). Run with `npm run bench -- sync`.
 *
 * - sync.initial.ms.*: from 20 joining at once to each holding the whole map
 * - sync.join.one.ms: one more joining the running session (goal ≤ 1 s)
 * - sync.edit.ms.*: from one participant's title edit to each other one having it (goal p95 ≤ 150 ms)
 * - sync.relay.*: the relay process's memory with the map loaded, before anyone joins
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createRelay } from '../../src/node/session/relay.ts';
import { applyMapToDoc, mapToDoc, readMapFromDoc } from '../../src/session/doc-binding.ts';
import { relayAddress } from '../../src/session/links.ts';
import { generateMap } from './generate-map.ts';

const PARTICIPANTS = 20;
const EDITS = 40;
const TOKEN = 'bench-edit-token-0123456789abcdef';

const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (ms: number): number => Math.round(ms * 10) / 10;
const mb = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

export async function benchSync(): Promise<Record<string, number>> {
  const { map } = generateMap(1500);
  gc();
  const before = process.memoryUsage();
  const doc = new Y.Doc();
  mapToDoc(map, doc);
  const relay = createRelay({ doc, editToken: TOKEN, viewToken: `${TOKEN}-view` });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => relay.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  gc();
  const loaded = process.memoryUsage();

  const { serverUrl, room, params } = relayAddress({
    base: `http://127.0.0.1:${port}/`,
    token: TOKEN,
    mode: 'edit',
  });
  const started = performance.now();
  const joins = Array.from({ length: PARTICIPANTS }, () => {
    const clientDoc = new Y.Doc();
    const provider = new WebsocketProvider(serverUrl, room, clientDoc, {
      params,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const synced = new Promise<number>((resolve) =>
      provider.once('sync', () => resolve(performance.now() - started)),
    );
    return { doc: clientDoc, provider, synced };
  });
  const initial = await Promise.all(joins.map((j) => j.synced));

  const readStart = performance.now();
  const read = readMapFromDoc(joins[0]!.doc);
  const readMs = performance.now() - readStart;
  if (!read.ok || read.map.touchpoints.length !== 1500)
    throw new Error('the map did not sync whole');

  const latencies: number[] = [];
  const applyTimes: number[] = [];
  let current = read.map;
  for (let e = 0; e < EDITS; e++) {
    const author = joins[e % PARTICIPANTS]!;
    const others = joins.filter((j) => j !== author);
    const title = `Edited ${e}`;
    const arrived = others.map(
      (other) =>
        new Promise<number>((resolve) => {
          const onUpdate = () => {
            other.doc.off('update', onUpdate);
            resolve(performance.now());
          };
          other.doc.on('update', onUpdate);
        }),
    );
    const index = (e * 37) % current.touchpoints.length;
    current = {
      ...current,
      touchpoints: current.touchpoints.map((t, i) => (i === index ? { ...t, title } : t)),
    };
    const sent = performance.now();
    applyMapToDoc(author.doc, current, 'local');
    applyTimes.push(performance.now() - sent);
    for (const at of await Promise.all(arrived)) latencies.push(at - sent);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  // One more participant joining a running session: what each person waits for on their
  // own device (the 20 joining at once above share this one process and its event loop).
  const lateDoc = new Y.Doc();
  const lateStart = performance.now();
  const late = new WebsocketProvider(serverUrl, room, lateDoc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const joinMs = await new Promise<number>((resolve) =>
    late.once('sync', () => resolve(performance.now() - lateStart)),
  );
  late.destroy();

  for (const j of joins) j.provider.destroy();
  await relay.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    'sync.participants': PARTICIPANTS,
    'sync.initial.ms.median': round(percentile(initial, 50)),
    'sync.initial.ms.max': round(Math.max(...initial)),
    'sync.join.one.ms': round(joinMs),
    'sync.edit.ms.p50': round(percentile(latencies, 50)),
    'sync.edit.ms.p95': round(percentile(latencies, 95)),
    'sync.edit.ms.max': round(Math.max(...latencies)),
    'sync.edit.apply.ms.median': round(percentile(applyTimes, 50)),
    'sync.read.ms': round(readMs),
    'sync.doc.kb': Math.round(Y.encodeStateAsUpdate(doc).byteLength / 1024),
    'sync.relay.heapUsed.mb': mb(loaded.heapUsed - before.heapUsed),
    'sync.relay.rss.mb': mb(loaded.rss),
    'sync.relay.heapUsed.total.mb': mb(loaded.heapUsed),
  };
}

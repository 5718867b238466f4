/**
 * Live co-editing on the 1,500-touchpoint map of generate-map.ts: a relay and 20 participants
 * on 127.0.0.1. Run with `npm run bench -- sync`.
 *
 * In a room each participant has a device of their own; here all of them share this process
 * and two cores, so 20 stock clients joining at once queue behind each other's decoding of
 * the doc (~100 ms each) and time the harness, not the session. Initial sync is therefore
 * measured in its two parts: the relay serving 20 joiners at once (20 real sockets speaking
 * the protocol, which receive the whole doc and do nothing else), and what one participant's
 * device then does (apply the doc, read the map). The one-process figure is kept beside them.
 *
 * - sync.initial.ms.*: 20 joining at once, each until holding the whole map (goal ≤ 1 s):
 *   the relay's answer to each (sync.initial.wire.ms.*) plus one device's work
 *   (sync.initial.device.ms: Y.applyUpdate of the whole doc and readMapFromDoc, slowest of 3)
 * - sync.initial.oneprocess.ms.*: 20 stock y-websocket clients in this one process (harness-bound)
 * - sync.join.one.ms: one more stock client joining the running session
 * - sync.edit.ms.*: from one participant's title edit to each other one having it (goal p95 ≤ 150 ms)
 * - sync.remote.read.*.ms: a participant reading the map after someone else's title edit:
 *   whole (readMapFromDoc) and incremental (createDocReader), median of the edits
 * - sync.relay.*: the relay process's memory with the map loaded, before anyone joins
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createRelay } from '../../src/node/session/relay.ts';
import { applyMapToDoc, mapToDoc, readMapFromDoc } from '../../src/session/doc-binding.ts';
import { createDocReader } from '../../src/session/doc-reader.ts';
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
  const socketUrl = `${serverUrl}/${room}?session=${TOKEN}`;

  const wire = await Promise.all(
    Array.from({ length: PARTICIPANTS }, () => wholeDocBytes(socketUrl)),
  );
  const wireMs = wire.map((w) => w.ms);
  const deviceMs = Math.max(...[0, 1, 2].map(() => deviceWork(wire[0]!.update)));
  const initial = wireMs.map((ms) => ms + deviceMs);

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
  const oneProcess = await Promise.all(joins.map((j) => j.synced));

  const readStart = performance.now();
  const read = readMapFromDoc(joins[0]!.doc);
  const readMs = performance.now() - readStart;
  if (!read.ok || read.map.touchpoints.length !== 1500)
    throw new Error('the map did not sync whole');

  const latencies: number[] = [];
  const applyTimes: number[] = [];
  const wholeReads: number[] = [];
  const incrementalReads: number[] = [];
  // The last participant reads every other one's edits, both ways.
  const watcher = joins[PARTICIPANTS - 1]!.doc;
  const reader = createDocReader(watcher);
  reader.read();
  let current = read.map;
  for (let e = 0; e < EDITS; e++) {
    const author = joins[e % (PARTICIPANTS - 1)]!;
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
    let t = performance.now();
    const incremental = reader.read();
    incrementalReads.push(performance.now() - t);
    t = performance.now();
    const whole = readMapFromDoc(watcher);
    wholeReads.push(performance.now() - t);
    if (!incremental.ok || !whole.ok || incremental.map.touchpoints[index]!.title !== title)
      throw new Error('the edit was not read');
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

  reader.dispose();
  for (const j of joins) j.provider.destroy();
  await relay.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    'sync.participants': PARTICIPANTS,
    'sync.initial.ms.median': round(percentile(initial, 50)),
    'sync.initial.ms.max': round(Math.max(...initial)),
    'sync.initial.wire.ms.median': round(percentile(wireMs, 50)),
    'sync.initial.wire.ms.max': round(Math.max(...wireMs)),
    'sync.initial.device.ms': round(deviceMs),
    'sync.initial.oneprocess.ms.median': round(percentile(oneProcess, 50)),
    'sync.initial.oneprocess.ms.max': round(Math.max(...oneProcess)),
    'sync.join.one.ms': round(joinMs),
    'sync.edit.ms.p50': round(percentile(latencies, 50)),
    'sync.edit.ms.p95': round(percentile(latencies, 95)),
    'sync.edit.ms.max': round(Math.max(...latencies)),
    'sync.edit.apply.ms.median': round(percentile(applyTimes, 50)),
    'sync.read.ms': round(readMs),
    'sync.remote.read.whole.ms': round(percentile(wholeReads, 50)),
    'sync.remote.read.incremental.ms': round(percentile(incrementalReads, 50)),
    'sync.doc.kb': Math.round(Y.encodeStateAsUpdate(doc).byteLength / 1024),
    'sync.relay.heapUsed.mb': mb(loaded.heapUsed - before.heapUsed),
    'sync.relay.rss.mb': mb(loaded.rss),
    'sync.relay.heapUsed.total.mb': mb(loaded.heapUsed),
  };
}

/**
 * A joiner that only receives: opens a socket, asks for the doc with an empty state vector
 * (as a fresh stock client does) and stops the clock when the relay's whole answer is in.
 */
function wholeDocBytes(url: string): Promise<{ ms: number; update: Uint8Array }> {
  const start = performance.now();
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, new Y.Doc());
      socket.send(encoding.toUint8Array(encoder));
    });
    socket.on('message', (data: ArrayBuffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) return;
      if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) return;
      const ms = performance.now() - start;
      resolve({ ms, update: decoding.readVarUint8Array(decoder) });
      socket.close();
    });
  });
}

/** One participant's own work on joining: the whole doc applied, then read as a map. */
function deviceWork(update: Uint8Array): number {
  const start = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const read = readMapFromDoc(doc);
  const ms = performance.now() - start;
  if (!read.ok || read.map.touchpoints.length !== 1500) throw new Error('the answer was not whole');
  return ms;
}

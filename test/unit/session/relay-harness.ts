/** A relay on a real socket (127.0.0.1, port 0) and stock y-websocket clients for it. */
import { afterEach } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createRelay, type Relay, type RelayOptions } from '../../../src/node/session/relay.ts';
import { relayAddress } from '../../../src/session/links.ts';

export const EDIT_TOKEN = 'edit-token-0123456789abcdefghij';
const VIEW_TOKEN = 'view-token-0123456789abcdefghij';
export const HOST_TOKEN = 'host-token-0123456789abcdefghij';

export interface RunningRelay {
  relay: Relay;
  port: number;
  stop(): Promise<void>;
  /** Cuts every connection with no close handshake, as a crashed process would. */
  kill(): Promise<void>;
}

export async function startRelay(
  options: Partial<RelayOptions> = {},
  port = 0,
): Promise<RunningRelay> {
  const relay = createRelay({
    doc: new Y.Doc(),
    editToken: EDIT_TOKEN,
    viewToken: VIEW_TOKEN,
    hostToken: HOST_TOKEN,
    ...options,
  });
  const server: Server = createServer((_req, res) => {
    res.writeHead(404).end();
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (request, socket, head) => relay.handleUpgrade(request, socket, head));
  const stop = async () => {
    await relay.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    relay,
    port: (server.address() as AddressInfo).port,
    stop,
    async kill() {
      for (const socket of sockets) socket.destroy();
      await stop();
    },
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: { code: number; reason: string }[];
}

export function connect(
  port: number,
  mode: 'edit' | 'view' = 'edit',
  doc = new Y.Doc(),
  token = mode === 'edit' ? EDIT_TOKEN : VIEW_TOKEN,
  hostToken?: string,
): TestClient {
  const { serverUrl, room, params } = relayAddress({
    base: `http://127.0.0.1:${port}/`,
    token,
    mode,
    ...(hostToken === undefined ? {} : { hostToken }),
  });
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return { doc, provider, closes };
}

export async function until(condition: () => boolean, timeoutMs = 5000, what = 'condition') {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const synced = (client: TestClient) =>
  until(() => client.provider.synced, 5000, 'the first sync');

/**
 * The relay and clients of each test, stopped after it: call once at a test file's top level;
 * `start` and `join` stand for startRelay and connect.
 */
export function relaysOfEachTest() {
  let running: RunningRelay | null = null;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.provider.destroy();
    await running?.stop();
    running = null;
  });
  return {
    async start(...args: Parameters<typeof startRelay>): Promise<RunningRelay> {
      running = await startRelay(...args);
      return running;
    },
    join(...args: Parameters<typeof connect>): TestClient {
      const client = connect(...args);
      clients.push(client);
      return client;
    },
  };
}

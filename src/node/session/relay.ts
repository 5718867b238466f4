/**
 * The session relay: one room, the y-websocket wire protocol on `ws`, so the stock
 * WebsocketProvider connects. Caps are enforced per client: an oversized or malformed
 * message, a doc past its size, or one participant too many closes that client's socket
 * with a code and a reason, and the others go on. A view client gets every update and all
 * presence, but its own updates are dropped (never applied, never relayed). A socket opened
 * with the host token (the facilitator's page) edits and may also send the host-control
 * message: remove a participant, end the session; from anyone else that message is malformed.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { SESSION_LIMITS } from '../../session/limits.ts';
import { RELAY_PATH, type SessionMode } from '../../session/links.ts';
import {
  awarenessMessage,
  readClientMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
  type ClientMessage,
} from './relay-messages.ts';
import { accessOf, refuse, type Access, type RelayTokens } from './relay-access.ts';
import type { HostControl } from '../../session/host-control.ts';
import { CLOSE_ENDED, CLOSE_REMOVED } from '../../session/close-codes.ts';
import { DocumentSizeGuard } from './document-size.ts';

/**
 * Why a client's socket was closed (docs/collaboration.md, "Caps"). All are in 4400-4499,
 * which the stock WebsocketProvider takes as final: it stops reconnecting rather than send
 * the same refused message again and again.
 */
export const CLOSE = {
  malformed: { code: 4400, reason: 'malformed message' },
  removed: { code: CLOSE_REMOVED, reason: 'removed by the host' },
  ended: { code: CLOSE_ENDED, reason: 'the session has ended' },
  tooLarge: { code: 4413, reason: 'message over the size cap' },
  documentFull: { code: 4413, reason: 'the document would pass its size cap' },
  sessionFull: { code: 4429, reason: 'the session is full' },
} as const;

/** `hostToken`: the facilitator's; absent, no socket may send host-control messages. */
export interface RelayOptions extends RelayTokens {
  doc: Y.Doc;
  /** The host page asked to end the session (the host closes the relay and saves). */
  onEndRequested?: () => void;
  limits?: Partial<Record<keyof typeof SESSION_LIMITS, number>>;
  /** How often a silent socket is pinged, and closed if still silent at the next ping. */
  pingMs?: number;
}

export interface ParticipantInfo {
  id: string;
  mode: SessionMode;
  /** From the participant's presence (`user.name`, `user.color`), once it has sent it. */
  name: string | null;
  color: string | null;
  address: string;
}

export interface Relay {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Takes an HTTP upgrade: a socket on the relay path with a right token, else 403. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  participants(): ParticipantInfo[];
  /** Closes a participant's socket and refuses its document and presence from then on. */
  remove(id: string): boolean;
  /** The participant whose socket speaks for this awareness client id (a doc's clientID). */
  participantOf(clientId: number): string | null;
  /** Called when someone joins, leaves or changes name. */
  onParticipantsChange(listener: () => void): () => void;
  close(): Promise<void>;
}

interface Client {
  id: string;
  socket: WebSocket;
  mode: SessionMode;
  /** Opened with the host token: may send host-control messages. */
  host: boolean;
  address: string;
  /** The awareness client ids this socket speaks for (the doc's clientID, usually one). */
  clientIds: Set<number>;
  alive: boolean;
}

export function createRelay(options: RelayOptions): Relay {
  const limits = { ...SESSION_LIMITS, ...options.limits };
  const { doc } = options;
  const awareness = new Awareness(doc);
  // The relay has no presence of its own.
  awareness.setLocalState(null);
  // Twice the cap, so a message just over it gets our own close code; ws cuts off anything
  // bigger (1009) before buffering it.
  const server = new WebSocketServer({ noServer: true, maxPayload: 2 * limits.updateBytes });
  const clients = new Map<WebSocket, Client>();
  const blocked = new Set<number>();
  const listeners = new Set<() => void>();
  const size = new DocumentSizeGuard(doc, limits.documentBytes);
  const syncAnswers = cachedSyncAnswers(doc);
  let nextId = 1;

  const changed = () => {
    for (const listener of listeners) listener();
  };
  const send = (client: Client, message: Uint8Array) => {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(message);
  };
  const drop = (client: Client, why: { code: number; reason: string }) => {
    client.socket.close(why.code, why.reason);
    // A client that does not answer the close handshake is cut off anyway.
    setTimeout(() => client.socket.terminate(), 1000).unref();
  };

  const onDocUpdate = (update: Uint8Array, origin: unknown) => {
    const message = updateMessage(update);
    for (const client of clients.values()) if (client !== origin) send(client, message);
  };
  doc.on('update', onDocUpdate);

  const onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const from = [...clients.values()].find((c) => c === origin);
    if (from !== undefined) {
      for (const id of [...added, ...updated]) from.clientIds.add(id);
      for (const id of removed) from.clientIds.delete(id);
    }
    const ids = [...added, ...updated, ...removed];
    const message = awarenessMessage(encodeAwarenessUpdate(awareness, ids));
    for (const client of clients.values()) send(client, message);
    if (added.length > 0 || removed.length > 0 || from !== undefined) changed();
  };
  awareness.on('update', onAwarenessUpdate);

  const participantOf = (clientId: number): Client | undefined =>
    [...clients.values()].find((c) => c.clientIds.has(clientId));
  const removeClient = (client: Client) => {
    for (const clientId of client.clientIds) blocked.add(clientId);
    drop(client, CLOSE.removed);
  };

  /** False (malformed) from a socket without the host token. */
  const control = (client: Client, request: HostControl): boolean => {
    if (!client.host) return false;
    if (request.action === 'end') {
      options.onEndRequested?.();
      return true;
    }
    const target = participantOf(request.clientId);
    // The host never removes itself; an id nobody speaks for (already gone) is a no-op.
    if (target !== undefined && target !== client) removeClient(target);
    return true;
  };

  const handle = (client: Client, message: ClientMessage): boolean => {
    switch (message.kind) {
      case 'sync-step-1':
        send(client, syncAnswers.answer(message.stateVector));
        return true;
      case 'update': {
        if (client.mode === 'view') return true;
        if (speaksForBlocked(message.update, blocked)) {
          drop(client, CLOSE.removed);
          return true;
        }
        if (!size.admits(message.update)) {
          drop(client, CLOSE.documentFull);
          return true;
        }
        Y.applyUpdate(doc, message.update, client);
        return true;
      }
      case 'awareness':
        applyAwarenessUpdate(awareness, message.update, client);
        if ([...client.clientIds].some((id) => blocked.has(id))) drop(client, CLOSE.removed);
        return true;
      case 'query-awareness':
        send(client, fullAwareness(awareness));
        return true;
      case 'auth':
        return true;
      case 'host-control':
        return control(client, message.control);
    }
  };

  server.on('connection', (socket: WebSocket, request: IncomingMessage, access: Access) => {
    const client: Client = {
      id: `p${nextId++}`,
      socket,
      mode: access.mode,
      host: access.host,
      address: request.socket.remoteAddress ?? '',
      clientIds: new Set(),
      alive: true,
    };
    socket.on('error', () => {
      // ws closes the socket itself (1009) when a message passes maxPayload.
    });
    if (clients.size >= limits.participants) {
      drop(client, CLOSE.sessionFull);
      return;
    }
    clients.set(socket, client);
    socket.binaryType = 'arraybuffer';
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (data: ArrayBuffer, isBinary: boolean) => {
      if (data.byteLength > limits.updateBytes) {
        drop(client, CLOSE.tooLarge);
        return;
      }
      const message = isBinary ? readClientMessage(new Uint8Array(data)) : null;
      try {
        if (message === null || !handle(client, message)) drop(client, CLOSE.malformed);
      } catch {
        drop(client, CLOSE.malformed);
      }
    });
    socket.on('close', () => {
      clients.delete(socket);
      removeAwarenessStates(awareness, [...client.clientIds], null);
      changed();
    });
    send(client, syncStep1Message(doc));
    if (awareness.getStates().size > 0) send(client, fullAwareness(awareness));
    changed();
  });

  const pinger = setInterval(() => {
    for (const client of clients.values()) {
      if (!client.alive) {
        client.socket.terminate();
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
  }, options.pingMs ?? 30_000);
  pinger.unref();

  return {
    doc,
    awareness,
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://relay');
      const access = url.pathname === RELAY_PATH ? accessOf(url, options) : null;
      if (access === null) {
        refuse(socket);
        return;
      }
      server.handleUpgrade(request, socket, head, (ws) =>
        server.emit('connection', ws, request, access),
      );
    },
    participants() {
      return [...clients.values()].map((client) => {
        const user = userOf(awareness, client.clientIds);
        return { id: client.id, mode: client.mode, address: client.address, ...user };
      });
    },
    remove(id) {
      const client = [...clients.values()].find((c) => c.id === id);
      if (client === undefined) return false;
      removeClient(client);
      return true;
    },
    participantOf: (clientId) => participantOf(clientId)?.id ?? null,
    onParticipantsChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      clearInterval(pinger);
      syncAnswers.dispose();
      doc.off('update', onDocUpdate);
      awareness.off('update', onAwarenessUpdate);
      for (const client of clients.values()) drop(client, CLOSE.ended);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const client of clients.values()) client.socket.terminate();
      awareness.destroy();
    },
  };
}

function fullAwareness(awareness: Awareness): Uint8Array {
  return awarenessMessage(encodeAwarenessUpdate(awareness, [...awareness.getStates().keys()]));
}

function userOf(
  awareness: Awareness,
  ids: Set<number>,
): { name: string | null; color: string | null } {
  for (const id of ids) {
    const user = (awareness.getStates().get(id) as { user?: unknown } | undefined)?.user;
    if (typeof user === 'object' && user !== null) {
      const { name, color } = user as { name?: unknown; color?: unknown };
      return {
        name: typeof name === 'string' ? name : null,
        color: typeof color === 'string' ? color : null,
      };
    }
  }
  return { name: null, color: null };
}

/**
 * The sync step 2 answering a client's state vector. Encoding the whole doc is the relay's
 * costliest work (about 40 ms at 1,500 touchpoints), and everyone who joins asks for it with
 * the same empty state vector: that answer is encoded once per doc version and the same bytes
 * go to every joiner until the doc changes. A client that already holds part of the doc (a
 * reconnection, a stored copy) gets its own difference, as before.
 */
function cachedSyncAnswers(doc: Y.Doc): {
  answer(stateVector: Uint8Array): Uint8Array;
  dispose(): void;
} {
  let whole: Uint8Array | null = null;
  const forget = () => {
    whole = null;
  };
  doc.on('update', forget);
  return {
    answer(stateVector) {
      if (Y.decodeStateVector(stateVector).size > 0) return syncStep2Message(doc, stateVector);
      whole ??= syncStep2Message(doc, stateVector);
      return whole;
    },
    dispose: () => doc.off('update', forget),
  };
}

/** Whether an update carries changes made by a removed participant's document. */
function speaksForBlocked(update: Uint8Array, blocked: Set<number>): boolean {
  if (blocked.size === 0) return false;
  const { structs } = Y.decodeUpdate(update);
  return structs.some((struct) => blocked.has(struct.id.client));
}

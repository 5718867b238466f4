/**
 * Hosts a live session of one map file: reads it with the file reader, serves the browser
 * app and the relay on one port of one address, and saves the shared map back to the file
 * (atomically, every ~2 s after changes, and when the session ends). Used by `touchmap serve`
 * and by the desktop app's File › Share on Local Network….
 */
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import * as Y from 'yjs';
import { describeParseFailure, parse } from '../../core/parse.ts';
import { mapToDoc } from '../../session/doc-binding.ts';
import { hostLink, sessionLink } from '../../session/links.ts';
import { readMapText } from '../read-map-file.ts';
import { createSessionServer } from './http-server.ts';
import { createRelay, type ParticipantInfo } from './relay.ts';
import { createSaver } from './save.ts';
import { accessOf } from './relay-access.ts';
import { newToken } from './tokens.ts';

export interface HostOptions {
  file: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** The one address to listen on; absent: this machine's first network address. */
  host?: string;
  /** Shown to people browsing for sessions; absent: the map's title. */
  name?: string;
  /** The built browser app (dist/web). */
  appDir: string;
  saveIntervalMs?: number;
  /** Each text saved to the file, for a host that also keeps drafts. */
  onSaved?: (text: string) => void | Promise<void>;
  onSaveError?: (error: unknown) => void;
}

export interface SessionHost {
  editUrl: string;
  viewUrl: string;
  /** The facilitator's page: the edit link with the host token (remove, end), and the view link. */
  hostUrl: string;
  host: string;
  port: number;
  name: string;
  participants(): ParticipantInfo[];
  onParticipantsChange(listener: () => void): () => void;
  remove(id: string): boolean;
  /** Ends the session: every participant is disconnected, then the map is saved. */
  close(): Promise<void>;
  /** Resolves once the session has ended and the map is saved: by close(), or by the host page. */
  readonly ended: Promise<void>;
}

export class HostError extends Error {}

export async function hostSession(options: HostOptions): Promise<SessionHost> {
  const read = await readMapText(options.file, { pdf: 'refuse' });
  if (!read.ok) {
    throw new HostError(
      read.problem.kind === 'not-utf8'
        ? read.problem.failure.message
        : read.problem.kind === 'unreadable'
          ? `cannot read ${options.file}: ${String((read.problem.error as Error).message)}`
          : 'a session shares a .touchmap file, not a PDF',
    );
  }
  const parsed = parse(read.text);
  if (!parsed.ok) throw new HostError(describeParseFailure(parsed.error).join('\n'));
  const doc = new Y.Doc();
  mapToDoc(parsed.map, doc);

  // Three tokens: edit and view links for the room, and the host link for the facilitator.
  const tokens = { editToken: newToken(), viewToken: newToken(), hostToken: newToken() };
  let close: () => Promise<void> = () => Promise.resolve();
  const relay = createRelay({ doc, ...tokens, onEndRequested: () => void close() });
  const server = createSessionServer({
    appDir: options.appDir,
    relay,
    tokenMode: (url) => accessOf(url, tokens)?.mode ?? null,
  });
  const address = options.host ?? defaultAddress();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const saver = createSaver({
    file: options.file,
    doc,
    savedText: read.text,
    intervalMs: options.saveIntervalMs,
    onSaved: options.onSaved,
    onError: options.onSaveError,
  });
  const base = `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
  let closing: Promise<void> | null = null;
  let ended: () => void = () => {};
  const endedPromise = new Promise<void>((resolve) => (ended = resolve));
  close = () => {
    closing ??= (async () => {
      try {
        await relay.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await saver.stop();
        doc.destroy();
      } finally {
        ended();
      }
    })();
    return closing;
  };
  const editUrl = sessionLink(base, tokens.editToken, 'edit');
  const viewUrl = sessionLink(base, tokens.viewToken, 'view');

  return {
    editUrl,
    viewUrl,
    hostUrl: hostLink(editUrl, viewUrl, tokens.hostToken),
    host: address,
    port,
    name: options.name ?? parsed.map.title,
    participants: () => relay.participants(),
    onParticipantsChange: (listener) => relay.onParticipantsChange(listener),
    remove: (id) => relay.remove(id),
    close: () => close(),
    ended: endedPromise,
  };
}

/** The first IPv4 address of a network interface, so phones and laptops in the room can join. */
function defaultAddress(): string {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) return entry.address;
    }
  }
  return '127.0.0.1';
}

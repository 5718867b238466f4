/**
 * A browser participant's connection to a session: the Y.Doc, the y-websocket provider to
 * the relay on the page's own origin, the y-indexeddb copy that keeps the map across
 * reloads and outages, awareness, and the connection status the session bar shows.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readMapFromDoc } from '../../session/doc-binding.ts';
import { nextStatus, type ConnectionStatus, type ProviderStatus } from './connection-status.ts';
import { relayAddress } from '../../session/links.ts';
import type { JoinLink } from './join-link.ts';

/** How long "reconnecting" lasts before the bar says the host is gone (edits still kept). */
const OFFLINE_AFTER_MS = 10_000;

export interface SharedConnection {
  link: JoinLink;
  doc: Y.Doc;
  awareness: Awareness;
  status: StoreApi<{ status: ConnectionStatus }>;
  /** Resolves once the doc holds a map: from the relay, or from this browser's copy. */
  ready: Promise<void>;
  dispose(): void;
}

export function connect(link: JoinLink): SharedConnection {
  const doc = new Y.Doc();
  const relay = relayAddress(link);
  const provider = new WebsocketProvider(relay.serverUrl, relay.room, doc, {
    params: relay.params,
    // Tabs of one browser talk through the relay like everyone else: the view/edit rules
    // are the server's, and a BroadcastChannel would go around them.
    disableBc: true,
  });
  const local = new IndexeddbPersistence(`touchmap-session-${link.token}`, doc);
  const status = createStore<{ status: ConnectionStatus }>()(() => ({ status: 'joining' }));
  let offlineTimer: ReturnType<typeof setTimeout> | null = null;

  const onStatus = ({ status: event }: { status: ProviderStatus }) => {
    const next = nextStatus(status.getState().status, event);
    if (offlineTimer !== null && next !== 'reconnecting') {
      clearTimeout(offlineTimer);
      offlineTimer = null;
    }
    if (
      next === 'reconnecting' &&
      offlineTimer === null &&
      status.getState().status !== 'offline'
    ) {
      offlineTimer = setTimeout(() => {
        offlineTimer = null;
        status.setState({ status: 'offline' });
      }, OFFLINE_AFTER_MS);
    }
    if (next === 'reconnecting' && status.getState().status === 'offline') return;
    status.setState({ status: next });
  };
  provider.on('status', onStatus);

  const ready = new Promise<void>((resolve) => {
    let done = false;
    const check = () => {
      if (done || !readMapFromDoc(doc).ok) return;
      done = true;
      doc.off('update', onUpdate);
      resolve();
    };
    // A relay that syncs before the map arrives (a slow host) sends it as an update.
    const onUpdate = () => {
      if (provider.synced) check();
    };
    provider.on('sync', (synced: boolean) => {
      if (synced) check();
    });
    void local.whenSynced.then(check);
    doc.on('update', onUpdate);
  });

  return {
    link,
    doc,
    awareness: provider.awareness,
    status,
    ready,
    dispose() {
      if (offlineTimer !== null) clearTimeout(offlineTimer);
      provider.off('status', onStatus);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

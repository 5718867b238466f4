/**
 * A browser participant's connection to a session: the Y.Doc, the y-websocket provider to
 * the relay on the page's own origin, the y-indexeddb copy that keeps the map across
 * reloads and outages, awareness, the connection status the session bar shows, and on the
 * facilitator's page (a host link) the host's controls.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readMapFromDoc } from '../../session/doc-binding.ts';
import {
  FINAL_STATUSES,
  closedStatus,
  nextStatus,
  type ConnectionStatus,
  type ProviderStatus,
} from './connection-status.ts';
import { hostControlMessage } from '../../session/host-control.ts';
import { relayAddress } from '../../session/links.ts';
import type { JoinLink } from './join-link.ts';

/** How long "reconnecting" lasts before the bar says the host is gone (edits still kept). */
const OFFLINE_AFTER_MS = 10_000;

export interface SharedConnection {
  link: JoinLink;
  doc: Y.Doc;
  awareness: Awareness;
  status: StoreApi<{ status: ConnectionStatus }>;
  /** The host link's controls; null on every other page. */
  controls: HostControls | null;
  /** Resolves once the doc holds a map: from the relay, or from this browser's copy. */
  ready: Promise<void>;
  dispose(): void;
}

export interface HostControls {
  /** Disconnects the participant whose presence has this awareness client id, for good. */
  remove(clientId: number): void;
  /** Ends the session for everyone; the host saves the map to its file. */
  end(): void;
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
    if (FINAL_STATUSES.has(status.getState().status)) return;
    status.setState({ status: next });
  };
  provider.on('status', onStatus);
  // The relay closed with a final code (removed, ended, refused): the provider has stopped
  // knocking; the doc and this browser's copy stay, so Save a Copy… still works.
  const onClosed = ({ code }: { code: number }) => {
    if (offlineTimer !== null) clearTimeout(offlineTimer);
    offlineTimer = null;
    status.setState({ status: closedStatus(code) });
  };
  provider.on('closed', onClosed);
  const controls: HostControls | null =
    link.hostToken === undefined
      ? null
      : {
          remove: (clientId) =>
            provider.ws?.send(hostControlMessage({ action: 'remove', clientId })),
          end: () => provider.ws?.send(hostControlMessage({ action: 'end' })),
        };

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
    controls,
    ready,
    dispose() {
      if (offlineTimer !== null) clearTimeout(offlineTimer);
      provider.off('status', onStatus);
      provider.off('closed', onClosed);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

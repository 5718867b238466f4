/**
 * The host's controls on the relay's socket: only a socket opened with the host token may
 * remove a participant (by the awareness client id the UI knows) or end the session; anyone
 * else sending the host-control message is disconnected as malformed, and the others go on.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CLOSE } from '../../../src/node/session/relay.ts';
import { readClientMessage } from '../../../src/node/session/relay-messages.ts';
import {
  MESSAGE_HOST_CONTROL,
  hostControlMessage,
  readHostControl,
  type HostControl,
} from '../../../src/session/host-control.ts';
import {
  EDIT_TOKEN,
  HOST_TOKEN,
  relaysOfEachTest,
  synced,
  until,
  type TestClient,
} from './relay-harness.ts';

const { start, join } = relaysOfEachTest();

const joinAsHost = (port: number) => join(port, 'edit', undefined, EDIT_TOKEN, HOST_TOKEN);

const send = (client: TestClient, control: HostControl) =>
  client.provider.ws!.send(hostControlMessage(control));

const named = (client: TestClient, name: string) =>
  client.provider.awareness.setLocalStateField('user', { name, color: '#336699' });

describe('the host-control message', () => {
  it('reads back what it writes, and an unknown action is malformed', () => {
    for (const control of [
      { action: 'remove', clientId: 3_141_592_653 },
      { action: 'end' },
    ] as const) {
      expect(readClientMessage(hostControlMessage(control))).toEqual({
        kind: 'host-control',
        control,
      });
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_HOST_CONTROL);
    encoding.writeVarUint(encoder, 9);
    const unknown = encoding.toUint8Array(encoder);
    expect(readHostControl(decoding.createDecoder(unknown.subarray(1)))).toBeNull();
    expect(readClientMessage(unknown)).toBeNull();
    // Bytes after the action are malformed too.
    expect(readClientMessage(new Uint8Array([...hostControlMessage({ action: 'end' }), 0]))).toBe(
      null,
    );
  });
});

describe('host controls on the relay', () => {
  it('lets the host page remove a participant by its awareness id; the others converge', async () => {
    const running = await start();
    const host = joinAsHost(running.port);
    const ada = join(running.port);
    const bo = join(running.port);
    await Promise.all([host, ada, bo].map(synced));
    named(ada, 'Ada');
    named(bo, 'Bo');
    await until(() => host.provider.awareness.getStates().size === 3, 5000, 'presence');
    expect(running.relay.participantOf(bo.doc.clientID)).not.toBeNull();

    let final: { code: number; reason: string } | null = null;
    bo.provider.on('closed', (event) => (final = event));
    send(host, { action: 'remove', clientId: bo.doc.clientID });
    await until(() => bo.closes.length > 0, 5000, 'the removed socket to close');
    expect(bo.closes[0]).toEqual(CLOSE.removed);
    // The stock provider takes the code as final: it does not knock again.
    expect(final).toEqual(CLOSE.removed);
    expect(bo.provider.shouldConnect).toBe(false);
    await until(
      () => host.provider.awareness.getStates().size === 2,
      5000,
      'Bo gone from presence',
    );

    // The host never removes itself; an id nobody speaks for changes nothing.
    send(host, { action: 'remove', clientId: host.doc.clientID });
    send(host, { action: 'remove', clientId: 12345 });
    ada.doc.getMap('m').set('from-ada', 1);
    host.doc.getText('t').insert(0, 'from the host');
    bo.doc.getMap('m').set('from-bo-after', true);
    await until(
      () =>
        host.doc.getMap('m').get('from-ada') === 1 &&
        ada.doc.getText('t').toString() === 'from the host',
    );
    expect(host.provider.wsconnected && ada.provider.wsconnected).toBe(true);
    expect(running.relay.participants()).toHaveLength(2);
    expect(ada.doc.getMap('m').has('from-bo-after')).toBe(false);
    expect(bo.closes).toHaveLength(1);
  });

  it('disconnects an edit or view client that sends it, as malformed; the others go on', async () => {
    let endRequested = 0;
    const running = await start({ onEndRequested: () => endRequested++ });
    const host = joinAsHost(running.port);
    const editor = join(running.port);
    const viewer = join(running.port, 'view');
    const target = join(running.port);
    await Promise.all([host, editor, viewer, target].map(synced));

    send(editor, { action: 'remove', clientId: target.doc.clientID });
    send(viewer, { action: 'end' });
    await until(() => editor.closes.length > 0 && viewer.closes.length > 0);
    expect(editor.closes[0]).toEqual(CLOSE.malformed);
    expect(viewer.closes[0]).toEqual(CLOSE.malformed);
    expect(endRequested).toBe(0);

    target.doc.getMap('m').set('still', 'here');
    await until(() => host.doc.getMap('m').get('still') === 'here');
    expect(target.closes).toEqual([]);
    send(host, { action: 'end' });
    await until(() => endRequested === 1, 5000, 'the end request');
  });

  it('refuses a wrong host token, or one on a view link, with 403', async () => {
    const running = await start();
    for (const query of [
      `session=${EDIT_TOKEN}&host=wrong`,
      `session=${EDIT_TOKEN}&host=${EDIT_TOKEN}`,
      `view=view-token-0123456789abcdefghij&host=${HOST_TOKEN}`,
      `host=${HOST_TOKEN}`,
    ]) {
      const socket = new WebSocket(`ws://127.0.0.1:${running.port}/relay?${query}`);
      const status = await new Promise<number>((resolve) =>
        socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
      );
      expect(status, query).toBe(403);
    }
  });

  it('takes no host control at all from a relay without a host token', async () => {
    const running = await start({ hostToken: undefined });
    const socket = new WebSocket(
      `ws://127.0.0.1:${running.port}/relay?session=${EDIT_TOKEN}&host=${HOST_TOKEN}`,
    );
    const status = await new Promise<number>((resolve) =>
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(403);
  });
});

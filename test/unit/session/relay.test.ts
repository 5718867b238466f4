import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CLOSE } from '../../../src/node/session/relay.ts';
import { EDIT_TOKEN, relaysOfEachTest, synced, until } from './relay-harness.ts';

const { start, join } = relaysOfEachTest();

/** A raw socket, for messages no well-behaved provider would send. */
function rawSocket(port: number, query = `session=${EDIT_TOKEN}`): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/relay?${query}`);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}
const closed = (socket: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );

describe('session relay', () => {
  it('relays edits both ways between stock y-websocket clients', async () => {
    const running = await start();
    const a = join(running.port);
    const b = join(running.port);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getMap('m').set('from-a', 1);
    b.doc.getText('t').insert(0, 'hello');
    await until(
      () => b.doc.getMap('m').get('from-a') === 1 && a.doc.getText('t').toString() === 'hello',
    );
    expect(running.relay.doc.getText('t').toString()).toBe('hello');
  });

  it('gives a view client every update and presence but never applies its edits', async () => {
    const running = await start();
    const editor = join(running.port);
    const viewer = join(running.port, 'view');
    await Promise.all([synced(editor), synced(viewer)]);
    editor.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#ff0000' });
    editor.doc.getMap('m').set('title', 'From the editor');
    await until(() => viewer.doc.getMap('m').get('title') === 'From the editor');
    await until(() =>
      [...viewer.provider.awareness.getStates().values()].some(
        (s) => (s as { user?: { name?: string } }).user?.name === 'Ana',
      ),
    );
    viewer.doc.getMap('m').set('title', 'From the viewer');
    editor.doc.getMap('m').set('after', true);
    await until(() => viewer.doc.getMap('m').get('after') === true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(editor.doc.getMap('m').get('title')).toBe('From the editor');
    expect(running.relay.doc.getMap('m').get('title')).toBe('From the editor');
    expect(
      running.relay
        .participants()
        .map((p) => [p.mode, p.name])
        .sort(),
    ).toEqual([
      ['edit', 'Ana'],
      ['view', null],
    ]);
  });

  it('answers a wrong or missing token, or another path, with 403', async () => {
    const running = await start();
    for (const query of ['session=wrong', '', `view=${EDIT_TOKEN}`]) {
      const socket = new WebSocket(`ws://127.0.0.1:${running.port}/relay?${query}`);
      const status = await new Promise<number>((resolve) =>
        socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
      );
      expect(status).toBe(403);
    }
    const other = new WebSocket(`ws://127.0.0.1:${running.port}/elsewhere?session=${EDIT_TOKEN}`);
    const status = await new Promise<number>((resolve) =>
      other.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(403);
  });

  it('disconnects a client sending garbage, an oversized update or too big a doc; the others go on', async () => {
    const running = await start({ limits: { updateBytes: 64 * 1024, documentBytes: 256 * 1024 } });
    const a = join(running.port);
    const b = join(running.port);
    await Promise.all([synced(a), synced(b)]);

    const garbage = await rawSocket(running.port);
    const garbageClosed = closed(garbage);
    garbage.send(new Uint8Array([0, 2, 200, 1, 2, 3, 4, 5]));
    expect(await garbageClosed).toEqual(CLOSE.malformed);

    const text = await rawSocket(running.port);
    const textClosed = closed(text);
    text.send('not binary');
    expect(await textClosed).toEqual(CLOSE.malformed);

    const big = await rawSocket(running.port);
    const bigClosed = closed(big);
    const bigDoc = new Y.Doc();
    bigDoc.getText('t').insert(0, 'x'.repeat(100 * 1024));
    big.send(syncUpdate(Y.encodeStateAsUpdate(bigDoc)));
    expect(await bigClosed).toEqual(CLOSE.tooLarge);

    // Many updates each under the message cap, together past the document cap.
    const filler = await rawSocket(running.port);
    const fillerClosed = closed(filler);
    const fillDoc = new Y.Doc();
    fillDoc.on('update', (update: Uint8Array) => filler.send(syncUpdate(update)));
    for (let i = 0; i < 8; i++) fillDoc.getText('t').insert(0, 'y'.repeat(40 * 1024));
    expect(await fillerClosed).toEqual(CLOSE.documentFull);
    expect(Y.encodeStateAsUpdate(running.relay.doc).byteLength).toBeLessThanOrEqual(256 * 1024);

    a.doc.getMap('m').set('still', 'working');
    await until(() => b.doc.getMap('m').get('still') === 'working');
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
  });

  it('refuses the participant past the cap and lets the host remove one for good', async () => {
    const running = await start({ limits: { participants: 2 } });
    const a = join(running.port);
    const b = join(running.port);
    await Promise.all([synced(a), synced(b)]);
    const third = await rawSocket(running.port);
    expect(await closed(third)).toEqual(CLOSE.sessionFull);

    b.provider.awareness.setLocalStateField('user', { name: 'Bo', color: '#00ff00' });
    await until(() => running!.relay.participants().some((p) => p.name === 'Bo'));
    const bo = running.relay.participants().find((p) => p.name === 'Bo')!;
    expect(running.relay.remove(bo.id)).toBe(true);
    await until(() => b.closes.length > 0);
    expect(b.closes[0]).toEqual(CLOSE.removed);
    b.doc.getMap('m').set('from-removed', true);
    a.doc.getMap('m').set('from-a', true);
    await until(() => running!.relay.doc.getMap('m').get('from-a') === true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(running.relay.participants()).toHaveLength(1);
    expect(a.doc.getMap('m').has('from-removed')).toBe(false);
  });
});

function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { hostSession, type SessionHost } from '../../../src/node/session/host.ts';
import { applyMapToDoc, readMapFromDoc } from '../../../src/session/doc-binding.ts';
import { readSessionLink } from '../../../src/session/links.ts';
import { hostControlMessage } from '../../../src/session/host-control.ts';
import { CLOSE } from '../../../src/node/session/relay.ts';
import { generateMap } from '../../bench/generate-map.ts';
import { connect, synced, until, type TestClient } from './relay-harness.ts';

let dir = '';
let file = '';
let appDir = '';
let host: SessionHost | null = null;
const clients: TestClient[] = [];
const map = generateMap(20).map;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'touchmap-host-'));
  file = join(dir, 'journey.touchmap');
  appDir = join(dir, 'web');
  await mkdir(join(appDir, 'assets'), { recursive: true });
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>Touchmap</title>');
  await writeFile(join(appDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'not for participants');
  await writeFile(file, serialize(map));
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.provider.destroy();
  await host?.close();
  host = null;
  await rm(dir, { recursive: true, force: true });
});

/** A raw request: no client-side normalisation of "..", as an attacker would send it. */
function get(path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host!.port, path, method }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const start = async () => {
  host = await hostSession({ file, host: '127.0.0.1', appDir, saveIntervalMs: 100 });
  return host;
};

describe('hosting a session', () => {
  it('prints edit and view links with different tokens of at least 128 bits', async () => {
    const session = await start();
    const edit = readSessionLink(session.editUrl)!;
    const view = readSessionLink(session.viewUrl)!;
    expect(edit.mode).toBe('edit');
    expect(view.mode).toBe('view');
    expect(edit.token).not.toBe(view.token);
    expect(Buffer.from(edit.token, 'base64url').byteLength).toBeGreaterThanOrEqual(16);
    expect(session.editUrl.startsWith(`http://127.0.0.1:${session.port}/?session=`)).toBe(true);
    // The host link: the edit link with a third token, and the view link in the fragment.
    const hostToken = readSessionLink(session.hostUrl)!.hostToken!;
    expect(Buffer.from(hostToken, 'base64url').byteLength).toBeGreaterThanOrEqual(16);
    expect(new Set([edit.token, view.token, hostToken]).size).toBe(3);
    expect(readSessionLink(session.hostUrl)!.token).toBe(edit.token);
    expect(new URL(session.hostUrl).hash).toBe(`#view=${encodeURIComponent(session.viewUrl)}`);
    expect((await get(`/?session=${edit.token}&host=${hostToken}`)).status).toBe(200);
    expect((await get(`/?session=${edit.token}&host=${view.token}`)).status).toBe(403);
  });

  it('ends when the host page asks: everyone is disconnected and every edit is saved', async () => {
    const session = await start();
    const edit = readSessionLink(session.editUrl)!;
    const hostToken = readSessionLink(session.hostUrl)!.hostToken!;
    const facilitator = connect(session.port, 'edit', undefined, edit.token, hostToken);
    const participant = connect(session.port, 'edit', undefined, edit.token);
    const viewer = connect(
      session.port,
      'view',
      undefined,
      readSessionLink(session.viewUrl)!.token,
    );
    clients.push(facilitator, participant, viewer);
    await Promise.all([facilitator, participant, viewer].map(synced));
    const shared = readMapFromDoc(participant.doc);
    if (!shared.ok) throw new Error('no map');
    applyMapToDoc(participant.doc, { ...shared.map, title: 'Typed before the end' });
    await until(
      () =>
        readMapFromDoc(facilitator.doc).ok &&
        facilitator.doc.getMap('map').get('title') === 'Typed before the end',
    );
    facilitator.provider.ws!.send(hostControlMessage({ action: 'end' }));
    await session.ended;
    host = null;
    await until(() => [facilitator, participant, viewer].every((c) => c.closes.length > 0));
    for (const client of [facilitator, participant, viewer]) {
      expect(client.closes[0]).toEqual(CLOSE.ended);
      expect(client.provider.shouldConnect).toBe(false);
    }
    const final = parse(await readFile(file, 'utf8'));
    expect(final.ok && final.map.title).toBe('Typed before the end');
  });

  it('serves the app page only with a right token, with a CSP, and nothing outside the app', async () => {
    const session = await start();
    const token = readSessionLink(session.editUrl)!.token;
    const viewToken = readSessionLink(session.viewUrl)!.token;
    expect((await get('/')).status).toBe(403);
    expect((await get('/?session=wrong')).status).toBe(403);
    expect((await get(`/?view=${token}`)).status).toBe(403);
    expect((await get(`/?view=${viewToken}`)).status).toBe(200);
    const page = await get(`/?session=${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Touchmap</title>');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${session.port}`);
    expect(csp).toContain("script-src 'self'");
    expect((await get('/assets/app.js')).status).toBe(200);
    expect((await get('/health')).body).toContain('"ok":true');
    for (const path of [
      '/assets/',
      '/assets',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/.hidden',
      '/nothing-here.js',
    ]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('not for participants');
    }
    expect((await get('/health', 'POST')).status).toBe(405);
  });

  it('answers a socket with a wrong or missing token with 403 and closes it', async () => {
    const session = await start();
    for (const query of ['', '?session=nope', '?view=nope']) {
      const socket = new WebSocket(`ws://127.0.0.1:${session.port}/relay${query}`);
      const status = await new Promise<number>((resolve) =>
        socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
      );
      expect(status).toBe(403);
    }
  });

  it('saves participants’ edits to the file within seconds, and every edit when it ends', async () => {
    const session = await start();
    const client = connect(
      session.port,
      'edit',
      undefined,
      readSessionLink(session.editUrl)!.token,
    );
    clients.push(client);
    await synced(client);
    const shared = readMapFromDoc(client.doc);
    if (!shared.ok) throw new Error('no map');
    expect(serialize(shared.map)).toBe(serialize(map));
    applyMapToDoc(client.doc, { ...shared.map, title: 'Renamed in the session' });
    let saved = '';
    const deadline = Date.now() + 5000;
    while (!saved.includes('Renamed in the session') && Date.now() < deadline) {
      saved = await readFile(file, 'utf8');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(saved).toContain('Renamed in the session');
    const last = readMapFromDoc(client.doc);
    if (!last.ok) throw new Error('no map');
    applyMapToDoc(client.doc, { ...last.map, description: 'Typed just before the end' });
    await until(() => session.participants().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await session.close();
    host = null;
    const final = parse(await readFile(file, 'utf8'));
    expect(final.ok && final.map.description).toBe('Typed just before the end');
    expect(final.ok && final.map.title).toBe('Renamed in the session');
  });
});

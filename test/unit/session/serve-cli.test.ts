import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { applyMapToDoc, readMapFromDoc } from '../../../src/session/doc-binding.ts';
import { readSessionLink } from '../../../src/session/links.ts';
import { CLI, ROOT } from '../cli/bin.ts';
import { connect, synced, type TestClient } from './relay-harness.ts';

let dir = '';
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.provider.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('touchmap serve', () => {
  it('prints the edit, view and host links, shares the map, and on Ctrl+C saves a valid file with every edit and exits 0', async () => {
    dir = await mkdtemp(join(tmpdir(), 'touchmap-serve-'));
    const file = join(dir, 'hotel-stay.touchmap');
    await copyFile(join(ROOT, 'examples/hotel-stay.touchmap'), file);
    // Advertising stays on: where multicast is blocked it must log a line, not crash.
    const child = spawn(
      process.execPath,
      [CLI, 'serve', file, '--host', '127.0.0.1', '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    const deadline = Date.now() + 10_000;
    while (!stdout.includes('host: ') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [editLine, viewLine, hostLine] = stdout.trim().split('\n');
    expect(editLine).toMatch(/^edit: http:\/\/127\.0\.0\.1:\d+\/\?session=[A-Za-z0-9_-]{43}$/);
    expect(viewLine).toMatch(/^view: http:\/\/127\.0\.0\.1:\d+\/\?view=[A-Za-z0-9_-]{43}$/);
    expect(hostLine).toMatch(
      /^host: http:\/\/127\.0\.0\.1:\d+\/\?session=[A-Za-z0-9_-]{43}&host=[A-Za-z0-9_-]{43}#view=\S+$/,
    );
    const link = readSessionLink(editLine!.slice('edit: '.length))!;
    expect(readSessionLink(hostLine!.slice('host: '.length))).toEqual({
      ...link,
      hostToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const port = Number(new URL(link.base).port);

    const client = connect(port, 'edit', undefined, link.token);
    clients.push(client);
    await synced(client);
    const shared = readMapFromDoc(client.doc);
    if (!shared.ok) throw new Error(shared.problems.join('\n'));
    const touchpoints = shared.map.touchpoints.map((t, i) =>
      i === 0 ? { ...t, title: 'Edited in the workshop' } : t,
    );
    applyMapToDoc(client.doc, { ...shared.map, touchpoints });
    // The edit reaches the host before the signal (the relay applies it on arrival).
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('    at ');
    const saved = parse(await readFile(file, 'utf8'));
    if (!saved.ok) throw new Error('the saved file is not a valid map');
    expect(saved.map.touchpoints[0]!.title).toBe('Edited in the workshop');
    expect(saved.map.touchpoints).toHaveLength(shared.map.touchpoints.length);
  }, 30_000);
});

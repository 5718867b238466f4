/**
 * `npm run preview:web` builds the browser build and serves it: the README sends people to
 * it, so it is run here as they would run it, on a free port, and its page is fetched.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function fetchWhenUp(url: string, until: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('npm run preview:web', () => {
  it('builds and serves the browser build: the page, its script and its styles', async () => {
    const port = await freePort();
    // Its own process group, so the npm, shell and vite processes it starts all stop with it.
    const child = spawn(
      'npm',
      ['run', 'preview:web', '--', '--port', String(port), '--host', '127.0.0.1'],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const base = `http://127.0.0.1:${port}/`;
      const page = await fetchWhenUp(base, Date.now() + 150_000);
      expect(page.status, output).toBe(200);
      const html = await page.text();
      expect(html).toContain('<div id="root"></div>');
      const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
      expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
      expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
      for (const asset of assets) {
        expect((await fetch(base + asset)).status, asset).toBe(200);
      }
    } finally {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    }
  }, 180_000);
});

/**
 * The session's one port: the built browser app from `appDir`, `/health`, and the relay's
 * socket. Nothing else: no listing, no path outside `appDir`, GET and HEAD only. The page
 * itself needs a right token (403 otherwise); its scripts and styles carry none and are the
 * same public app files every participant gets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Relay } from './relay.ts';
import type { SessionMode } from '../../session/links.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SessionServerOptions {
  appDir: string;
  relay: Relay;
  /** The mode a page request's token gives, or null for a wrong or missing one. */
  tokenMode: (url: URL) => SessionMode | null;
}

/** A Host header as a CSP source, or nothing when it is not a plain host[:port]. */
const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function securityHeaders(request: IncomingMessage): Record<string, string> {
  const host = request.headers.host ?? '';
  const socket = HOST_PATTERN.test(host) ? ` ws://${host}` : '';
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      `connect-src 'self'${socket}`,
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      // React Flow and the canvas set styles from script; no inline <script> is allowed.
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self'",
      "worker-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    // The page's address holds the token: never send it to another site.
    'Referrer-Policy': 'no-referrer',
  };
}

export function createSessionServer(options: SessionServerOptions): Server {
  const root = resolve(options.appDir);
  const server = createServer((request, response) => {
    void answer(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const headers = securityHeaders(request);
    const end = (status: number, body = '') => {
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return end(405, 'Method not allowed\n');
    const url = new URL(request.url ?? '/', 'http://session');
    if (url.pathname === '/health') return end(200, '{"ok":true}\n');
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    if (path === '/index.html' && options.tokenMode(url) === null) return end(403, 'Forbidden\n');
    const file = fileFor(root, path);
    if (file === null) return end(404, 'Not found\n');
    const info = await stat(file).catch(() => null);
    if (info === null || !info.isFile()) return end(404, 'Not found\n');
    const body = await readFile(file);
    response.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(body.byteLength),
      'Cache-Control': path === '/index.html' ? 'no-store' : 'public, max-age=3600',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  server.on('upgrade', (request, socket, head) =>
    options.relay.handleUpgrade(request, socket, head),
  );
  return server;
}

/** The file under `root` a URL path names, or null for anything that could leave it. */
function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((part) => part === '..' || part.startsWith('.'))) return null;
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

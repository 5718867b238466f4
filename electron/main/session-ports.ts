/**
 * The Node half of the sharing ports (session-sharing.ts): hosting a file with the LAN host of
 * src/node/session (the same one `touchmap serve` uses, serving the same built renderer) and
 * advertising it, and browsing for the sessions of others. No Electron here: the window ports
 * are in session-windows.ts; tests pass fake host and discovery functions.
 */
import { join } from 'node:path';
import type { FoundSession as Advertised, Discovery } from '../../src/node/session/discovery.ts';
import type { HostOptions, SessionHost } from '../../src/node/session/host.ts';
import type { FoundSession, HostedSession, SharingPorts } from './session-sharing.ts';

export interface SessionNodeDeps {
  /** The built renderer the app ships (dist/renderer): the page participants load. */
  appDir: string;
  hostSession(options: HostOptions): Promise<SessionHost>;
  advertise(session: { name: string; port: number }, onError: (error: unknown) => void): Discovery;
  browseSessions(
    onChange: (sessions: Advertised[]) => void,
    onError: (error: unknown) => void,
  ): Discovery;
  log(message: string): void;
}

/**
 * Where the renderer is, seen from the main process's bundle (dist/electron/main.js): the
 * page the windows load and the app a session serves are the same files, dist/renderer, which
 * electron-builder packs with the rest of dist/ (and `touchmap serve` finds from dist/cli).
 */
export function rendererDir(mainDir: string): string {
  return join(mainDir, '..', 'renderer');
}

/** The address a found session is reached at: its first IPv4 address, else its host name. */
export function foundAddress(found: Advertised): string {
  const ipv4 = found.addresses.find((a) => /^\d{1,3}(\.\d{1,3}){3}$/.test(a));
  const host = ipv4 ?? (found.addresses[0]?.includes(':') ? `[${found.addresses[0]}]` : null);
  return `http://${host ?? found.host}:${found.port}/`;
}

export function nodeSharingPorts(deps: SessionNodeDeps): Pick<SharingPorts, 'host' | 'browse'> {
  return {
    async host(file): Promise<HostedSession> {
      const session = await deps.hostSession({
        file,
        appDir: deps.appDir,
        onSaveError: (error) => deps.log(`could not save ${file}: ${String(error)}`),
      });
      const discovery = deps.advertise({ name: session.name, port: session.port }, (error) =>
        deps.log(`the session is not advertised on the network (${String(error)})`),
      );
      return {
        editUrl: session.editUrl,
        viewUrl: session.viewUrl,
        hostUrl: session.hostUrl,
        ended: session.ended,
        async close() {
          await session.close();
          await discovery.stop();
        },
      };
    },
    browse(onChange) {
      const discovery = deps.browseSessions(
        (sessions) =>
          onChange(sessions.map((s): FoundSession => ({ name: s.name, address: foundAddress(s) }))),
        (error) => deps.log(`cannot look for sessions on the network (${String(error)})`),
      );
      return () => void discovery.stop();
    },
  };
}

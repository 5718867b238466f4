/** The Node ports of sharing: the LAN host and its advertisement, discovery, the app folder. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FoundSession as Advertised } from '../../../../src/node/session/discovery.ts';
import type { HostOptions, SessionHost } from '../../../../src/node/session/host.ts';
import {
  foundAddress,
  nodeSharingPorts,
  rendererDir,
  type SessionNodeDeps,
} from '../../../../electron/main/session-ports.ts';
import type { FoundSession } from '../../../../electron/main/session-sharing.ts';

function deps() {
  const log: string[] = [];
  let browsed: ((sessions: Advertised[]) => void) | null = null;
  const fake: SessionNodeDeps = {
    appDir: '/opt/Touchmap/resources/app.asar/dist/renderer',
    async hostSession(options: HostOptions) {
      log.push(`host ${options.file} from ${options.appDir}`);
      options.onSaveError?.(new Error('disk full'));
      return {
        editUrl: 'http://10.0.0.2:5000/?session=E',
        viewUrl: 'http://10.0.0.2:5000/?view=V',
        host: '10.0.0.2',
        port: 5000,
        name: 'Hotel stay',
        close: async () => void log.push('host closed'),
      } as Pick<
        SessionHost,
        'editUrl' | 'viewUrl' | 'host' | 'port' | 'name' | 'close'
      > as SessionHost;
    },
    advertise(session) {
      log.push(`advertise ${session.name} on ${session.port}`);
      return { stop: async () => void log.push('advertising stopped') };
    },
    browseSessions(onChange, onError) {
      browsed = onChange;
      onError(new Error('multicast blocked'));
      return { stop: async () => void log.push('browsing stopped') };
    },
    log: (message) => log.push(`log ${message}`),
  };
  return { fake, log, announce: (sessions: Advertised[]) => browsed?.(sessions) };
}

describe('the node ports of sharing', () => {
  it('hosts a file from the shipped renderer, advertises it, and ends both on close', async () => {
    const { fake, log } = deps();
    const hosted = await nodeSharingPorts(fake).host('/maps/hotel.touchmap');
    expect(hosted.editUrl).toBe('http://10.0.0.2:5000/?session=E');
    expect(hosted.viewUrl).toBe('http://10.0.0.2:5000/?view=V');
    await hosted.close();
    expect(log).toEqual([
      'host /maps/hotel.touchmap from /opt/Touchmap/resources/app.asar/dist/renderer',
      'log could not save /maps/hotel.touchmap: Error: disk full',
      'advertise Hotel stay on 5000',
      'host closed',
      'advertising stopped',
    ]);
  });

  it('reports found sessions by name and address, never failing on a blocked network', () => {
    const { fake, log, announce } = deps();
    const seen: FoundSession[][] = [];
    const stop = nodeSharingPorts(fake).browse((found) => seen.push(found));
    announce([
      { name: 'Workshop', host: 'anna.local', port: 5000, addresses: ['fe80::1', '10.0.0.2'] },
      { name: 'Projector', host: 'bob.local', port: 6000, addresses: [] },
    ]);
    expect(seen.at(-1)).toEqual([
      { name: 'Workshop', address: 'http://10.0.0.2:5000/' },
      { name: 'Projector', address: 'http://bob.local:6000/' },
    ]);
    stop();
    expect(log).toEqual([
      'log cannot look for sessions on the network (Error: multicast blocked)',
      'browsing stopped',
    ]);
  });

  it('brackets an IPv6-only address', () => {
    expect(foundAddress({ name: 'x', host: 'h', port: 1, addresses: ['fe80::1'] })).toBe(
      'http://[fe80::1]:1/',
    );
  });

  it('serves the renderer the windows load, which the package ships', () => {
    expect(rendererDir('/opt/Touchmap/resources/app.asar/dist/electron')).toBe(
      '/opt/Touchmap/resources/app.asar/dist/renderer',
    );
    // `touchmap serve` finds the same folder from dist/cli; electron-builder packs dist/.
    const serve = readFileSync(new URL('../../../../src/cli/serve.ts', import.meta.url), 'utf8');
    expect(serve).toContain("const APP_DIR = '../../dist/renderer';");
    const builder = readFileSync(
      new URL('../../../../electron-builder.yml', import.meta.url),
      'utf8',
    );
    expect(builder).toMatch(/^ {2}- dist\/\*\*\/\*$/m);
  });
});

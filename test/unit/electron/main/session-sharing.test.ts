import { describe, expect, it } from 'vitest';
import {
  SessionSharing,
  type FoundSession,
  type HostedSession,
  type SharingPorts,
} from '../../../../electron/main/session-sharing.ts';
import { pageLinks } from '../../../../src/app/session/share-links.ts';
import { hostLink } from '../../../../src/session/links.ts';

const EDIT = `http://10.0.0.2:5000/?session=${'e'.repeat(32)}`;
const VIEW = `http://10.0.0.2:5000/?view=${'v'.repeat(32)}`;

function fakes() {
  const log: string[] = [];
  let nextWindow = 100;
  let announce: ((found: FoundSession[]) => void) | null = null;
  const hosts: string[] = [];
  /** Ends a hosted file's session as the host page's End session does. */
  const endFromPage = new Map<string, () => void>();
  const ports: SharingPorts = {
    async host(file) {
      if (file.endsWith('broken.touchmap')) throw new Error('The file is not a Touchmap map.');
      hosts.push(file);
      let end: () => void = () => undefined;
      const ended = new Promise<void>((resolve) => (end = resolve));
      endFromPage.set(file, () => {
        log.push(`saved and closed ${file}`);
        end();
      });
      const host: HostedSession = {
        editUrl: EDIT,
        viewUrl: VIEW,
        hostUrl: hostLink(EDIT, VIEW, 'h'.repeat(32)),
        ended,
        close: async () => {
          log.push(`saved and closed ${file}`);
          end();
        },
      };
      return host;
    },
    browse(onChange) {
      announce = onChange;
      log.push('browsing');
      return () => log.push('stopped browsing');
    },
    openSessionWindow(url) {
      log.push(`open ${url}`);
      return nextWindow++;
    },
    closeWindow: (id) => void log.push(`close window ${id}`),
    openFile: (path) => void log.push(`open file ${path}`),
  };
  return { ports, log, hosts, endFromPage, announce: (found: FoundSession[]) => announce?.(found) };
}

describe('sharing a map from the desktop app', () => {
  it('asks for a saved file first', async () => {
    const { ports, hosts } = fakes();
    expect(await new SessionSharing(ports).share(1, null)).toEqual({ status: 'unsaved' });
    expect(hosts).toEqual([]);
  });

  it('hosts the file and replaces the window by the host page, which knows both links', async () => {
    const { ports, log } = fakes();
    const sharing = new SessionSharing(ports);
    const result = await sharing.share(1, '/maps/hotel.touchmap');
    expect(result).toEqual({ status: 'shared', editUrl: EDIT, viewUrl: VIEW });
    const opened = log.find((line) => line.startsWith('open http'))!.slice(5);
    expect(pageLinks(opened)).toEqual({ join: EDIT, host: true, view: VIEW });
    expect(log).toContain('close window 1');
    expect(sharing.hosts(100)).toBe(true);
    // Sharing the same file again shows the same session.
    expect(await sharing.share(2, '/maps/hotel.touchmap')).toEqual(result);
  });

  it('reports a file the host cannot read, and keeps the window', async () => {
    const { ports, log } = fakes();
    const result = await new SessionSharing(ports).share(1, '/maps/broken.touchmap');
    expect(result).toEqual({ status: 'failed', message: 'The file is not a Touchmap map.' });
    expect(log).toEqual([]);
  });

  it('stops: the host saves, the session window closes, the file opens again', async () => {
    const { ports, log } = fakes();
    const sharing = new SessionSharing(ports);
    await sharing.share(1, '/maps/hotel.touchmap');
    expect(await sharing.stop(7)).toBe(false);
    expect(await sharing.stop(100)).toBe(true);
    expect(log.slice(-3)).toEqual([
      'saved and closed /maps/hotel.touchmap',
      'close window 100',
      'open file /maps/hotel.touchmap',
    ]);
    expect(sharing.hosts(100)).toBe(false);
  });

  it('stops the only session when no window is named, and none of several', async () => {
    const { ports, log } = fakes();
    const sharing = new SessionSharing(ports);
    expect(await sharing.stop(null)).toBe(false);
    await sharing.share(1, '/maps/a.touchmap');
    await sharing.share(2, '/maps/b.touchmap');
    expect(await sharing.stop(null)).toBe(false);
    expect(log).not.toContain('saved and closed /maps/a.touchmap');
    expect(await sharing.stop(101)).toBe(true);
    expect(await sharing.stop(null)).toBe(true);
    expect(log).toContain('saved and closed /maps/a.touchmap');
    expect(sharing.hosting).toBe(false);
  });

  it('ends a stopped session once: its host closing does not reopen the file again', async () => {
    const { ports, log } = fakes();
    const sharing = new SessionSharing(ports);
    await sharing.share(1, '/maps/hotel.touchmap');
    await sharing.stop(100);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.filter((line) => line === 'open file /maps/hotel.touchmap')).toHaveLength(1);
    expect(log.filter((line) => line === 'close window 100')).toHaveLength(1);
  });

  it('ends and saves the session when its window is closed by hand, without reopening', async () => {
    const { ports, log } = fakes();
    const sharing = new SessionSharing(ports);
    await sharing.share(1, '/maps/a.touchmap');
    expect(sharing.hosting).toBe(true);
    await sharing.windowClosed(7);
    expect(log).not.toContain('saved and closed /maps/a.touchmap');
    await sharing.windowClosed(100);
    expect(log).toContain('saved and closed /maps/a.touchmap');
    expect(log).not.toContain('open file /maps/a.touchmap');
    expect(sharing.hosts(100)).toBe(false);
    expect(sharing.hosting).toBe(false);
  });

  it('reopens the file when the host page ends the session, as Stop Sharing does', async () => {
    const { ports, log, endFromPage } = fakes();
    const sharing = new SessionSharing(ports);
    await sharing.share(1, '/maps/hotel.touchmap');
    expect(sharing.hosts(100)).toBe(true);
    endFromPage.get('/maps/hotel.touchmap')!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sharing.hosts(100)).toBe(false);
    expect(log.slice(-3)).toEqual([
      'saved and closed /maps/hotel.touchmap',
      'close window 100',
      'open file /maps/hotel.touchmap',
    ]);
    // A later Stop Sharing has nothing left to end.
    expect(await sharing.stop(100)).toBe(false);
  });

  it('waits, when quitting, for a session still saving after its window closed', async () => {
    const { ports } = fakes();
    let finish: () => void = () => undefined;
    const saved: string[] = [];
    const sharing = new SessionSharing({
      ...ports,
      host: async (file) => ({
        editUrl: EDIT,
        viewUrl: VIEW,
        hostUrl: hostLink(EDIT, VIEW, 'h'.repeat(32)),
        ended: new Promise<void>(() => undefined),
        close: () =>
          new Promise<void>((resolve) => {
            finish = () => {
              saved.push(file);
              resolve();
            };
          }),
      }),
    });
    await sharing.share(1, '/maps/slow.touchmap');
    const closing = sharing.windowClosed(100);
    let quit = false;
    const quitting = sharing.closeAll().then(() => (quit = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(quit).toBe(false);
    finish();
    await Promise.all([closing, quitting]);
    expect(saved).toEqual(['/maps/slow.touchmap']);
    expect(quit).toBe(true);
  });

  it('saves every hosted session when quitting', async () => {
    const { ports, log } = fakes();
    const sharing = new SessionSharing(ports);
    await sharing.share(1, '/maps/a.touchmap');
    sharing.found();
    await sharing.closeAll();
    expect(log).toContain('saved and closed /maps/a.touchmap');
    expect(log).toContain('stopped browsing');
  });
});

describe('joining a session from the desktop app', () => {
  it('lists the sessions found on the network by name and address, browsing once', () => {
    const { ports, log, announce } = fakes();
    const sharing = new SessionSharing(ports);
    expect(sharing.found()).toEqual([]);
    announce([{ name: 'Workshop', address: 'http://10.0.0.2:5000/' }]);
    expect(sharing.found()).toEqual([{ name: 'Workshop', address: 'http://10.0.0.2:5000/' }]);
    sharing.found();
    expect(log.filter((line) => line === 'browsing')).toHaveLength(1);
  });

  it('opens a pasted session link in a window, and refuses anything else', () => {
    const { ports, log } = fakes();
    const sharing = new SessionSharing(ports);
    expect(sharing.join(`  ${VIEW} `)).toEqual({ status: 'joined' });
    expect(log).toEqual([`open ${VIEW}`]);
    for (const text of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://10.0.0.2/?session=short',
      '',
    ]) {
      expect(sharing.join(text)).toEqual({ status: 'invalid' });
    }
    expect(log).toHaveLength(1);
  });
});

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { OpenRequestQueue, pathsFromArgv } from '../../../../electron/main/open-requests.ts';
import {
  claimSingleInstance,
  listenForOpenFile,
  type AppLike,
} from '../../../../electron/main/single-instance.ts';

describe('pathsFromArgv', () => {
  it('takes the files of a packaged app, resolved against its folder', () => {
    expect(
      pathsFromArgv(['/opt/Touchmap/touchmap', 'hotel.touchmap', '/abs/bank.touchmap'], {
        cwd: '/home/ann/maps',
        skip: 1,
      }),
    ).toEqual(['/home/ann/maps/hotel.touchmap', '/abs/bank.touchmap']);
  });

  it('skips the app folder of `electron .`, switches, and Chromium flags', () => {
    expect(
      pathsFromArgv(
        [
          '/x/electron',
          '.',
          '--inspect=9229',
          '--allow-file-access-from-files',
          '-psn_0_1234',
          'a.touchmap',
        ],
        { cwd: '/w', skip: 2 },
      ),
    ).toEqual(['/w/a.touchmap']);
  });

  it('reads file URLs, ignores other URLs, and takes names after --', () => {
    expect(
      pathsFromArgv(
        ['exe', 'file:///home/ann/My%20map.touchmap', 'https://x.test/a', '--', '-odd.touchmap'],
        {
          cwd: '/w',
          skip: 1,
        },
      ),
    ).toEqual(['/home/ann/My map.touchmap', '/w/-odd.touchmap']);
    expect(pathsFromArgv(['exe'], { cwd: '/w', skip: 1 })).toEqual([]);
  });
});

describe('OpenRequestQueue', () => {
  it('holds requests until there is a handler, then passes them on in order', () => {
    const queue = new OpenRequestQueue();
    queue.push(['/a']);
    queue.push([]);
    queue.push(['/b', '/c']);
    expect(queue.pendingCount).toBe(3);
    const seen: string[][] = [];
    queue.setHandler((paths) => seen.push(paths));
    queue.push(['/d']);
    expect(seen).toEqual([['/a'], ['/b', '/c'], ['/d']]);
    expect(queue.pendingCount).toBe(0);
  });
});

function fakeApp(lock: boolean) {
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
  });
  return app;
}

describe('claimSingleInstance', () => {
  it('quits a second instance', () => {
    const app = fakeApp(false);
    const queue = new OpenRequestQueue();
    expect(
      claimSingleInstance(app as unknown as AppLike, { queue, skip: 1, onSecondInstance: vi.fn() }),
    ).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it("opens a second instance's files in the first, and brings it to the front", () => {
    const app = fakeApp(true);
    const queue = new OpenRequestQueue();
    const onSecondInstance = vi.fn();
    expect(
      claimSingleInstance(app as unknown as AppLike, { queue, skip: 1, onSecondInstance }),
    ).toBe(true);
    const seen: string[][] = [];
    queue.setHandler((paths) => seen.push(paths));
    app.emit('second-instance', {}, ['/opt/touchmap', 'b.touchmap', '--flag'], '/home/bob');
    expect(seen).toEqual([['/home/bob/b.touchmap']]);
    expect(onSecondInstance).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });
});

describe('listenForOpenFile', () => {
  it('queues macOS open-file requests, even before the app is ready', () => {
    const app = fakeApp(true);
    const queue = new OpenRequestQueue();
    listenForOpenFile(app as unknown as AppLike, queue);
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, '/Users/ann/hotel.touchmap');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(queue.pendingCount).toBe(1);
  });
});

/** Watching each window's file: the page hears of changes to its own file, with its own token. */
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../../src/ipc/contract.ts';
import type { ExternalChange, FileStamp } from '../../../../src/node/document-files.ts';
import { DesktopContext } from '../../../../electron/main/desktop-context.ts';
import { DocumentWatchers } from '../../../../electron/main/document-watch.ts';
import { FakeShell, manualWatch } from './fakes.ts';

const STAMP: FileStamp = { mtimeMs: 1, size: 2, hash: 'ab' };

function setup() {
  const shell = new FakeShell();
  const logs: string[] = [];
  const context = new DesktopContext({
    shell,
    defaultFolder: null,
    platform: 'linux',
    log: (level, message) => logs.push(`${level}: ${message}`),
  });
  const watching = manualWatch();
  const watchers = new DocumentWatchers(context, watching.watch);
  const record = context.newWindow();
  record.ready = true;
  return { shell, logs, context, watching, watchers, record };
}

describe('DocumentWatchers', () => {
  it('tells the window of a change to its file, with its token', () => {
    const env = setup();
    const file = env.context.grants.grant(env.record.id, '/maps/a.touchmap', 'edit', {
      stamp: STAMP,
    });
    env.record.documentPath = '/maps/a.touchmap';
    env.watchers.watch(env.record);
    const options = env.watching.watches.get('/maps/a.touchmap')!;
    expect(options.known()).toEqual(STAMP);
    options.onChange({ kind: 'deleted' });
    expect(env.shell.sentTo(env.record.id, EVENTS.fileChanged)).toEqual([
      { file, change: 'deleted' },
    ]);
    options.onError?.(new Error('EMFILE'));
    expect(env.logs).toEqual(['warn: watching /maps/a.touchmap: Error: EMFILE']);
  });

  it('keeps one watcher per window, and stops it', () => {
    const env = setup();
    env.record.documentPath = '/maps/a.touchmap';
    env.watchers.watch(env.record);
    env.record.documentPath = '/maps/b.touchmap';
    env.watchers.watch(env.record);
    expect([...env.watching.watches.keys()]).toEqual(['/maps/b.touchmap']);
    env.watchers.stop(env.record.id);
    expect(env.watching.watches.size).toBe(0);
    env.record.documentPath = null;
    env.watchers.watch(env.record);
    expect(env.watching.watches.size).toBe(0);
  });

  it('stays quiet once the window lost the file or moved to another', () => {
    const env = setup();
    env.context.grants.grant(env.record.id, '/maps/a.touchmap', 'edit');
    env.record.documentPath = '/maps/a.touchmap';
    env.watchers.watch(env.record);
    const options = env.watching.watches.get('/maps/a.touchmap')!;
    const change: ExternalChange = { kind: 'modified', stamp: STAMP };
    env.record.documentPath = '/maps/other.touchmap';
    options.onChange(change);
    env.record.documentPath = '/maps/a.touchmap';
    env.context.grants.revokeWindow(env.record.id);
    options.onChange(change);
    expect(env.shell.sent).toEqual([]);
  });
});

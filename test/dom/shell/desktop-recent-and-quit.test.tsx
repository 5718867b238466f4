/**
 * The desktop renderer against the fake bridge: the recent maps' miniatures (read by main, one
 * at a time, a card that cannot be read says so) and the draft written at once when main is
 * quitting.
 */
import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import type { RecentPreview } from '../../../src/ipc/contract.ts';
import { setTitle } from '../../../src/core/ops/index.ts';
import { startDesktopApp } from './desktop-app.tsx';

const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
const HOTEL = readFileSync('assets/templates/hotel-stay.touchmap', 'utf8');

function mapOf(text: string) {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.map;
}

const files = [
  { token: 'granted-hotel-000001', name: 'hotel.touchmap' },
  { token: 'granted-broken-00001', name: 'broken.touchmap' },
  { token: 'granted-newer-000001', name: 'newer.touchmap' },
];

afterEach(() => {
  delete window.touchmap;
});

describe('recent maps on the desktop start screen', () => {
  it('draws each readable map, says why another could not be read, and keeps every entry', async () => {
    const hotel = mapOf(HOTEL);
    const { bridge } = await startDesktopApp((b) => {
      b.recent = files;
      b.previews.set(files[0]!.token, { status: 'read', map: hotel, mtimeMs: 1 });
      b.previews.set(files[1]!.token, { status: 'failed', problem: 'broken' });
      b.previews.set(files[2]!.token, { status: 'failed', problem: 'too-new' });
    });
    const region = await screen.findByRole('region', { name: 'Recent maps' });
    await waitFor(() => expect(bridge.callsOf('readRecentPreview')).toHaveLength(3));
    const card = (name: string) => within(region).getByRole('button', { name });
    await waitFor(() => expect(card('hotel.touchmap').dataset.preview).toBe('read'));
    const thumbnail = card('hotel.touchmap').querySelector('svg.recent-thumbnail')!;
    expect(thumbnail.querySelectorAll('rect.tm-miniature-card')).toHaveLength(
      hotel.touchpoints.length,
    );
    expect(card('hotel.touchmap').textContent).toContain(
      `${hotel.title} · ${hotel.touchpoints.length} touchpoints`,
    );
    await waitFor(() => expect(card('newer.touchmap').dataset.preview).toBe('failed'));
    expect(card('broken.touchmap').querySelector('svg')).toBeNull();
    expect(card('broken.touchmap').textContent).toContain('Could not be read');
    expect(card('newer.touchmap').textContent).toContain('newer version of Touchmap');
    expect(within(region).getAllByRole('listitem')).toHaveLength(3);
    // Asked with exactly the file refs main gave.
    expect(bridge.callsOf('readRecentPreview')).toEqual(files.map((f) => [f]));
  });

  it('reads one file at a time, the screen usable meanwhile', async () => {
    const answers: ((preview: RecentPreview) => void)[] = [];
    const { bridge } = await startDesktopApp((b) => {
      b.recent = files.slice(0, 2);
      b.readRecentPreview = (file) => {
        b.calls.push({ method: 'readRecentPreview', args: [file] });
        return new Promise((resolve) => answers.push(resolve));
      };
    });
    const region = await screen.findByRole('region', { name: 'Recent maps' });
    await waitFor(() => expect(answers).toHaveLength(1));
    // The first is still being read: the second waits, the cards are already there.
    expect(within(region).getAllByRole('button', { name: /\.touchmap$/ })).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'Templates' })).toBeTruthy();
    await act(async () => answers[0]!({ status: 'failed', problem: 'missing' }));
    await waitFor(() => expect(answers).toHaveLength(2));
    await act(async () => answers[1]!({ status: 'read', map: mapOf(SMALL), mtimeMs: 2 }));
    expect(bridge.callsOf('readRecentPreview')).toHaveLength(2);
    const second = within(region).getByRole('button', { name: 'broken.touchmap' });
    await waitFor(() => expect(second.querySelector('svg.recent-thumbnail')).not.toBeNull());
  });
});

describe('quitting the desktop app', () => {
  it('writes the open map’s draft at once when main asks, then answers', async () => {
    const { bridge, controller } = await startDesktopApp((b) => {
      // Drafts every ten minutes: only the request can write one now.
      b.startup.preferences.draftIntervalSeconds = 600;
    });
    const file = { token: 'granted-small-0000001', name: 'small.touchmap' };
    act(() => bridge.sendDocument({ kind: 'file', file, text: SMALL }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const session = controller.store.getState().session!;
    act(() => session.document.getState().apply((map) => setTitle(map, 'Last edit')));
    expect(bridge.callsOf('drafts.write')).toEqual([]);

    await act(() => bridge.requestDraftFlush('flush-request-1'));
    const writes = bridge.callsOf('drafts.write');
    expect(writes).toHaveLength(1);
    expect(JSON.parse((writes[0]![0] as { text: string }).text).title).toBe('Last edit');
    const order = bridge.methods();
    expect(order.lastIndexOf('drafts.write')).toBeLessThan(order.indexOf('respondToDraftFlush'));
    expect(bridge.callsOf('respondToDraftFlush')).toEqual([['flush-request-1']]);
  });

  it('answers at once with nothing to write (no map, or no unsaved change)', async () => {
    const { bridge } = await startDesktopApp();
    await act(() => bridge.requestDraftFlush('flush-request-2'));
    expect(bridge.callsOf('drafts.write')).toEqual([]);
    expect(bridge.callsOf('respondToDraftFlush')).toEqual([['flush-request-2']]);
  });
});

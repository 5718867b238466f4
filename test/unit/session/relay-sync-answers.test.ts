import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { relaysOfEachTest, synced, until } from './relay-harness.ts';

const { start, join: joinAs } = relaysOfEachTest();

const join = (port: number, doc?: Y.Doc) => joinAs(port, 'edit', doc);
const titleOf = (doc: Y.Doc) => doc.getMap('map').get('title');

describe('the relay answers joiners from one encoding per doc version', () => {
  it('gives each joiner the doc as it is when they join, never an older answer', async () => {
    const doc = new Y.Doc();
    doc.getMap('map').set('title', 'First');
    const running = await start({ doc });
    const [a, b] = [join(running.port), join(running.port)];
    await Promise.all([synced(a), synced(b)]);
    expect([titleOf(a.doc), titleOf(b.doc)]).toEqual(['First', 'First']);

    doc.getMap('map').set('title', 'Second');
    const c = join(running.port);
    await synced(c);
    expect(titleOf(c.doc)).toBe('Second');

    a.doc.getMap('map').set('title', 'Third, by a participant');
    await until(() => titleOf(doc) === 'Third, by a participant', 3000, 'the relay to have it');
    const d = join(running.port);
    await synced(d);
    expect(titleOf(d.doc)).toBe('Third, by a participant');
  });

  it('sends a client that holds part of the doc what it lacks', async () => {
    const doc = new Y.Doc();
    doc.getMap('map').set('title', 'Shared');
    const running = await start({ doc });
    // A copy kept from an earlier visit, then the doc went on without it.
    const kept = new Y.Doc();
    Y.applyUpdate(kept, Y.encodeStateAsUpdate(doc));
    doc.getMap('map').set('persona', 'Added while away');
    const back = join(running.port, kept);
    await synced(back);
    expect(back.doc.getMap('map').toJSON()).toEqual({
      title: 'Shared',
      persona: 'Added while away',
    });
  });
});

/**
 * Opening, saving and replacing documents through the Platform (the memory adapter), with
 * the dialogs answered by the test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { ID_PATTERN } from '../../../src/core/model.ts';
import { setTitle } from '../../../src/core/ops/index.ts';
import { createMemoryPlatform, type MemoryPlatform } from '../../../src/app/platform/memory.ts';
import { createDialogs, type DialogSpec } from '../../../src/app/shell/dialogs.ts';
import {
  confirmReplace,
  failureDetails,
  newFromChoice,
  openDocument,
  saveDocument,
  type DocumentHost,
} from '../../../src/app/shell/document-actions.ts';
import {
  createSession,
  mapFromChoice,
  newMapId,
  suggestedFileName,
  type Entropy,
  type Session,
} from '../../../src/app/shell/session.ts';
import { isDirty } from '../../../src/app/store/document-store.ts';
import { TEMPLATES } from '../../../src/app/templates.ts';

const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
const BROKEN = readFileSync('test/fixtures/e2e/broken.touchmap', 'utf8');

let counter = 0;
const entropy: Entropy = {
  uuid: () => `${String(++counter).padStart(8, '0')}-abcd-4000-8000-000000000000`,
  now: () => '2026-11-23T10:00:00.000Z',
};

interface Harness {
  host: DocumentHost;
  platform: MemoryPlatform;
  asked: DialogSpec[];
  session: () => Session | null;
}

/** A host whose dialogs are answered from `answers`, in order. */
function harness(answers: string[] = [], files: Record<string, string> = {}): Harness {
  const platform = createMemoryPlatform({
    'maps/small.touchmap': SMALL,
    'maps/broken.touchmap': BROKEN,
    ...files,
  });
  const dialogs = createDialogs();
  const asked: DialogSpec[] = [];
  dialogs.store.subscribe((state) => {
    if (state.current === null) return;
    asked.push(state.current.spec);
    const answer = answers.shift() ?? state.current.spec.cancelValue;
    queueMicrotask(() => dialogs.answer(answer));
  });
  let current: Session | null = null;
  const host: DocumentHost = {
    platform,
    dialogs,
    entropy,
    getSession: () => current,
    setSession: (session) => {
      current = session;
    },
  };
  return { host, platform, asked, session: () => current };
}

function open(
  h: Harness,
  text = SMALL,
  file = { token: 'maps/small.touchmap', name: 'small.touchmap' },
) {
  const result = parse(text);
  if (!result.ok) throw new Error('fixture');
  h.host.setSession(createSession({ map: result.map, file }, entropy));
}

describe('opening files', () => {
  it('opens a valid file as a clean document that knows its file', async () => {
    const h = harness();
    h.platform.nextOpen = 'maps/small.touchmap';
    expect(await openDocument(h.host)).toBe(true);
    const state = h.session()!.document.getState();
    expect(state.map.title).toBe('Bike repair (e2e)');
    expect(state.file).toEqual({ token: 'maps/small.touchmap', name: 'small.touchmap' });
    expect(isDirty(state)).toBe(false);
  });

  it('shows the problems of a broken file with their paths and keeps the open map', async () => {
    const h = harness();
    open(h);
    const before = h.session();
    h.platform.nextOpen = 'maps/broken.touchmap';
    expect(await openDocument(h.host)).toBe(false);
    expect(h.session()).toBe(before);
    expect(h.asked).toHaveLength(1);
    const dialog = h.asked[0]!;
    expect(dialog.title).toBe('“broken.touchmap” cannot be opened');
    expect(dialog.tone).toBe('error');
    expect(dialog.lines).toEqual(['The map has 4 problems.']);
    expect(dialog.details!.map((d) => d.path)).toEqual([
      'departments[0].color',
      'touchpoints[0].kind',
      'touchpoints[0].emotion',
      'touchpoints[1].stageId',
    ]);
    expect(dialog.footnote).toMatch(/still open/);
  });

  it('words non-JSON and too-new files with a single line each', () => {
    const notJson = parse('{"format": "touchmap",\n "version": 1 "x": 2}');
    const tooNew = parse(readFileSync('test/fixtures/invalid/too-new.touchmap', 'utf8'));
    if (notJson.ok || tooNew.ok) throw new Error('fixtures should fail');
    expect(failureDetails(notJson.error).lines[0]).toMatch(/line 2/);
    expect(failureDetails(tooNew.error)).toEqual({ lines: [tooNew.error.message], details: [] });
  });

  it('lists at most the shown problems and says how many more there are', () => {
    const many = parse(readFileSync('test/fixtures/invalid/many-problems.touchmap', 'utf8'));
    if (many.ok) throw new Error('fixture should fail');
    const { lines, details } = failureDetails(many.error);
    expect(details.length).toBe(many.error.kind === 'invalid' ? many.error.problems.length : 0);
    expect(lines[lines.length - 1]).toMatch(/^…and \d+ more\.$/);
  });

  it('does nothing when the user cancels the open dialog', async () => {
    const h = harness();
    h.platform.nextOpen = null;
    expect(await openDocument(h.host)).toBe(false);
    expect(h.session()).toBeNull();
  });
});

describe('replacing an unsaved document', () => {
  it('does not ask when the document is saved', async () => {
    const h = harness();
    open(h);
    expect(await confirmReplace(h.host)).toBe(true);
    expect(h.asked).toHaveLength(0);
  });

  it('asks, and Cancel keeps the map', async () => {
    const h = harness(['cancel']);
    open(h);
    h.session()!
      .document.getState()
      .apply((m) => setTitle(m, 'Edited'));
    h.platform.nextOpen = 'maps/small.touchmap';
    expect(await openDocument(h.host)).toBe(false);
    expect(h.asked[0]!.title).toBe('Save the changes to “small.touchmap”?');
    expect(h.session()!.document.getState().map.title).toBe('Edited');
  });

  it('Don’t save replaces it; Save saves first', async () => {
    const discard = harness(['discard']);
    open(discard);
    discard
      .session()!
      .document.getState()
      .apply((m) => setTitle(m, 'Edited'));
    expect(await newFromChoice(discard.host, TEMPLATES[0]!)).toBe(true);
    expect(discard.session()!.document.getState().map.title).toBe('Untitled journey');

    const save = harness(['save']);
    open(save);
    save
      .session()!
      .document.getState()
      .apply((m) => setTitle(m, 'Edited'));
    expect(await confirmReplace(save.host)).toBe(true);
    expect(parse(save.platform.files.get('maps/small.touchmap')!)).toMatchObject({
      ok: true,
      map: { title: 'Edited' },
    });
  });
});

describe('saving', () => {
  it('writes the canonical file with the save time and marks the document clean', async () => {
    const h = harness();
    open(h);
    const doc = h.session()!.document;
    doc.getState().apply((m) => setTitle(m, 'Saved title'));
    expect(isDirty(doc.getState())).toBe(true);
    expect(await saveDocument(h.host, { as: false })).toBe(true);
    const text = h.platform.files.get('maps/small.touchmap')!;
    const saved = parse(text);
    expect(saved.ok && saved.map.title).toBe('Saved title');
    expect(saved.ok && saved.map.updatedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(text.endsWith('\n')).toBe(true);
    expect(isDirty(doc.getState())).toBe(false);
    // Saving is not an edit: nothing new to undo.
    expect(doc.temporal.getState().pastStates).toHaveLength(1);
  });

  it('rewrites the same bytes when nothing changed since the open or the last save', async () => {
    const h = harness();
    const stamped = SMALL.replace('"title"', '"updatedAt": "2026-01-02T03:04:05.000Z",\n  "title"');
    const opened = parse(stamped);
    if (!opened.ok) throw new Error('fixture');
    // The fixture with an updatedAt, in canonical form, as a file written by Touchmap would be.
    const canonical = serialize(opened.map);
    open(h, canonical);
    let clock = '2026-11-24T08:00:00.000Z';
    h.host.entropy = { ...entropy, now: () => clock };
    const file = () => h.platform.files.get('maps/small.touchmap')!;

    expect(await saveDocument(h.host, { as: false })).toBe(true);
    expect(file()).toBe(canonical);

    const doc = h.session()!.document;
    doc.getState().apply((m) => setTitle(m, 'Changed'));
    expect(await saveDocument(h.host, { as: false })).toBe(true);
    const afterEdit = file();
    expect(afterEdit).toContain('"updatedAt": "2026-11-24T08:00:00.000Z"');

    // Later, with no edit in between: the file is written again, byte for byte the same.
    clock = '2026-11-25T09:00:00.000Z';
    expect(await saveDocument(h.host, { as: false })).toBe(true);
    expect(file()).toBe(afterEdit);
    // Save As of the unchanged map keeps that date too.
    h.platform.nextSaveName = 'maps/copy.touchmap';
    expect(await saveDocument(h.host, { as: true })).toBe(true);
    expect(h.platform.files.get('maps/copy.touchmap')).toBe(afterEdit);

    // An edit, then its undo, is no change either; an edit that stays is.
    doc.getState().apply((m) => setTitle(m, 'Again'));
    doc.temporal.getState().undo();
    expect(await saveDocument(h.host, { as: false })).toBe(true);
    expect(h.platform.files.get('maps/copy.touchmap')).toBe(afterEdit);
    doc.getState().apply((m) => setTitle(m, 'Again'));
    expect(await saveDocument(h.host, { as: false })).toBe(true);
    expect(h.platform.files.get('maps/copy.touchmap')).toContain(
      '"updatedAt": "2026-11-25T09:00:00.000Z"',
    );
  });

  it('asks where for a map never saved, and Save As always asks', async () => {
    const h = harness();
    const { map } = mapFromChoice(
      TEMPLATES.find((t) => t.key === 'hotel-stay')!,
      entropy,
    );
    h.host.setSession(createSession({ map, dirty: true }, entropy));
    h.platform.nextSaveName = 'maps/hotel.touchmap';
    expect(await saveDocument(h.host, { as: false })).toBe(true);
    expect(h.session()!.document.getState().file?.token).toBe('maps/hotel.touchmap');
    h.platform.nextSaveName = 'maps/copy.touchmap';
    expect(await saveDocument(h.host, { as: true })).toBe(true);
    expect(h.session()!.document.getState().file?.token).toBe('maps/copy.touchmap');
    expect([...h.platform.files.keys()]).toContain('maps/copy.touchmap');
  });

  it('keeps the document dirty and says why when the save fails or is cancelled', async () => {
    const h = harness();
    open(h);
    const doc = h.session()!.document;
    doc.getState().apply((m) => setTitle(m, 'Unsaved'));
    h.platform.saveFile = async () => ({ status: 'failed', message: 'Disk full' });
    expect(await saveDocument(h.host, { as: false })).toBe(false);
    expect(h.asked[0]!.lines).toContain('Disk full');
    expect(isDirty(doc.getState())).toBe(true);
    h.platform.saveFile = async () => ({ status: 'cancelled' });
    expect(await saveDocument(h.host, { as: true })).toBe(false);
    expect(isDirty(doc.getState())).toBe(true);
  });

  it('asks before replacing a file changed on disk, and overwrites only when told', async () => {
    const h = harness(['overwrite']);
    open(h);
    const forced: boolean[] = [];
    h.platform.saveFile = async (file, _text, _name, options) => {
      forced.push(options?.force ?? false);
      return options?.force
        ? { status: 'saved', file: file! }
        : { status: 'conflict', file: file! };
    };
    expect(await saveDocument(h.host, { as: false })).toBe(true);
    expect(forced).toEqual([false, true]);
    expect(h.asked[0]!.title).toMatch(/changed by someone else/);

    const cancel = harness(['cancel']);
    open(cancel);
    cancel.platform.saveFile = async (file) => ({ status: 'conflict', file: file! });
    expect(await saveDocument(cancel.host, { as: false })).toBe(false);
  });
});

describe('new maps', () => {
  it('makes a blank map with createBlankMap and a journey from its template, new ids, created now', () => {
    const blank = mapFromChoice(
      TEMPLATES.find((t) => t.key === 'blank')!,
      entropy,
    );
    expect(blank.map.stages).toHaveLength(7);
    expect(blank.map.createdAt).toBe('2026-11-23T10:00:00.000Z');
    const hotelEntry = TEMPLATES.find((t) => t.key === 'hotel-stay')!;
    const hotel = mapFromChoice(hotelEntry, entropy);
    expect(hotel.map.id).not.toBe(hotelEntry.map.id);
    expect(hotel.map.id).toMatch(/^hotel-stay-from-search-t-[0-9a-f]{12}$/);
    expect(hotel.map.touchpoints).toEqual(hotelEntry.map.touchpoints);
  });

  it('opens a map made from a template unedited, and an edit marks it', async () => {
    const h = harness();
    expect(
      await newFromChoice(
        h.host,
        TEMPLATES.find((t) => t.key === 'hotel-stay')!,
      ),
    ).toBe(true);
    const doc = h.session()!.document;
    expect(isDirty(doc.getState())).toBe(false);
    expect(doc.getState().file).toBeNull();
    // Nothing to lose yet: replacing it asks nothing.
    expect(await newFromChoice(h.host, TEMPLATES[0]!)).toBe(true);
    expect(h.asked).toEqual([]);
    h.session()!
      .document.getState()
      .apply((m) => setTitle(m, 'Ours'));
    expect(isDirty(h.session()!.document.getState())).toBe(true);
  });

  it('makes valid, distinct map ids and safe file names', () => {
    const a = newMapId('Hôtel: “stay” / 2026', entropy);
    const b = newMapId('Hôtel: “stay” / 2026', entropy);
    expect(a).toMatch(ID_PATTERN);
    expect(a).not.toBe(b);
    expect(newMapId('???', entropy)).toMatch(/^map-[0-9a-f]{12}$/);
    expect(suggestedFileName('Hotel stay: from search to loyalty')).toBe(
      'Hotel stay- from search to loyalty.touchmap',
    );
    expect(suggestedFileName('  ')).toBe('Journey map.touchmap');
    expect(suggestedFileName('a/b\\c')).toBe('a-b-c.touchmap');
  });
});

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_FORMAT,
  InvalidDocumentIdError,
  createDraftStore,
  type DraftRecord,
} from '../../../src/node/drafts.ts';
import { hashBytes } from '../../../src/node/document-files.ts';
import { mapText, tempFolder } from './helpers.ts';

const draft = (over: Partial<DraftRecord> = {}): DraftRecord => ({
  documentId: 'doc-1',
  title: 'Hotel stay',
  path: '/maps/hotel.touchmap',
  text: mapText('Hotel stay'),
  savedAt: '2026-01-22T10:00:00.000Z',
  baseStamp: { mtimeMs: 1, size: 2, hash: hashBytes('x') },
  ...over,
});

describe('drafts', () => {
  it('writes, lists, reads and removes drafts, one file per document', async () => {
    const folder = join(await tempFolder(), 'drafts');
    const store = createDraftStore(folder);
    expect(await store.list()).toEqual({ drafts: [], problems: [] });
    await store.write(draft());
    await store.write(
      draft({
        documentId: 'doc-2',
        path: null,
        title: 'Untitled journey',
        baseStamp: null,
        savedAt: '2026-01-22T11:00:00.000Z',
      }),
    );
    expect((await readdir(folder)).sort()).toEqual(['doc-1.json', 'doc-2.json']);
    const { drafts, problems } = await store.list();
    expect(problems).toEqual([]);
    expect(drafts.map((d) => d.documentId)).toEqual(['doc-2', 'doc-1']);
    expect(drafts[1]).toEqual(draft());
    expect(await store.read('doc-1')).toEqual(draft());
    expect(JSON.parse(await readFile(join(folder, 'doc-1.json'), 'utf8'))).toMatchObject({
      format: DRAFT_FORMAT,
      version: 1,
    });

    await store.write(draft({ text: mapText('Newer'), savedAt: '2026-01-22T12:00:00.000Z' }));
    expect((await store.read('doc-1'))?.text).toBe(mapText('Newer'));

    await store.remove('doc-1');
    await store.remove('doc-1');
    expect((await store.list()).drafts.map((d) => d.documentId)).toEqual(['doc-2']);
    expect(await store.read('doc-1')).toBeNull();
  });

  it('never lets a document id leave the folder', async () => {
    const store = createDraftStore(await tempFolder());
    for (const documentId of ['../evil', 'a/b', '', 'x'.repeat(65), 'c:', '..']) {
      await expect(store.write(draft({ documentId }))).rejects.toBeInstanceOf(
        InvalidDocumentIdError,
      );
      await expect(store.remove(documentId)).rejects.toBeInstanceOf(InvalidDocumentIdError);
    }
  });

  it('skips and reports damaged drafts, and lists the good ones', async () => {
    const folder = await tempFolder();
    const store = createDraftStore(folder);
    await store.write(draft());
    await writeFile(join(folder, 'broken.json'), '{"format": "touchmap-draft", "vers');
    await writeFile(join(folder, 'wrong.json'), JSON.stringify({ format: 'something else' }));
    await writeFile(
      join(folder, 'other-id.json'),
      JSON.stringify({ ...draft(), format: DRAFT_FORMAT, version: 1 }),
    );
    await writeFile(join(folder, 'bad name!.json'), '{}');
    await writeFile(join(folder, '.doc-9.json.123.0123456789ab.tmp'), 'partial');
    await writeFile(join(folder, 'notes.txt'), 'ignored');
    const { drafts, problems } = await store.list();
    expect(drafts.map((d) => d.documentId)).toEqual(['doc-1']);
    expect(problems.map((p) => [p.file.replace(/^.*[\\/]/, ''), p.message])).toEqual([
      ['bad name!.json', 'is not named after a document id'],
      ['broken.json', 'is not valid JSON (a damaged draft)'],
      ['other-id.json', 'names document doc-1, not other-id'],
      ['wrong.json', expect.stringMatching(/^is not a Touchmap draft \(format: /)],
    ]);
    expect(await store.read('broken')).toBeNull();
  });

  it('removes the temporary files of interrupted writes at start-up', async () => {
    const folder = await tempFolder();
    const store = createDraftStore(folder);
    await store.write(draft());
    const stale = join(folder, '.doc-1.json.999999999.0123456789ab.tmp');
    await writeFile(stale, 'partial');
    expect((await store.cleanup()).removed).toEqual([stale]);
    expect(await readdir(folder)).toEqual(['doc-1.json']);
  });
});

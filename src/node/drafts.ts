/**
 * Autosaved drafts of open documents, so a crash, a dead battery or a killed process loses at
 * most one autosave interval of work.
 *
 * One JSON file per open document (`<documentId>.json`) in a folder of the app's own, written
 * atomically: a draft on disk is always a whole draft. Drafts exist for saved and untitled
 * maps alike; a draft is removed when its document is saved or its changes are discarded, so
 * the drafts found at start-up are exactly the work that was never saved. A draft file that
 * cannot be read or understood is skipped and reported, never a reason to fail the listing.
 */
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write.ts';
import type { FileStamp } from './file-stamp.ts';
import { removeStaleTemporaryFiles, type CleanupReport } from './temporary-files.ts';

export const DRAFT_FORMAT = 'touchmap-draft';
const DRAFT_VERSION = 1;

/** Document ids become file names: a strict alphabet keeps them inside the drafts folder. */
const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const fileStampSchema = z.object({
  mtimeMs: z.number().finite(),
  size: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

const draftFileSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  documentId: z.string().regex(DOCUMENT_ID_PATTERN),
  title: z.string(),
  path: z.string().min(1).nullable(),
  text: z.string(),
  savedAt: z.iso.datetime({ offset: true }),
  baseStamp: fileStampSchema.nullable().default(null),
});

export interface DraftRecord {
  documentId: string;
  title: string;
  /** The map file this document belongs to; null for a map never saved. */
  path: string | null;
  /** The whole document, as it would be saved. */
  text: string;
  /** ISO-8601. */
  savedAt: string;
  /** The file as it was when the document was last opened or saved, to spot later changes. */
  baseStamp: FileStamp | null;
}

export interface DraftProblem {
  /** The draft file's path. */
  file: string;
  message: string;
}

export interface DraftListing {
  /** Newest first. */
  drafts: DraftRecord[];
  problems: DraftProblem[];
}

export interface DraftStore {
  readonly folder: string;
  write(draft: DraftRecord): Promise<void>;
  read(documentId: string): Promise<DraftRecord | null>;
  remove(documentId: string): Promise<void>;
  list(): Promise<DraftListing>;
  /** Removes temporary files of interrupted writes; for start-up. */
  cleanup(): Promise<CleanupReport>;
}

export class InvalidDocumentIdError extends Error {
  constructor(documentId: string) {
    super(`Not a valid document id: ${JSON.stringify(documentId.slice(0, 80))}`);
    this.name = 'InvalidDocumentIdError';
  }
}

function fileOf(folder: string, documentId: string): string {
  if (!DOCUMENT_ID_PATTERN.test(documentId)) throw new InvalidDocumentIdError(documentId);
  return join(folder, `${documentId}.json`);
}

type Read = { ok: true; draft: DraftRecord } | { ok: false; message: string };

async function readDraftFile(file: string, expectedId: string): Promise<Read> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot be read (${code ?? String(error)})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'is not valid JSON (a damaged draft)' };
  }
  const checked = draftFileSchema.safeParse(data);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'the draft';
    return { ok: false, message: `is not a Touchmap draft (${where}: ${first?.message ?? '?'})` };
  }
  const draft = checked.data;
  if (draft.documentId !== expectedId) {
    return { ok: false, message: `names document ${draft.documentId}, not ${expectedId}` };
  }
  return {
    ok: true,
    draft: {
      documentId: draft.documentId,
      title: draft.title,
      path: draft.path,
      text: draft.text,
      savedAt: draft.savedAt,
      baseStamp: draft.baseStamp,
    },
  };
}

export function createDraftStore(folder: string): DraftStore {
  return {
    folder,
    async write(draft) {
      const file = fileOf(folder, draft.documentId);
      const body = draftFileSchema.parse({
        format: DRAFT_FORMAT,
        version: DRAFT_VERSION,
        ...draft,
      });
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify(body)}\n`);
    },
    async read(documentId) {
      const file = fileOf(folder, documentId);
      const read = await readDraftFile(file, documentId);
      return read.ok ? read.draft : null;
    },
    async remove(documentId) {
      await rm(fileOf(folder, documentId), { force: true });
    },
    async list() {
      const listing: DraftListing = { drafts: [], problems: [] };
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return listing;
      }
      for (const name of names.sort()) {
        if (!name.endsWith('.json') || name.startsWith('.')) continue;
        const file = join(folder, name);
        const documentId = name.slice(0, -'.json'.length);
        if (!DOCUMENT_ID_PATTERN.test(documentId)) {
          listing.problems.push({ file, message: 'is not named after a document id' });
          continue;
        }
        const read = await readDraftFile(file, documentId);
        if (read.ok) listing.drafts.push(read.draft);
        else listing.problems.push({ file, message: read.message });
      }
      listing.drafts.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
      return listing;
    },
    cleanup() {
      return removeStaleTemporaryFiles(folder);
    },
  };
}

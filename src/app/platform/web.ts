/**
 * The browser build's platform: the file picker to open, the File System Access API to save
 * where the browser has it (Chromium) and a download otherwise, drafts in localStorage.
 *
 * File tokens are random, so a token kept in a draft from an earlier page (whose file handle
 * is gone with that page) never names a file of this one: saving such a recovered map asks
 * where, suggesting its old name.
 */
import { decodeMapText, describeParseFailure } from '../../core/parse.ts';
import type {
  Draft,
  FileRef,
  OpenedFile,
  Platform,
  PlatformCapabilities,
  SaveOutcome,
} from './platform.ts';

export const DRAFT_PREFIX = 'touchmap.draft.';

/** A stored draft that cannot be read back: reported, kept until the user discards it. */
export interface DamagedDraftEntry {
  documentId: string;
  /** What is stored, as it is, so it can still be saved somewhere. */
  raw: string;
  problem: string;
}

const WEB_CAPABILITIES: PlatformCapabilities = {
  routesFilesToWindows: false,
  draftStorage: 'browser-storage',
  configurableDraftInterval: false,
  confirmsCloseInPage: true,
  pickerNeedsUserActivation: true,
};

export interface WebPlatform extends Platform {
  /** The drafts, and the stored entries that are not drafts any more (never dropped silently). */
  listDraftEntries(): Promise<{ drafts: Draft[]; damaged: DamagedDraftEntry[] }>;
  /** A file the user dropped on the page; with its handle (Chromium) it can be saved back. */
  adoptFile(name: string, handle?: FileSystemFileHandle | null): FileRef;
}

interface SaveFilePickerOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}
interface PickerWindow {
  showSaveFilePicker?: (options: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;
}

/** Handles the user granted in this tab, by token. */
const handles = new Map<string, FileSystemFileHandle>();

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function grant(name: string, handle?: FileSystemFileHandle | null): FileRef {
  const token = randomToken();
  if (handle) handles.set(token, handle);
  return { token, name };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Why a stored value is not a draft, or null when it is one. */
function draftProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'it is not a draft record';
  const d = value as Record<string, unknown>;
  if (!isString(d.documentId) || !/^[A-Za-z0-9_-]{1,64}$/.test(d.documentId)) {
    return 'its document id is missing or malformed';
  }
  if (!isString(d.title)) return 'its title is missing';
  if (!isString(d.text)) return 'its map text is missing';
  if (!isString(d.savedAt) || Number.isNaN(Date.parse(d.savedAt))) return 'its date is missing';
  const file = d.file;
  if (file !== null && file !== undefined) {
    const f = file as Record<string, unknown>;
    if (typeof file !== 'object' || !isString(f.token) || !isString(f.name)) {
      return 'its file reference is malformed';
    }
  }
  return null;
}

/**
 * Drafts of documents open in another tab are that tab's, not work to recover: a tab holds a
 * Web Lock per draft it writes (released when it removes the draft, or when the tab goes),
 * and listing leaves out the drafts whose lock is held.
 */
const LOCK_PREFIX = 'touchmap.draft-owner.';
const heldLocks = new Map<string, () => void>();

function webLocks(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function holdDraftLock(documentId: string): void {
  const locks = webLocks();
  if (!locks || heldLocks.has(documentId)) return;
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  heldLocks.set(documentId, release);
  locks
    .request(LOCK_PREFIX + documentId, { ifAvailable: true }, (lock) => (lock ? released : null))
    .catch(() => heldLocks.delete(documentId));
}

function releaseDraftLock(documentId: string): void {
  heldLocks.get(documentId)?.();
  heldLocks.delete(documentId);
}

async function draftsHeldElsewhere(): Promise<Set<string>> {
  const locks = webLocks();
  if (!locks) return new Set();
  try {
    const { held = [] } = await locks.query();
    const names = held.map((lock) => lock.name ?? '').filter((n) => n.startsWith(LOCK_PREFIX));
    return new Set(
      names
        .map((name) => name.slice(LOCK_PREFIX.length))
        .filter((documentId) => !heldLocks.has(documentId)),
    );
  } catch {
    return new Set();
  }
}

function readDrafts(storage: Storage): { drafts: Draft[]; damaged: DamagedDraftEntry[] } {
  const drafts: Draft[] = [];
  const damaged: DamagedDraftEntry[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(DRAFT_PREFIX)) continue;
    const documentId = key.slice(DRAFT_PREFIX.length);
    const raw = storage.getItem(key) ?? '';
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      damaged.push({ documentId, raw, problem: 'it is not valid JSON' });
      continue;
    }
    const problem = draftProblem(value);
    if (problem !== null) {
      damaged.push({ documentId, raw, problem });
      continue;
    }
    const d = value as Draft;
    drafts.push({
      documentId: d.documentId,
      title: d.title,
      file: d.file ? { token: d.file.token, name: d.file.name } : null,
      text: d.text,
      savedAt: d.savedAt,
    });
  }
  return { drafts, damaged };
}

/** Whether a file is a PDF: its first bytes are "%PDF-", whatever its name. */
async function isPdfFile(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-';
}

/**
 * A PDF that Touchmap exported carries its map (src/pdf/embed.ts): the map opens with a
 * `.touchmap` name, so saving it never writes over the PDF. Throws, with a message for the
 * open dialog, when the PDF carries no map.
 */
async function openTouchmapPdf(file: File): Promise<OpenedFile> {
  // Loaded on demand (and without jsPDF): most sessions never open a PDF.
  const { extractEmbeddedMap } = await import('../../pdf/embed.ts');
  const text = extractEmbeddedMap(new Uint8Array(await file.arrayBuffer()));
  if (text === null) {
    throw new Error(
      `“${file.name}” has no Touchmap map inside.\nTouchmap opens the PDFs it exported itself: they carry the map as an attachment. This PDF has none, or another program rewrote it; open the .touchmap file instead.`,
    );
  }
  return { file: grant(`${file.name.replace(/\.pdf$/i, '')}.touchmap`), text };
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The save picker's description and extension of each exported format. */
async function writeBlob(
  file: FileRef | null,
  blob: Blob,
  suggestedName: string,
  description: string,
  extension: string,
): Promise<SaveOutcome> {
  const existing = file ? handles.get(file.token) : undefined;
  const picker = (window as unknown as PickerWindow).showSaveFilePicker;
  try {
    let handle = existing;
    if (!handle && picker) {
      handle = await picker({
        suggestedName,
        types: [{ description, accept: { [blob.type]: [extension] } }],
      });
    }
    if (!handle) {
      download(blob, suggestedName);
      return { status: 'saved', file: file ?? grant(suggestedName) };
    }
    const writable = await handle.createWritable();
    await writable.write(blob);
    await writable.close();
    const ref = file && existing ? file : grant(handle.name, handle);
    return { status: 'saved', file: ref };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError')
      return { status: 'cancelled' };
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The save picker's file type of each exported format (PDF when not listed). */
const EXPORT_TYPES: Readonly<Record<string, readonly [string, string]>> = {
  'application/pdf': ['PDF document', '.pdf'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': [
    'PowerPoint presentation',
    '.pptx',
  ],
  'text/csv': ['CSV file', '.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['Excel workbook', '.xlsx'],
  'image/svg+xml': ['SVG picture', '.svg'],
  'image/png': ['PNG picture', '.png'],
};

export function createWebPlatform(storage: Storage = window.localStorage): WebPlatform {
  return {
    capabilities: WEB_CAPABILITIES,
    async openFile(): Promise<OpenedFile | null> {
      const file = await pickFile('.touchmap,application/json,.json,.pdf,application/pdf');
      if (!file) return null;
      if (await isPdfFile(file)) return openTouchmapPdf(file);
      // The core's decoder (not File.text(), which replaces bad bytes): refused, with where.
      const decoded = decodeMapText(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) throw new Error(describeParseFailure(decoded.error).join('\n'));
      return { file: grant(file.name), text: decoded.text };
    },
    // The browser's picker only reads: the same as opening.
    readFileFromDialog() {
      return this.openFile();
    },
    saveFile(file, text, suggestedName) {
      const blob = new Blob([text], { type: 'application/json' });
      return writeBlob(file, blob, suggestedName, 'Touchmap map', '.touchmap');
    },
    exportFile(bytes, suggestedName, mimeType) {
      const blob = new Blob([bytes as BlobPart], { type: mimeType });
      const [description, extension] = EXPORT_TYPES[mimeType] ?? ['PDF document', '.pdf'];
      return writeBlob(null, blob, suggestedName, description, extension);
    },
    drafts: {
      async write(draft: Draft) {
        // Throws when storage is full: the caller reports it (nothing is dropped silently).
        storage.setItem(DRAFT_PREFIX + draft.documentId, JSON.stringify(draft));
        holdDraftLock(draft.documentId);
      },
      async remove(documentId: string) {
        storage.removeItem(DRAFT_PREFIX + documentId);
        releaseDraftLock(documentId);
      },
      async list() {
        // Damaged entries are left in place for listDraftEntries to report.
        return readDrafts(storage).drafts;
      },
    },
    async listDraftEntries() {
      const { drafts, damaged } = readDrafts(storage);
      const elsewhere = await draftsHeldElsewhere();
      return { drafts: drafts.filter((d) => !elsewhere.has(d.documentId)), damaged };
    },
    adoptFile(name, handle) {
      return grant(name, handle);
    },
    setDocumentState({ title, fileName, dirty }) {
      document.title = `${dirty ? '• ' : ''}${fileName ?? title} — Touchmap`;
    },
  };
}

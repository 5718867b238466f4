/**
 * The browser build's platform: the file picker to open, the File System Access API to save
 * where the browser has it (Chromium) and a download otherwise, drafts in localStorage.
 */
import type { Draft, FileRef, OpenedFile, Platform, SaveOutcome } from './platform.ts';

const DRAFT_PREFIX = 'touchmap.draft.';

interface SaveFilePickerOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}
interface PickerWindow {
  showSaveFilePicker?: (options: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;
}

/** Handles the user granted in this tab, by token. */
const handles = new Map<string, FileSystemFileHandle>();
let nextToken = 1;

function grant(name: string, handle?: FileSystemFileHandle): FileRef {
  const token = `web-${nextToken++}`;
  if (handle) handles.set(token, handle);
  return { token, name };
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

export function createWebPlatform(storage: Storage = window.localStorage): Platform {
  return {
    kind: 'web',
    async openFile(): Promise<OpenedFile | null> {
      const file = await pickFile('.touchmap,application/json,.json');
      if (!file) return null;
      return { file: grant(file.name), text: await file.text() };
    },
    saveFile(file, text, suggestedName) {
      const blob = new Blob([text], { type: 'application/json' });
      return writeBlob(file, blob, suggestedName, 'Touchmap map', '.touchmap');
    },
    exportFile(bytes, suggestedName, mimeType) {
      const blob = new Blob([bytes as BlobPart], { type: mimeType });
      return writeBlob(null, blob, suggestedName, 'PDF document', '.pdf');
    },
    drafts: {
      async write(draft: Draft) {
        storage.setItem(DRAFT_PREFIX + draft.documentId, JSON.stringify(draft));
      },
      async remove(documentId: string) {
        storage.removeItem(DRAFT_PREFIX + documentId);
      },
      async list() {
        const drafts: Draft[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (!key?.startsWith(DRAFT_PREFIX)) continue;
          try {
            drafts.push(JSON.parse(storage.getItem(key) ?? '') as Draft);
          } catch {
            storage.removeItem(key);
          }
        }
        return drafts;
      },
    },
    setDocumentState({ title, fileName, dirty }) {
      document.title = `${dirty ? '• ' : ''}${fileName ?? title} — Touchmap`;
    },
  };
}

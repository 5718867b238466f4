/** An in-memory platform for tests: files are entries in a Map, dialogs are scripted. */
import type {
  Draft,
  FileRef,
  OpenedFile,
  Platform,
  PlatformCapabilities,
  SaveOutcome,
} from './platform.ts';

/** A plain single-window host: opens replace the map (after asking), drafts in memory. */
export const MEMORY_CAPABILITIES: PlatformCapabilities = {
  routesFilesToWindows: false,
  draftStorage: 'memory',
  configurableDraftInterval: false,
  confirmsCloseInPage: false,
  pickerNeedsUserActivation: false,
};

export interface MemoryPlatform extends Platform {
  files: Map<string, string>;
  /** What the next open dialog returns (a token of `files`), or null to cancel. */
  nextOpen: string | null;
  /** What the next save dialog answers: a new file name, or null to cancel. */
  nextSaveName: string | null;
  exported: { name: string; bytes: Uint8Array; mimeType: string }[];
  documentState: { title: string; fileName: string | null; dirty: boolean } | null;
  /** The drafts written, by document id. */
  draftStore: Map<string, Draft>;
  /** A file dropped on the page (see WebPlatform.adoptFile): its name becomes its token. */
  adoptFile(name: string): FileRef;
}

export function createMemoryPlatform(
  initial: Record<string, string> = {},
  capabilities: Partial<PlatformCapabilities> = {},
): MemoryPlatform {
  const files = new Map(Object.entries(initial));
  const drafts = new Map<string, Draft>();
  const ref = (token: string): FileRef => ({ token, name: token.replace(/^.*\//, '') });
  const platform: MemoryPlatform = {
    capabilities: { ...MEMORY_CAPABILITIES, ...capabilities },
    files,
    nextOpen: null,
    nextSaveName: null,
    exported: [],
    documentState: null,
    draftStore: drafts,
    adoptFile: (name) => ref(name),
    async openFile(): Promise<OpenedFile | null> {
      const token = platform.nextOpen;
      if (token === null) return null;
      const text = files.get(token);
      if (text === undefined) throw new Error(`no file ${token}`);
      return { file: ref(token), text };
    },
    async readFileFromDialog(): Promise<OpenedFile | null> {
      const token = platform.nextOpen;
      if (token === null) return null;
      const text = files.get(token);
      if (text === undefined) throw new Error(`no file ${token}`);
      return { file: ref(token), text };
    },
    async saveFile(file, text, suggestedName): Promise<SaveOutcome> {
      const token = file?.token ?? platform.nextSaveName ?? null;
      if (token === null) return { status: 'cancelled' };
      files.set(token, text);
      return { status: 'saved', file: ref(token || suggestedName) };
    },
    async exportFile(bytes, suggestedName, mimeType): Promise<SaveOutcome> {
      platform.exported.push({ name: suggestedName, bytes, mimeType });
      return { status: 'saved', file: ref(suggestedName) };
    },
    drafts: {
      async write(draft) {
        drafts.set(draft.documentId, draft);
      },
      async remove(documentId) {
        drafts.delete(documentId);
      },
      async list() {
        return [...drafts.values()];
      },
    },
    setDocumentState(state) {
      platform.documentState = state;
    },
  };
  return platform;
}

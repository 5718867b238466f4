/**
 * The contract between the Electron main process, the preload and the renderer.
 *
 * - `CHANNELS` / `EVENTS`: one channel per action (see channels.ts).
 * - `requestSchemas`: a zod schema for the payload of every renderer -> main channel. The
 *   main process validates every payload with them before doing anything; the renderer is
 *   not trusted to send well-formed data.
 * - `TouchmapBridge`: what the preload exposes to the page as `window.touchmap`, one named
 *   method per action. There is no generic `invoke(channel)` and no raw `ipcRenderer`.
 * - `MenuCommand`: the commands of the application menu.
 *
 * Files cross the boundary as `FileRef`s (opaque tokens the main process granted to that
 * window), never as paths. The types shared with the editor's Platform (FileRef, Draft,
 * SaveOutcome) come from platform.ts, and the schemas here are checked against them.
 */
import { z } from 'zod';
import type { Draft, FileRef, SaveOutcome } from './file-types.ts';
import type { JourneyMap } from '../core/model.ts';
import type { ParseFailure } from '../core/parse.ts';
import {
  userPreferencesPatchSchema,
  type UserPreferences,
  type UserPreferencesPatch,
} from './preferences.ts';
import { CHANNELS, EVENTS, type Channel, type EventChannel } from './channels.ts';
import type { RendererMenuCommand } from './menu-commands.ts';
import type {
  ChooseFallbackFontResult,
  FallbackFontData,
  FallbackFontInfo,
} from './fallback-font.ts';
import { sessionRequestSchemas, type SessionsBridge } from './session-contract.ts';

export { CHANNELS, EVENTS, type Channel, type EventChannel };
export type { Draft, FileRef, SaveOutcome };

// Live sessions: session-contract.ts; the fallback font: fallback-font.ts.
export type {
  FoundSessionInfo,
  JoinSessionResult,
  ShareSessionResult,
} from './session-contract.ts';
export {
  hasTrueTypeSignature,
  type ChooseFallbackFontResult,
  type FallbackFontData,
  type FallbackFontInfo,
} from './fallback-font.ts';

// Menu commands: menu-commands.ts.
export {
  MENU_COMMANDS,
  RENDERER_MENU_COMMANDS,
  type MenuCommand,
  type RendererMenuCommand,
} from './menu-commands.ts';

// ---------------------------------------------------------------------------------------------
// Shared shapes

/** Tokens are random base64url strings minted by the main process. */
export const fileRefSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
  name: z.string().max(1024),
}) satisfies z.ZodType<FileRef>;

/** The document id of a draft becomes a file name in main: a strict alphabet. */
const documentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Generous bounds: a map of thousands of touchpoints is a few MB. */
const MAX_TEXT_LENGTH = 64 * 1024 * 1024;
const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

const fileNameSchema = z.string().min(1).max(255);

/** The id of a request main sent a page (close, draft flush), echoed in its answer. */
const requestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const draftSchema = z.strictObject({
  documentId: documentIdSchema,
  title: z.string().max(1000),
  file: fileRefSchema.nullable(),
  text: z.string().max(MAX_TEXT_LENGTH),
  savedAt: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<Draft>;

export const documentStateSchema = z.strictObject({
  title: z.string().max(1000),
  fileName: z.string().max(1024).nullable(),
  dirty: z.boolean(),
});
export type DocumentState = z.infer<typeof documentStateSchema>;

// ---------------------------------------------------------------------------------------------
// Requests (renderer -> main), validated in main

export const EXPORT_MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/svg+xml',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
] as const;
export type ExportMimeType = (typeof EXPORT_MIME_TYPES)[number];

const none = z.undefined();

export const requestSchemas = {
  [CHANNELS.ready]: none,
  [CHANNELS.openFile]: none,
  [CHANNELS.readFileFromDialog]: none,
  [CHANNELS.openRecentFile]: z.strictObject({ file: fileRefSchema }),
  /** Paths of files dropped on the window; the preload gets them from the dropped File objects. */
  [CHANNELS.openDroppedFiles]: z.strictObject({
    paths: z.array(z.string().min(1).max(4096)).min(1).max(32),
  }),
  [CHANNELS.reloadFile]: z.strictObject({ file: fileRefSchema }),
  [CHANNELS.listRecentFiles]: none,
  [CHANNELS.clearRecentFiles]: none,
  [CHANNELS.readRecentPreview]: z.strictObject({ file: fileRefSchema }),
  [CHANNELS.saveFile]: z.strictObject({
    file: fileRefSchema.nullable(),
    text: z.string().max(MAX_TEXT_LENGTH),
    suggestedName: fileNameSchema,
    force: z.boolean(),
  }),
  [CHANNELS.exportFile]: z.strictObject({
    bytes: z
      .custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes (a Uint8Array)')
      .refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'too large'),
    suggestedName: fileNameSchema,
    mimeType: z.enum(EXPORT_MIME_TYPES),
  }),
  [CHANNELS.showInFolder]: z.strictObject({ file: fileRefSchema }),
  [CHANNELS.writeDraft]: z.strictObject({ draft: draftSchema }),
  [CHANNELS.removeDraft]: z.strictObject({ documentId: documentIdSchema }),
  [CHANNELS.listDrafts]: none,
  [CHANNELS.openDraftInNewWindow]: z.strictObject({ documentId: documentIdSchema }),
  [CHANNELS.respondToDraftFlush]: z.strictObject({ requestId: requestIdSchema }),
  [CHANNELS.setDocumentState]: documentStateSchema,
  [CHANNELS.getPreferences]: none,
  [CHANNELS.setPreferences]: z.strictObject({ patch: userPreferencesPatchSchema }),
  [CHANNELS.getFallbackFont]: none,
  [CHANNELS.chooseFallbackFont]: none,
  [CHANNELS.clearFallbackFont]: none,
  [CHANNELS.readFallbackFont]: none,
  [CHANNELS.respondToCloseRequest]: z.strictObject({
    requestId: requestIdSchema,
    outcome: z.enum(['saved', 'cancelled', 'failed']),
  }),
  /** A serialised map for a new untitled window (the future-state copy); main parses it. */
  [CHANNELS.openMapInNewWindow]: z.strictObject({ text: z.string().min(1).max(MAX_TEXT_LENGTH) }),
  ...sessionRequestSchemas,
} as const satisfies Record<Channel, z.ZodType>;

export type RequestOf<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;
export type SaveFileRequest = RequestOf<typeof CHANNELS.saveFile>;
export type ExportFileRequest = RequestOf<typeof CHANNELS.exportFile>;
export type CloseOutcome = RequestOf<typeof CHANNELS.respondToCloseRequest>['outcome'];

// ---------------------------------------------------------------------------------------------
// Replies and events (main -> renderer)

export interface StartupInfo {
  platform: string;
  /**
   * True for the first window of a session (and for a window whose page crashed and was
   * reloaded): it should list the drafts and offer to recover them.
   */
  offerDraftRecovery: boolean;
  preferences: UserPreferences;
}

/** Why a file could not be opened: unreadable, or one of the failures of `parse`. */
export type OpenFailureReason = 'unreadable' | ParseFailure['kind'];

export type OpenFileResult =
  /** The file, for this window: a map this version can edit. */
  | { status: 'opened'; file: FileRef; text: string }
  /** The user cancelled the dialog (or nothing openable was dropped). */
  | { status: 'cancelled' }
  /** The file is open in, or went to, another window (focused); nothing to do here. */
  | { status: 'elsewhere' }
  /**
   * The file cannot be opened for editing: it cannot be read, or it is not a map this version
   * can edit (not JSON, not a Touchmap file, too new, invalid). `message` has one line per
   * fact (`describeParseFailure`'s lines for a parse failure). The content of such a file is
   * never sent to the page, and no token is granted for it.
   */
  | { status: 'failed'; reason: OpenFailureReason; message: string };

/** A document the main process sends to a window: from a double-click, a drop, a draft... */
export type IncomingDocument =
  | { kind: 'file'; file: FileRef; text: string }
  /**
   * A draft to recover, or a map another window handed over unsaved (the future-state
   * copy, under a draft id of its own); it has unsaved changes by definition.
   */
  | { kind: 'draft'; draft: Draft };

export interface FileChangedEvent {
  file: FileRef;
  /** Another program changed (or removed) the file since this window read or saved it. */
  change: 'modified' | 'deleted';
}

/**
 * The user chose "Save" in the unsaved-changes dialog of this window (closing it or quitting).
 * The page saves as it would for the menu's Save (Save As for an untitled map), then answers
 * with `respondToCloseRequest(requestId, 'saved' | 'cancelled' | 'failed')`: only 'saved' lets
 * the window close.
 */
export interface CloseRequest {
  requestId: string;
}

/**
 * Main is quitting: the page writes its draft now (whatever the interval), then answers with
 * `respondToDraftFlush(requestId)`. Main waits a short while at most, so a hung page cannot
 * stop the quit.
 */
export interface DraftFlushRequest {
  requestId: string;
}

/** Why a recent map has no picture: it is gone, too large, not readable, broken or too new. */
export type RecentPreviewProblem = 'missing' | 'too-large' | 'unreadable' | 'broken' | 'too-new';

/**
 * What the start screen draws a recent map's miniature from, read by main from the file the
 * recent list names. `mtimeMs` is the file's modification time when it was read.
 */
export type RecentPreview =
  | { status: 'read'; map: JourneyMap; mtimeMs: number }
  | { status: 'failed'; problem: RecentPreviewProblem };

export interface DraftListing {
  /** Drafts not held by another open window, newest first, with their files granted. */
  drafts: Draft[];
  /** Damaged draft files that were skipped (they are logged by the main process). */
  skipped: number;
}

export type Unsubscribe = () => void;

/** A map opened in a new window from a serialised text (the future-state copy). */
export type OpenMapResult = { status: 'opened' } | { status: 'failed'; message: string };

// ---------------------------------------------------------------------------------------------
// The bridge: window.touchmap

export interface TouchmapBridge {
  /** `process.platform` of the machine: 'darwin', 'win32', 'linux'. */
  readonly platform: string;
  readonly versions: { readonly electron: string; readonly chrome: string };

  /**
   * Tells the main process the page is ready. Subscribe to the events first: documents and
   * commands held for this window are sent right before this resolves.
   */
  ready(): Promise<StartupInfo>;

  /** The open dialog. */
  openFile(): Promise<OpenFileResult>;
  /**
   * The open dialog, for a map to read only (Compare With…): never this window's document,
   * never routed to another window, not added to the recent list.
   */
  readFileFromDialog(): Promise<OpenFileResult>;
  /** A file of `listRecentFiles`. */
  openRecentFile(file: FileRef): Promise<OpenFileResult>;
  /** Files dropped on the page (`DataTransfer.files`); only `.touchmap` files are opened. */
  openDroppedFiles(files: readonly File[]): Promise<OpenFileResult>;
  /** Reads this window's file again (after `onFileChanged`, to take the other version). */
  reloadFile(file: FileRef): Promise<OpenFileResult>;
  listRecentFiles(): Promise<FileRef[]>;
  clearRecentFiles(): Promise<void>;
  /** The map of a file of `listRecentFiles`, for its miniature; refused for any other file. */
  readRecentPreview(file: FileRef): Promise<RecentPreview>;

  /** Save (`file` set) or Save As (`file` null); see Platform.saveFile. */
  saveFile(request: SaveFileRequest): Promise<SaveOutcome>;
  /** Writes an export (a PDF) where the user chooses. */
  exportFile(request: ExportFileRequest): Promise<SaveOutcome>;
  /** Shows the file in the system's file manager. */
  showInFolder(file: FileRef): Promise<void>;

  drafts: {
    write(draft: Draft): Promise<void>;
    remove(documentId: string): Promise<void>;
    list(): Promise<DraftListing>;
    /** Recovers a draft in a window of its own (this one when it is empty). */
    openInNewWindow(documentId: string): Promise<boolean>;
  };

  /** Window title, the unsaved-changes marker, and what the close guard checks. */
  setDocumentState(state: DocumentState): Promise<void>;

  preferences: {
    get(): Promise<UserPreferences>;
    set(patch: UserPreferencesPatch): Promise<UserPreferences>;
    /** Preferences changed (in any window). */
    onChange(listener: (preferences: UserPreferences) => void): Unsubscribe;
  };

  /** The fallback font chosen in the preferences (its name only), or null. */
  getFallbackFont(): Promise<FallbackFontInfo | null>;
  /** Main shows an open dialog for a .ttf/.ttc, checks it is a TrueType font and keeps its path. */
  chooseFallbackFont(): Promise<ChooseFallbackFontResult>;
  clearFallbackFont(): Promise<void>;
  /** The fallback font's bytes, read by main from the path it keeps. */
  readFallbackFont(): Promise<FallbackFontData>;

  onMenuCommand(listener: (command: RendererMenuCommand) => void): Unsubscribe;
  onOpenDocument(listener: (document: IncomingDocument) => void): Unsubscribe;
  onFileChanged(listener: (event: FileChangedEvent) => void): Unsubscribe;
  onCloseRequest(listener: (request: CloseRequest) => void): Unsubscribe;
  respondToCloseRequest(requestId: string, outcome: CloseOutcome): Promise<void>;
  onDraftFlushRequest(listener: (request: DraftFlushRequest) => void): Unsubscribe;
  /** The draft asked for by a DraftFlushRequest is written (or there was none to write). */
  respondToDraftFlush(requestId: string): Promise<void>;

  /** Opens this serialised map in a new untitled window with unsaved changes. */
  openMapInNewWindow(text: string): Promise<OpenMapResult>;
  /** Live sessions on the local network (issue 12). */
  sessions: SessionsBridge;
}

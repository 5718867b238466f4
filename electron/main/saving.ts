/**
 * Saving and exporting: Save over the window's file with the conflict check (the file changed
 * since the window read it) and a backup of what was there, Save As through the dialog, and
 * writing an export (PDF and the like) where the user chose.
 */
import { dirname } from 'node:path';
import { describeParseFailure, parse } from '../../src/core/parse.ts';
import { writeErrorReason } from '../../src/node/file-errors.ts';
import type { ExportFileRequest, SaveFileRequest, SaveOutcome } from '../../src/ipc/contract.ts';
import { writeFileAtomic } from '../../src/node/atomic-write.ts';
import { openDocument, saveDocument, type FileStamp } from '../../src/node/document-files.ts';
import type { DesktopContext } from './desktop-context.ts';
import {
  EXPORT_FORMATS,
  MAP_EXTENSION,
  exportDialogOptions,
  saveMapDialogOptions,
  withExtension,
} from './dialog-options.ts';
import type { Documents, RecentList } from './documents.ts';

export interface SavingOptions {
  documents: Pick<Documents, 'adopt'>;
  recent: Pick<RecentList, 'addRecent'>;
  /** Where previous versions of saved maps are kept (see document-files.ts). */
  backupFolder: string;
}

export class Saving {
  readonly #context: DesktopContext;
  readonly #documents: SavingOptions['documents'];
  readonly #recent: SavingOptions['recent'];
  readonly #backupFolder: string;

  constructor(context: DesktopContext, options: SavingOptions) {
    this.#context = context;
    this.#documents = options.documents;
    this.#recent = options.recent;
    this.#backupFolder = options.backupFolder;
  }

  async saveFile(windowId: number, request: SaveFileRequest): Promise<SaveOutcome> {
    const { grants, platform, shell, windows } = this.#context;
    const record = this.#context.record(windowId);
    const parsed = parse(request.text);
    if (!parsed.ok) {
      const [first, second] = describeParseFailure(parsed.error);
      return {
        status: 'failed',
        message: `The map was not saved: it is not a valid map. ${[first, second].filter(Boolean).join(' ')}`,
      };
    }

    let path: string;
    let expected: FileStamp | null = null;
    let force = request.force;
    const source =
      request.file === null ? null : grants.require(windowId, request.file.token, ['read', 'edit']);
    // A map taken out of a Touchmap PDF is saved as a .touchmap file of its own, asked where.
    const fromPdf = source !== null && source.access !== 'edit' && /\.pdf$/i.test(source.path);
    if (source === null || fromPdf) {
      const suggested = fromPdf
        ? request.suggestedName.replace(/\.pdf$/i, '')
        : request.suggestedName;
      const chosen = await shell.showSaveDialog(
        windowId,
        saveMapDialogOptions(suggested, this.#context.folderFor(record)),
      );
      if (!chosen) return { status: 'cancelled' };
      path = withExtension(chosen, MAP_EXTENSION, platform);
      const other = windows.findByPath(path, platform);
      if (other && other.id !== windowId) {
        return {
          status: 'failed',
          message: 'That file is open in another window. Close it there, or choose another name.',
        };
      }
      // The dialog asked before overwriting the name it returned; a name we completed was not
      // asked about, so an existing file there is reported as a conflict instead.
      force = force || path === chosen;
    } else {
      const grant = source;
      if (grant.access !== 'edit') {
        return {
          status: 'failed',
          message:
            'This file was opened read-only: this version of Touchmap cannot edit it. Use Save As to save a copy.',
        };
      }
      path = grant.path;
      expected = grant.stamp;
      if (force) {
        // Overwriting whatever is there now: never a map of a newer version (format rule 3).
        const current = await openDocument(path);
        if (!current.ok && current.error.kind === 'too-new') {
          grants.grant(windowId, path, 'read', { replace: true });
          return {
            status: 'failed',
            message: `${current.error.message} Use Save As to keep your version.`,
          };
        }
      }
    }

    const result = await saveDocument(path, request.text, {
      expected,
      force,
      backupFolder: this.#backupFolder,
    });
    if (result.status === 'failed') return { status: 'failed', message: result.message };
    if (result.status === 'conflict') {
      const file = grants.grant(windowId, path, 'edit');
      return { status: 'conflict', file };
    }
    if (result.backupError) {
      this.#context.log('warn', `saved ${path}, but the backup failed: ${result.backupError}`);
    }
    const file = this.#documents.adopt(record, path, result.stamp);
    this.#context.lastFolder = dirname(path);
    this.#recent.addRecent(path);
    return { status: 'saved', file };
  }

  async exportFile(windowId: number, request: ExportFileRequest): Promise<SaveOutcome> {
    const record = this.#context.record(windowId);
    const chosen = await this.#context.shell.showSaveDialog(
      windowId,
      exportDialogOptions(request.suggestedName, request.mimeType, this.#context.folderFor(record)),
    );
    if (!chosen) return { status: 'cancelled' };
    const extension = EXPORT_FORMATS[request.mimeType].extension;
    const path = withExtension(chosen, extension, this.#context.platform);
    try {
      await writeFileAtomic(path, request.bytes);
    } catch (error) {
      return {
        status: 'failed',
        message: `The file could not be written: ${writeErrorReason(error)}.`,
      };
    }
    this.#context.lastFolder = dirname(path);
    return { status: 'saved', file: this.#context.grants.grant(windowId, path, 'export') };
  }

  /** Shows a file the window wrote or opened in the system's file manager. */
  showInFolder(windowId: number, token: string): void {
    const grant = this.#context.grants.require(windowId, token, ['export', 'read', 'edit']);
    this.#context.shell.showItemInFolder(grant.path);
  }
}

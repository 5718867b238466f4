/**
 * The messages between the editor and its export worker (export-worker.ts). One worker runs
 * one export: the page posts one `ExportRequest`, the worker answers with any number of
 * `progress` messages and then exactly one `done` or `error`. Cancelling is terminating the
 * worker, so there is no cancel message.
 *
 * Everything here crosses a structured clone: the map is plain data, the options have no
 * callback (progress comes back as messages), and the fonts and the PDF travel as bytes.
 */
import type { JourneyMap } from '../../core/model.ts';
import type { ExportOptions } from '../../pdf/options.ts';

/** The exporter's options as they cross to the worker: no progress callback. */
export type WorkerExportOptions = Omit<ExportOptions, 'onProgress'>;

export interface WorkerFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  fallback: Uint8Array | null;
}

export interface ExportRequest {
  type: 'export';
  map: JourneyMap;
  options: WorkerExportOptions;
  fonts: WorkerFonts;
}

export interface ProgressReply {
  type: 'progress';
  done: number;
  total: number;
}

export interface DoneReply {
  type: 'done';
  bytes: Uint8Array;
  pageCount: number;
  /** Characters that no font had (drawn as boxes), each once. */
  missingCharacters: string[];
  warnings: string[];
}

export interface ErrorReply {
  type: 'error';
  message: string;
  /** The option problems of an ExportError ("scale: expected a number…"), else [message]. */
  problems: string[];
}

export type ExportReply = ProgressReply | DoneReply | ErrorReply;

export function isExportReply(value: unknown): value is ExportReply {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'progress' || type === 'done' || type === 'error';
}

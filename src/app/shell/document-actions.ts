/**
 * New, open, save and save-as for the one open document, through the Platform (which owns
 * the dialogs and the file system). Nothing is lost on the way: a file that does not parse
 * leaves the current map open and lists its problems; replacing an unsaved map asks first;
 * a save that fails says why and leaves the map dirty.
 */
import { describeParseFailure, parse, type ParseFailure } from '../../core/parse.ts';
import { serialize } from '../../core/serialize.ts';
import { touchUpdatedAt } from '../../core/ops/index.ts';
import type { FileRef, OpenedFile, Platform } from '../platform/platform.ts';
import type { JourneyMap } from '../../core/model.ts';
import { isDirty, type DocumentState } from '../store/document-store.ts';
import { tidyOnOpen } from './tidy-on-open.ts';
import type { TemplateEntry } from '../templates.ts';
import type { DialogDetail, Dialogs } from './dialogs.ts';
import {
  createSession,
  mapFromChoice,
  suggestedFileName,
  systemEntropy,
  type Entropy,
  type NewMapDefaults,
  type Session,
} from './session.ts';

export interface DocumentHost {
  platform: Platform;
  dialogs: Dialogs;
  entropy?: Entropy;
  getSession(): Session | null;
  /** Shows a new document (and leaves the start screen). */
  setSession(session: Session): void;
  /** A short, non-blocking message (e.g. notes from upgrading an old file). */
  notify?(message: string): void;
  /** The stages and departments a new blank map starts with (the preferences). */
  newMapDefaults?(): NewMapDefaults;
}

type UnsavedChoice = 'save' | 'discard' | 'cancel';

/**
 * Before the open map is replaced: true to go on. An unsaved map asks Save / Don't save /
 * Cancel; choosing Save goes on only once the save succeeded.
 */
export async function confirmReplace(host: DocumentHost): Promise<boolean> {
  const session = host.getSession();
  if (session === null || !isDirty(session.document.getState())) return true;
  const { map, file } = session.document.getState();
  const choice = await host.dialogs.ask<UnsavedChoice>({
    title: `Save the changes to “${file?.name ?? map.title}”?`,
    lines: ['Your changes will be lost if you don’t save them.'],
    tone: 'warning',
    buttons: [
      { label: 'Save', value: 'save', kind: 'primary' },
      { label: 'Don’t save', value: 'discard', kind: 'danger' },
      { label: 'Cancel', value: 'cancel' },
    ],
    cancelValue: 'cancel',
  });
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return saveDocument(host, { as: false });
}

/** Starts a new map from a start-screen choice, after confirming the replacement. */
export async function newFromChoice(host: DocumentHost, entry: TemplateEntry): Promise<boolean> {
  if (!(await confirmReplace(host))) return false;
  const { map } = mapFromChoice(entry, host.entropy ?? systemEntropy, host.newMapDefaults?.());
  // Blank or from a template, a new map is not edited until the user changes it: no
  // "Edited" mark, no draft, no question on closing (nothing of theirs would be lost).
  host.setSession(createSession({ map }, host.entropy ?? systemEntropy));
  return true;
}

/** What a parse failure says, as dialog details: a path and a message per problem. */
export function failureDetails(failure: ParseFailure): {
  lines: string[];
  details: DialogDetail[];
} {
  if (failure.kind === 'invalid') {
    const [summary = failure.message, ...rest] = describeParseFailure(failure);
    const details = failure.problems.map((p) => ({ path: p.path, message: p.message }));
    // Anything beyond the problems themselves ("…and 12 more.").
    const extra = rest.slice(failure.problems.length);
    return { lines: [summary, ...extra], details };
  }
  return { lines: describeParseFailure(failure), details: [] };
}

/** Says why a file could not be opened (the desktop host's message, one line per fact). */
export async function showOpenError(
  host: DocumentHost,
  error: unknown,
  title = 'The file could not be opened',
): Promise<void> {
  await host.dialogs.ask({
    title,
    lines: (error instanceof Error ? error.message : String(error)).split('\n'),
    footnote: 'The file was not changed.',
    tone: 'error',
    buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
    cancelValue: 'ok',
  });
}

export interface LoadOptions {
  /** Ask before replacing an unsaved map (the file has been read and checked first). */
  confirm: boolean;
  /** The name to show in messages when the map has no file (a map taken out of a PDF). */
  name?: string;
}

/**
 * Shows a file's text as the open document: a text that does not parse lists its problems
 * and changes nothing; one that does replaces the open map (after asking, with `confirm`).
 */
export async function loadText(
  host: DocumentHost,
  text: string,
  file: FileRef | null,
  options: LoadOptions,
): Promise<boolean> {
  const result = parse(text);
  const name = file?.name ?? options.name ?? 'The file';
  if (!result.ok) {
    const { lines, details } = failureDetails(result.error);
    await host.dialogs.ask({
      title: `“${name}” cannot be opened`,
      lines,
      details,
      footnote:
        host.getSession() === null
          ? 'The file was not changed.'
          : 'The file was not changed, and the map you had open is still open.',
      tone: 'error',
      buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
      cancelValue: 'ok',
    });
    return false;
  }
  if (options.confirm && !(await confirmReplace(host))) return false;
  const opened = tidyOnOpen(result.map);
  host.setSession(
    createSession({ map: opened.map, file, dirty: false }, host.entropy ?? systemEntropy),
  );
  const notes = opened.note === null ? result.notes : [...result.notes, opened.note];
  if (notes.length > 0) host.notify?.(notes.join(' '));
  return true;
}

/** A file the host read for this window (dialog, recent list, drop, system). */
export function loadOpened(
  host: DocumentHost,
  opened: OpenedFile,
  options: LoadOptions,
): Promise<boolean> {
  return loadText(host, opened.text, opened.file, options);
}

export async function openDocument(host: DocumentHost): Promise<boolean> {
  // A host that routes files opens them here only when nothing unsaved would be replaced.
  const routed = host.platform.capabilities.routesFilesToWindows;
  if (!routed && !(await confirmReplace(host))) return false;
  let opened;
  try {
    opened = await host.platform.openFile();
  } catch (error) {
    await showOpenError(host, error);
    return false;
  }
  if (opened === null) return false;
  // Unrouted: asked above, before the dialog. Routed: the file came here because nothing
  // unsaved was open, so the question only guards against an edit made in the meantime.
  return loadOpened(host, opened, { confirm: routed });
}

/**
 * Runs an open that the desktop host routes (recent list, dropped files): null means it went
 * to another window, or nothing was opened.
 */
export async function openRouted(
  host: DocumentHost,
  run: () => Promise<OpenedFile | null>,
): Promise<boolean> {
  let opened;
  try {
    opened = await run();
  } catch (error) {
    await showOpenError(host, error);
    return false;
  }
  if (opened === null) return false;
  return loadOpened(host, opened, { confirm: true });
}

export type SaveStatus = 'saved' | 'cancelled' | 'failed';

/**
 * The `updatedAt` each saved map was last written with. The map in memory keeps its own
 * (stamping it would add an undo step), so without this a second save of an unchanged map
 * would write the older date back and the file would change although nothing did.
 */
const writtenUpdatedAt = new WeakMap<JourneyMap, string>();

/**
 * The text a save writes: the map with the save time as `updatedAt` when it changed since it
 * was opened or last saved; else exactly what that open or save had, so saving an unchanged
 * map rewrites the same bytes (the user guide promises it).
 */
function textToSave(
  state: Pick<DocumentState, 'map' | 'savedMap'>,
  now: string,
): { text: string; updatedAt: string | undefined } {
  const { map } = state;
  const updatedAt = isDirty(state) ? now : (writtenUpdatedAt.get(map) ?? map.updatedAt);
  const stamped = updatedAt === undefined ? map : touchUpdatedAt(map, updatedAt);
  return { text: serialize(stamped), updatedAt };
}

/**
 * Saves the map to its file, or asks where (Save As, or a map never saved). The file gets
 * the save time as `updatedAt` if the map changed; the map in memory does not, so saving
 * adds no undo step.
 */
export async function saveDocument(host: DocumentHost, options: { as: boolean }): Promise<boolean> {
  return (await saveDocumentStatus(host, options)) === 'saved';
}

/** saveDocument, telling a cancelled save (the user closed the dialog) from a failed one. */
export async function saveDocumentStatus(
  host: DocumentHost,
  options: { as: boolean },
): Promise<SaveStatus> {
  const session = host.getSession();
  if (session === null) return 'cancelled';
  const state = session.document.getState();
  const map = state.map;
  const { text, updatedAt } = textToSave(state, (host.entropy ?? systemEntropy).now());
  const name = options.as || state.file === null ? suggestedFileName(map.title) : state.file.name;
  let outcome = await host.platform.saveFile(options.as ? null : state.file, text, name);
  if (outcome.status === 'conflict') {
    const choice = await host.dialogs.ask<'overwrite' | 'cancel'>({
      title: `“${outcome.file.name}” was changed by someone else`,
      lines: [
        'The file changed on disk since you opened it. Saving now replaces those changes with yours.',
        'To keep both, cancel and use Save As.',
      ],
      tone: 'warning',
      buttons: [
        { label: 'Replace the file', value: 'overwrite', kind: 'danger' },
        { label: 'Cancel', value: 'cancel', kind: 'primary' },
      ],
      cancelValue: 'cancel',
    });
    if (choice !== 'overwrite') return 'cancelled';
    outcome = await host.platform.saveFile(outcome.file, text, name, { force: true });
  }
  switch (outcome.status) {
    case 'saved': {
      if (updatedAt !== undefined) writtenUpdatedAt.set(map, updatedAt);
      session.document.getState().markSaved(outcome.file, map);
      return 'saved';
    }
    case 'cancelled':
      return 'cancelled';
    case 'conflict':
    case 'failed':
      await host.dialogs.ask({
        title: 'The map was not saved',
        lines: [
          outcome.status === 'failed' ? outcome.message : 'The file kept changing on disk.',
          'Your changes are still here: try again, or use Save As to save somewhere else.',
        ],
        tone: 'error',
        buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
        cancelValue: 'ok',
      });
      return 'failed';
  }
}

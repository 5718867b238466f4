/**
 * Binds an open document's store to the shared Y.Doc. Local edits (the store's `apply`)
 * become minimal Y changes with the LOCAL origin; every other change (another participant,
 * the relay's first sync, the IndexedDB copy, an undo) is read back through the same
 * parse, validate and repair path as a file and put in the store without becoming an undo
 * step. Undo and redo are a Y.UndoManager that tracks the LOCAL origin only, so my Ctrl+Z
 * never undoes your edit; the store's undo history (zundo) is switched off and its undo and
 * redo point at the manager, so the toolbar and the keyboard work unchanged.
 *
 * The shared doc is the truth while in a session (the host saves it): the store's saved map
 * follows the map, so the page never asks "leave with unsaved changes?".
 */
import * as Y from 'yjs';
import type { JourneyMap } from '../../core/model.ts';
import { applyMapToDoc } from '../../session/doc-binding.ts';
import { createDocReader } from '../../session/doc-reader.ts';
import type { DocumentStore } from '../store/document-store.ts';

/** The origin of this participant's own transactions: the only one undo tracks. */
const LOCAL_ORIGIN = Symbol('touchmap local edit');

export interface StoreBinding {
  undoManager: Y.UndoManager;
  /** Reads the doc into the store now (tests; the first map after sync). */
  flush(): void;
  dispose(): void;
}

export interface BindOptions {
  /** A view link: the store refuses edits and nothing is written to the doc. */
  readOnly?: boolean;
  /** When to read a burst of remote updates (one read per frame in the browser). */
  schedule?: (run: () => void) => void;
  /** A remote update the repair rules had to change, or one that could not be read. */
  onProblem?: (problems: readonly string[]) => void;
}

const byMicrotask = (run: () => void) => queueMicrotask(run);

export function bindDocumentStore(
  doc: Y.Doc,
  store: DocumentStore,
  options: BindOptions = {},
): StoreBinding {
  const schedule = options.schedule ?? byMicrotask;
  const temporal = store.temporal;
  const undoManager = new Y.UndoManager(doc, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    // Each edit its own step, as in a file's history.
    captureTimeout: 0,
  });
  // A remote keystroke re-reads the card it changed, not the whole map.
  const reader = createDocReader(doc);
  let writing = false;
  let reading = false;
  let pending = false;

  const syncHistory = () => {
    // The toolbar reads the lengths only; the entries are never restored by zundo.
    const map = store.getState().map;
    temporal.setState({
      pastStates: undoManager.undoStack.map(() => ({ map })),
      futureStates: undoManager.redoStack.map(() => ({ map })),
    });
  };

  const read = () => {
    pending = false;
    const result = reader.read();
    if (!result.ok) {
      options.onProblem?.(result.problems);
      return;
    }
    if (result.notes.length > 0) options.onProblem?.(result.notes);
    reading = true;
    try {
      store.setState({ map: result.map, savedMap: result.map });
    } finally {
      reading = false;
    }
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === LOCAL_ORIGIN || pending) return;
    pending = true;
    schedule(read);
  };

  temporal.getState().pause();
  temporal.setState({
    pastStates: [],
    futureStates: [],
    undo: () => void undoManager.undo(),
    redo: () => void undoManager.redo(),
  });
  const onStack = () => syncHistory();
  undoManager.on('stack-item-added', onStack);
  undoManager.on('stack-item-popped', onStack);
  undoManager.on('stack-cleared', onStack);
  doc.on('update', onUpdate);

  if (options.readOnly) store.setState({ apply: () => {} });
  const unsubscribe = store.subscribe((state, previous) => {
    if (reading || writing || state.map === previous.map) return;
    if (options.readOnly) return;
    const map: JourneyMap = state.map;
    writing = true;
    try {
      applyMapToDoc(doc, map, LOCAL_ORIGIN);
      store.setState({ savedMap: map });
    } finally {
      writing = false;
    }
  });

  return {
    undoManager,
    flush: read,
    dispose() {
      unsubscribe();
      doc.off('update', onUpdate);
      reader.dispose();
      undoManager.destroy();
    },
  };
}

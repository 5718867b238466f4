/**
 * Opening a map by dropping its file on the window: while files are dragged over the page an
 * overlay says what a drop does, and the drop goes to the app (never to the browser, which
 * would navigate away to the file). Drags from inside the page (a palette item, a lane) are
 * not files and pass through untouched.
 */
import { useEffect } from 'react';
import { modalOpen } from '../editor/focus-place.ts';
import type { DroppedFile } from './app-controller.ts';

interface HandleItem {
  getAsFileSystemHandle?: () => Promise<FileSystemHandle | null>;
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** The dropped files, each with its file handle where the browser offers one (Chromium). */
function droppedFiles(transfer: DataTransfer): DroppedFile[] {
  const out: DroppedFile[] = [];
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  if (items.length > 0) {
    for (const item of items) {
      const file = item.getAsFile();
      if (!file) continue;
      // Must be asked during the drop event itself.
      const handle = (item as unknown as HandleItem).getAsFileSystemHandle?.() ?? null;
      out.push({ file, handle: handle?.catch(() => null) ?? null });
    }
    return out;
  }
  return [...transfer.files].map((file) => ({ file }));
}

export interface FileDropOptions {
  onDragging: (dragging: boolean) => void;
  onDrop: (files: DroppedFile[]) => void;
}

/** Window-level file drops; returns the function that removes the listeners. */
function attachFileDrop(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  { onDragging, onDrop }: FileDropOptions,
  doc: Document = document,
): () => void {
  // dragenter/dragleave fire for every element crossed: count them to know when the drag
  // really left the window.
  let depth = 0;
  const enter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    if (!modalOpen(doc)) onDragging(true);
  };
  const over = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = modalOpen(doc) ? 'none' : 'copy';
  };
  const leave = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) onDragging(false);
  };
  const drop = (event: DragEvent) => {
    if (!hasFiles(event) || !event.dataTransfer) return;
    event.preventDefault();
    depth = 0;
    onDragging(false);
    if (modalOpen(doc)) return;
    onDrop(droppedFiles(event.dataTransfer));
  };
  target.addEventListener('dragenter', enter as EventListener);
  target.addEventListener('dragover', over as EventListener);
  target.addEventListener('dragleave', leave as EventListener);
  target.addEventListener('drop', drop as EventListener);
  return () => {
    target.removeEventListener('dragenter', enter as EventListener);
    target.removeEventListener('dragover', over as EventListener);
    target.removeEventListener('dragleave', leave as EventListener);
    target.removeEventListener('drop', drop as EventListener);
  };
}

export function useFileDrop(options: FileDropOptions): void {
  const { onDragging, onDrop } = options;
  useEffect(() => attachFileDrop(window, { onDragging, onDrop }), [onDragging, onDrop]);
}

/** `windowPerMap`: several dropped maps each open in a window of their own. */
export function DropOverlay({ windowPerMap }: { windowPerMap: boolean }) {
  return (
    <div className="tm-drop-overlay" role="status" aria-live="polite">
      <div className="tm-drop-target">
        <span className="tm-drop-title">Drop to open the map</span>
        <span className="tm-drop-hint">
          {windowPerMap
            ? 'A .touchmap file (several open in windows of their own), or a PDF exported by Touchmap.'
            : 'A .touchmap file, or a PDF exported by Touchmap.'}
        </span>
      </div>
    </div>
  );
}

/**
 * Saves a session's shared map to its file: atomically, at most every `intervalMs` after a
 * change, and on demand (when the session ends). Only a doc that reads as a valid map is
 * written, and only when its text changed, so a quiet session never touches the file.
 */
import type * as Y from 'yjs';
import { serialize } from '../../core/serialize.ts';
import { readMapFromDoc } from '../../session/doc-binding.ts';
import { writeFileAtomic } from '../atomic-write.ts';

export interface Saver {
  /** Writes now if anything changed since the last save; resolves when it is on disk. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export interface SaverOptions {
  file: string;
  doc: Y.Doc;
  /** The text the file holds now (as read when the session started). */
  savedText: string;
  intervalMs?: number;
  /** Also given each text written (the desktop host keeps a draft with it). */
  onSaved?: (text: string) => void | Promise<void>;
  onError?: (error: unknown) => void;
}

export function createSaver(options: SaverOptions): Saver {
  const intervalMs = options.intervalMs ?? 2000;
  let savedText = options.savedText;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  const save = (): Promise<void> => {
    writing = writing.then(async () => {
      const read = readMapFromDoc(options.doc);
      if (!read.ok) return;
      const text = serialize(read.map);
      if (text === savedText) return;
      try {
        await writeFileAtomic(options.file, text);
        savedText = text;
        await options.onSaved?.(text);
      } catch (error) {
        options.onError?.(error);
      }
    });
    return writing;
  };

  const onUpdate = () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      void save();
    }, intervalMs);
  };
  options.doc.on('update', onUpdate);

  return {
    flush() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      return save();
    },
    async stop() {
      options.doc.off('update', onUpdate);
      await this.flush();
    },
  };
}

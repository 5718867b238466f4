/**
 * An open document: its document store (the map, undo history, file, saved state) and its
 * view store (selection, filters, panels). Replacing the document replaces both, so undo
 * never reaches into the previous map.
 */
import type { JourneyMap } from '../../core/model.ts';
import { createBlankMap, createMapFromTemplate, slugify } from '../../core/ops/index.ts';
import type { FileRef } from '../platform/platform.ts';
import { createDocumentStore, type DocumentStore } from '../store/document-store.ts';
import { createViewStore, type ViewStore } from '../store/view-store.ts';
import type { TemplateEntry } from '../templates.ts';

export interface Session {
  document: DocumentStore;
  view: ViewStore;
}

export interface SessionInit {
  map: JourneyMap;
  file?: FileRef | null;
  dirty?: boolean;
  /** Keeps a recovered draft's id, so the draft is rewritten rather than duplicated. */
  documentId?: string;
}

/** Random sources, injected so tests are repeatable. */
export interface Entropy {
  uuid: () => string;
  now: () => string;
}

export const systemEntropy: Entropy = {
  uuid: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
};

export function createSession(init: SessionInit, entropy: Entropy = systemEntropy): Session {
  return {
    document: createDocumentStore({
      documentId: init.documentId ?? entropy.uuid(),
      map: init.map,
      file: init.file ?? null,
      dirty: init.dirty ?? false,
    }),
    view: createViewStore(),
  };
}

/** A new map id: a slug of the title (readable in diffs) and a random part (unique). */
export function newMapId(title: string, entropy: Entropy = systemEntropy): string {
  const slug = slugify(title).slice(0, 24).replace(/-+$/, '');
  const random = entropy.uuid().replace(/-/g, '').slice(0, 12);
  return slug ? `${slug}-${random}` : `map-${random}`;
}

/** What a new blank map starts with (the user's preferences); the core defaults when absent. */
export interface NewMapDefaults {
  stages: readonly string[];
  departments: readonly { name: string; color: string }[];
}

/**
 * The map for a start-screen choice: the blank entry through createBlankMap (the stages and
 * departments of the preferences, else the defaults), a journey through
 * createMapFromTemplate; new id, created now. Either starts clean: nothing the user made
 * would be lost until they change it.
 */
export function mapFromChoice(
  entry: TemplateEntry,
  entropy: Entropy = systemEntropy,
  defaults?: NewMapDefaults,
): { map: JourneyMap } {
  const now = entropy.now();
  if (entry.key === 'blank') {
    const map = createBlankMap({
      id: newMapId('journey', entropy),
      now,
      ...(defaults ? { stages: defaults.stages, departments: defaults.departments } : {}),
    });
    return { map };
  }
  const map = createMapFromTemplate(entry.map, { id: newMapId(entry.map.title, entropy), now });
  return { map };
}

/** The file name a save dialog suggests: the title, without characters file systems refuse. */
export function suggestedFileName(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return `${base || 'Journey map'}.touchmap`;
}

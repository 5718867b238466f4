/**
 * The templates bundled with the renderer. The files in assets/templates are the source of
 * truth (the CLI and tests read the same files); here Vite inlines their text at build time.
 */
import { parse } from '../core/parse.ts';
import type { JourneyMap } from '../core/model.ts';

export interface TemplateEntry {
  /** The file's base name, e.g. "hotel-stay". */
  key: string;
  map: JourneyMap;
}

const files = import.meta.glob<string>('../../assets/templates/*.touchmap', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function keyOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.touchmap$/, '');
}

/** Blank first, then the journeys by title. A template that fails to parse is a build bug. */
export const TEMPLATES: readonly TemplateEntry[] = Object.entries(files)
  .map(([path, text]) => {
    const result = parse(text);
    if (!result.ok) throw new Error(`Template ${path} is broken: ${result.error.message}`);
    return { key: keyOf(path), map: result.map };
  })
  .sort((a, b) =>
    a.key === 'blank' ? -1 : b.key === 'blank' ? 1 : a.map.title.localeCompare(b.map.title),
  );

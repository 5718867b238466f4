/**
 * The characters no font had (see FontSet.missingCharacters), said so that a person can find
 * and fix them: each by its code point ("U+1F600"), which any screen shows (the character
 * itself would likely show as the same empty box the PDF has), and the places in the map
 * where it occurs: the titles of the touchpoints first, then the map's other texts.
 * Light and pure: the app runs it on the page's thread, once an export is done.
 */
import type { JourneyMap } from '../core/model.ts';

export interface MissingGlyph {
  /** The character itself (for those who can show it, and for searching). */
  character: string;
  /** "U+1F600". */
  code: string;
  /** Titles of the touchpoints that contain it, in the map's order. */
  touchpoints: string[];
  /** Other places: "the map's title", "stage “Check-in”", "department “Sales”", "the persona". */
  elsewhere: string[];
}

/** "U+00E9", "U+1F600": the code point of a character, as Unicode writes it. */
export function codePointLabel(character: string): string {
  const cp = character.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every string inside a value (object keys aside), normalised as the exporter draws text. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value.normalize('NFC'));
  else if (Array.isArray(value)) for (const item of value) textsOf(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) textsOf(item, out);
  return out;
}

const quoted = (name: string): string => `“${name.replace(/\s+/g, ' ').trim()}”`;

/** Where each of `characters` occurs in `map`. */
export function locateMissing(map: JourneyMap, characters: readonly string[]): MissingGlyph[] {
  const touchpoints = map.touchpoints.map((tp) => ({
    title: tp.title,
    text: textsOf({ ...tp, id: '', stageId: '', departmentId: '' }).join('\n'),
  }));
  const others: { place: string; text: string }[] = [
    { place: 'the map’s title', text: map.title.normalize('NFC') },
    ...map.stages.map((s) => ({ place: `stage ${quoted(s.name)}`, text: s.name.normalize('NFC') })),
    ...map.departments.map((d) => ({
      place: `department ${quoted(d.name)}`,
      text: d.name.normalize('NFC'),
    })),
    { place: 'the description', text: (map.description ?? '').normalize('NFC') },
    { place: 'the persona', text: textsOf(map.persona ?? null).join('\n') },
    {
      place: 'a connection’s label',
      text: map.connections.map((c) => (c.label ?? '').normalize('NFC')).join('\n'),
    },
  ];
  return characters.map((character) => ({
    character,
    code: codePointLabel(character),
    touchpoints: touchpoints.filter((t) => t.text.includes(character)).map((t) => t.title),
    elsewhere: others.filter((o) => o.text.includes(character)).map((o) => o.place),
  }));
}

export interface DescribeOptions {
  /** At most this many touchpoint titles are named; default 3. */
  shown?: number;
  /**
   * Show the character after its code point (a terminal shows it; the app's dialog does not,
   * as its font would likely lack it too). Marks, spaces and controls stay code points only.
   */
  character?: boolean;
}

/** Characters that show as nothing, or only on another: never printed on their own. */
const UNPRINTABLE = /^[\p{C}\p{Z}\p{M}]$/u;

/**
 * One line per character for people: "U+1F600 in “Breakfast”, “Room service” and 3 more
 * touchpoints; in stage “Stay”" ("U+1F600 😀 in ..." with `character`).
 */
export function describeMissing(glyph: MissingGlyph, options: DescribeOptions = {}): string {
  const shown = options.shown ?? 3;
  const parts: string[] = [];
  const { touchpoints: tps } = glyph;
  if (tps.length > 0) {
    const named = tps.slice(0, shown).map(quoted).join(', ');
    const rest = tps.length - shown;
    const more = rest > 0 ? ` and ${rest} more touchpoint${rest === 1 ? '' : 's'}` : '';
    parts.push(`in ${tps.length === 1 && more === '' ? 'touchpoint ' : ''}${named}${more}`);
  }
  if (glyph.elsewhere.length > 0) parts.push(`in ${glyph.elsewhere.join(', ')}`);
  const name =
    options.character === true && !UNPRINTABLE.test(glyph.character)
      ? `${glyph.code} ${glyph.character}`
      : glyph.code;
  return parts.length === 0 ? name : `${name} ${parts.join('; ')}`;
}

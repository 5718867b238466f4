/**
 * Reading the records of an imported table: texts within the format's limits, ids (given or
 * new), and the names and references that tie the sheets together.
 */
import { DEFAULT_DEPARTMENTS } from './defaults.ts';
import { COLOR_PATTERN, ID_PATTERN, LIMITS } from './model.ts';
import type { IdAllocator } from './ops/ids.ts';
import type { SheetRow } from './table-sheet.ts';

export const fold = (s: string): string => s.normalize('NFC').trim().toLowerCase();
const quote = (s: string): string => JSON.stringify(s);

/** A text cell within `max` characters; '' for an empty optional one, null on a problem. */
export function readText(
  row: SheetRow,
  key: string,
  what: string,
  max: number,
  required: boolean,
): string | null {
  const text = row.text(key);
  if (text === '' && required) {
    row.problem(key, `the ${what} is empty`);
    return null;
  }
  if (text.length > max) {
    row.problem(key, `the ${what} has ${text.length} characters; at most ${max}`);
    return null;
  }
  return text;
}

/**
 * Ids given in the tables are kept (so an exported table read back keeps every identity);
 * claimed before any new id is made, so a new one never takes a given one.
 */
export class IdBook {
  private readonly given = new Map<string, string>();
  constructor(private readonly allocator: IdAllocator) {}

  /** Checks and reserves the row's ID, if it has one. */
  claim(row: SheetRow, sheet: string): void {
    const id = row.text('id');
    if (id === '') return;
    if (!ID_PATTERN.test(id)) {
      row.problem(
        'id',
        `ID ${quote(id)} is not valid: use 1 to ${LIMITS.idLength} characters from A-Z, a-z, 0-9, "_" and "-", or leave it empty`,
      );
      return;
    }
    const first = this.given.get(id);
    if (first !== undefined) {
      row.problem('id', `ID ${quote(id)} is used twice (first at ${first})`);
      return;
    }
    this.given.set(id, `${sheet}${row.row}`);
    this.allocator.claim(id);
  }

  /** The row's own (valid, claimed) ID, or a new one. */
  idFor(row: SheetRow | null, prefix: string, name?: string): string {
    const id = row?.text('id') ?? '';
    if (id !== '' && this.given.has(id)) return id;
    return name === undefined ? this.allocator.next(prefix) : this.allocator.fromName(prefix, name);
  }
}

/** "#3f88c5" from "#3f88c5" or "3f88c5"; null on a problem. */
export function readColor(row: SheetRow): string | null | undefined {
  const text = row.text('color');
  if (text === '') return undefined;
  const color = text.startsWith('#') ? text : `#${text}`;
  if (COLOR_PATTERN.test(color)) return color;
  row.problem('color', `colour ${quote(text)} is not a colour like "#3f88c5"`);
  return null;
}

/** A new department's colour: the default one of that name, else the defaults in turn. */
export function defaultColor(name: string, index: number): string {
  const same = DEFAULT_DEPARTMENTS.find((d) => fold(d.name) === fold(name));
  return (same ?? DEFAULT_DEPARTMENTS[index % DEFAULT_DEPARTMENTS.length]!).color;
}

/** Touchpoints named in other sheets: by ID, or by a title no other touchpoint has. */
export class TouchpointIndex {
  private readonly ids = new Set<string>();
  private readonly titles = new Map<string, string[]>();

  add(id: string, title: string): void {
    this.ids.add(id);
    const list = this.titles.get(fold(title));
    if (list) list.push(id);
    else this.titles.set(fold(title), [id]);
  }

  /** The touchpoint's id, or null after recording a problem. */
  find(row: SheetRow, key: string, what: string): string | null {
    const text = row.text(key);
    if (text === '') {
      row.problem(key, `the ${what} is empty: give a touchpoint's ID or title`);
      return null;
    }
    if (this.ids.has(text)) return text;
    const byTitle = this.titles.get(fold(text)) ?? [];
    if (byTitle.length === 1) return byTitle[0]!;
    row.problem(
      key,
      byTitle.length === 0
        ? `no touchpoint has the ID or title ${quote(text)}`
        : `${byTitle.length} touchpoints have the title ${quote(text)}: give the ID instead`,
    );
    return null;
  }
}

/** Array helpers that return new arrays and never touch their input. */
import { missing } from './lookup.ts';

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/** Moves the item at `from` so that it ends up at index `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/** A copy with the record of id `id` replaced by `change(record)`; throws when there is none. */
export function replaceById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  sort: string,
  change: (record: T) => T,
): T[] {
  const index = list.findIndex((item) => item.id === id);
  const record = list[index];
  if (record === undefined) throw missing(sort, id);
  return list.with(index, change(record));
}

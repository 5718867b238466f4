/**
 * JSON values as the diff and the merge see them: plain objects compared key by key whatever
 * their key order, lists item by item, and keys set so that one named "__proto__" (an unknown
 * key a file may carry) stays a key.
 */

export type JsonObject = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  // An absent key and one holding undefined are the same: neither is written to the file.
  for (const key of Object.keys(a)) if (!jsonEqual(a[key], b[key])) return false;
  for (const key of Object.keys(b))
    if (!Object.hasOwn(a, key) && b[key] !== undefined) return false;
  return true;
}

/** `target[key] = value`, also for "__proto__"; `undefined` removes the key. */
export function setKey(target: JsonObject, key: string, value: unknown): void {
  if (value === undefined) {
    delete target[key];
    return;
  }
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The keys of the objects, each once, in the order first seen. */
export function keysOf(...objects: (JsonObject | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const object of objects) for (const key of Object.keys(object ?? {})) keys.add(key);
  return [...keys];
}

/** Records by their ids (unique in a valid map). */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Copying records. Every helper starts from a copy of the whole original, so keys this
 * version does not know (written by a newer one) survive every edit.
 */

/** Sets a key even when it is named "__proto__", where plain assignment would not. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * A copy of `record` with `patch` applied: a key the patch sets to `undefined` is removed
 * (how an optional field is cleared), any other value replaces the old one.
 */
export function applyPatch<T extends object>(record: T, patch: object): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else setKey(out, key, value);
  }
  return out as T;
}

/** A copy without `key`. */
export function omitKey<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const out = { ...record };
  delete out[key];
  return out;
}

/** A deep copy of JSON data (a map is JSON data), unknown keys included. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

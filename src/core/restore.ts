/**
 * Fills the defaults of optional keys in a document that has passed validation. It works on
 * the parsed JSON itself rather than on the schema library's copy, so every unknown key
 * (even one named "__proto__") stays exactly as it was read.
 */
import type { JourneyMap } from './model.ts';
import type { RawDocument } from './migrations.ts';

type Raw = Record<string, unknown>;

function fill(target: Raw, key: string, value: unknown): void {
  if (target[key] === undefined) target[key] = value;
}

/** `document` must be freshly parsed (it is completed in place) and already validated. */
export function restoreDefaults(document: RawDocument): JourneyMap {
  fill(document, 'connections', []);
  // `comments` has no default: a map nobody commented on is saved without the key.
  const checks = document.checks;
  if (typeof checks === 'object' && checks !== null) fill(checks as Raw, 'disabled', []);
  for (const touchpoint of document.touchpoints as Raw[]) {
    fill(touchpoint, 'emotion', null);
    fill(touchpoint, 'frictions', []);
    fill(touchpoint, 'opportunities', []);
  }
  return document as unknown as JourneyMap;
}

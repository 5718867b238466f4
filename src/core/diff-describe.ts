/** The changes of `diffMaps` in words: `touchpoint "Check-in desk" kind: service → experience`. */
import type { MapChange } from './diff.ts';

const MAX_SHOWN = 80;

/**
 * A value as a person reads it: a lower-case word (a kind, a channel, a severity) bare, other
 * text quoted, anything else as JSON, cut short.
 */
export function describeDiffValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (isPosition(value)) return `(${value.x}, ${value.y})`;
  const word = typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value);
  const text = word ? value : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function isPosition(value: unknown): value is { x: number; y: number } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('x') && keys.includes('y');
}

export function describeChange(change: MapChange): string {
  const who = `${change.entity} ${JSON.stringify(change.name)}`;
  switch (change.change) {
    case 'added':
    case 'removed':
      return `${who} ${change.change}`;
    case 'moved':
      return `${who} moved to another ${change.field}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`;
    case 'reordered': {
      const what =
        change.field === 'order'
          ? 'place'
          : change.field === 'position'
            ? 'slot in its cell'
            : `order of ${change.field}`;
      const show = (v: unknown) =>
        Array.isArray(v) ? v.map(String).join(', ') : describeDiffValue(v);
      return `${who} ${what}: ${show(change.before)} → ${show(change.after)}`;
    }
    case 'field': {
      if (change.before === undefined && change.after !== undefined && isItem(change.field)) {
        return `${who} ${change.field} added: ${describeDiffValue(change.after)}`;
      }
      if (change.after === undefined && change.before !== undefined && isItem(change.field)) {
        return `${who} ${change.field} removed: ${describeDiffValue(change.before)}`;
      }
      return `${who} ${change.field}: ${describeDiffValue(change.before)} → ${describeDiffValue(change.after)}`;
    }
  }
}

/** `frictions["fr-1"]`: a whole friction or opportunity rather than one of its fields. */
const isItem = (field: string): boolean => /^(frictions|opportunities)\[[^\]]+\]$/.test(field);

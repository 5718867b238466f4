/**
 * Palette items dropped on the canvas. The palette puts `{ title, kind, channel,
 * description? }` as JSON under CATALOGUE_MIME; anything else (a file, text from another
 * app, a malformed payload) is refused rather than guessed at.
 */
import {
  CHANNELS,
  LIMITS,
  TOUCHPOINT_KINDS,
  type Channel,
  type TouchpointKind,
} from '../../core/model.ts';
import type { NewTouchpoint } from '../../core/ops/index.ts';
import type { CellPlacement } from './placement.ts';

export const CATALOGUE_MIME = 'application/x-touchmap-catalogue';

export interface CatalogueDrop {
  title: string;
  kind: TouchpointKind;
  channel: Channel;
  description?: string;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

export function parseCatalogueDrop(text: string): CatalogueDrop | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { title, kind, channel, description } = value as Record<string, unknown>;
  if (typeof title !== 'string') return null;
  const trimmed = title.trim().slice(0, LIMITS.titleLength);
  if (trimmed === '') return null;
  if (!isOneOf(TOUCHPOINT_KINDS, kind) || !isOneOf(CHANNELS, channel)) return null;
  const item: CatalogueDrop = { title: trimmed, kind, channel };
  if (typeof description === 'string' && description.trim() !== '') {
    item.description = description;
  }
  return item;
}

/** The `addTouchpoint` input for an item dropped at a placement. */
export function touchpointFromDrop(
  item: CatalogueDrop,
  placement: CellPlacement,
  id: string,
): NewTouchpoint {
  return { id, ...item, ...placement };
}

/** Palette items dropped on the canvas become touchpoints in the cell under the pointer. */
import type { CataloguePayload } from '../../core/catalogue.ts';
import type { NewTouchpoint } from '../../core/ops/index.ts';
import type { CellPlacement } from './placement.ts';

/** The `addTouchpoint` input for an item dropped at a placement. */
export function touchpointFromDrop(
  item: CataloguePayload,
  placement: CellPlacement,
  id: string,
): NewTouchpoint {
  return { id, ...item, ...placement };
}

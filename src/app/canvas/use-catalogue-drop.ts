/** Dropping a palette item on the canvas adds its card in the cell under the pointer. */
import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { MapLayout } from '../../core/layout.ts';
import { CATALOGUE_MIME } from '../../core/catalogue.ts';
import type { EditContext } from '../editor/edit-actions.ts';
import { dropCatalogueItem } from './canvas-edits.ts';

export function useCatalogueDrop(ctx: EditContext, layout: MapLayout, onDropped: () => void) {
  const flow = useReactFlow();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(CATALOGUE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const text = event.dataTransfer.getData(CATALOGUE_MIME);
      if (!text) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (dropCatalogueItem(ctx, layout, point, text) !== null) onDropped();
    },
    [flow, ctx, layout, onDropped],
  );

  return { onDragOver, onDrop };
}

/**
 * The cell cursor on the grid: a ring around the stage × department cell the keyboard
 * works in (view store `cursor`). Drawn in React Flow's viewport portal so it pans and
 * zooms with the map; when the keyboard moves the cursor to a cell that is not fully on
 * screen, the view pans just enough to show it (a click or a selection never pans).
 */
import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { ViewportLayer } from './flow-portals.tsx';
import type { MapLayout, Rect } from '../../core/layout.ts';
import { cellRect } from '../../core/layout-cells.ts';
import { useView } from '../store/context.tsx';
import { noteCellRect } from './note-cells.ts';
import './cell-cursor.css';

const MARGIN = 24;

/** How far to pan (screen px) so `rect` (screen px) is inside a `width` × `height` window. */
export function panToShow(rect: Rect, width: number, height: number): { x: number; y: number } {
  const axis = (from: number, size: number, room: number) => {
    if (size + 2 * MARGIN > room) return MARGIN - from;
    if (from < MARGIN) return MARGIN - from;
    if (from + size > room - MARGIN) return room - MARGIN - (from + size);
    return 0;
  };
  return { x: axis(rect.x, rect.width, width), y: axis(rect.y, rect.height, height) };
}

export function CellCursor({ layout }: { layout: MapLayout }) {
  const cursor = useView((state) => state.cursor);
  const flow = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const rect =
    cursor === null
      ? null
      : cursor.rowId !== undefined
        ? noteCellRect(layout, { rowId: cursor.rowId, stageId: cursor.stageId })
        : cellRect(layout, cursor.stageId, cursor.departmentId);

  useEffect(() => {
    if (rect === null || cursor?.reveal !== true || width === 0 || height === 0) return;
    const { x, y, zoom } = flow.getViewport();
    const onScreen = {
      x: rect.x * zoom + x,
      y: rect.y * zoom + y,
      width: rect.width * zoom,
      height: rect.height * zoom,
    };
    const pan = panToShow(onScreen, width, height);
    if (pan.x === 0 && pan.y === 0) return;
    void flow.setViewport({ x: x + pan.x, y: y + pan.y, zoom }, { duration: 150 });
    // Only a cursor the keyboard moved scrolls: panning by hand away from it is left alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cursor, width, height]);

  if (rect === null) return null;
  return (
    <ViewportLayer>
      <div
        className="tm-cell-cursor"
        data-stage-id={cursor?.stageId}
        data-department-id={cursor?.departmentId}
        data-row-id={cursor?.rowId}
        aria-hidden="true"
        style={{
          transform: `translate(${rect.x}px, ${rect.y}px)`,
          width: rect.width,
          height: rect.height,
        }}
      />
    </ViewportLayer>
  );
}

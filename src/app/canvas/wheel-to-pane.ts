/**
 * A wheel turned over a layer drawn on top of the map (the lowest moments' labels and rings,
 * the pinned headers: they take the pointer for their tooltips) zooms the map, as it does a
 * pixel away. Those layers sit beside React Flow's zoom pane, not in it, so a wheel over them
 * never reached its zoom: zooming in with the wheel stopped dead whenever the pointer came
 * to rest on a ring. The turn is handed on to the pane with the same position and keys.
 */

/** A callback ref (with React 19's cleanup) for such a layer. */
export function wheelToPane(layer: HTMLElement | null): (() => void) | undefined {
  if (layer === null) return undefined;
  const onWheel = (event: WheelEvent) => {
    const pane = layer.closest('.react-flow')?.querySelector('.react-flow__pane');
    if (!pane) return;
    // The page itself must not scroll: the map zooms instead.
    event.preventDefault();
    pane.dispatchEvent(new WheelEvent(event.type, event));
  };
  layer.addEventListener('wheel', onWheel, { passive: false });
  return () => layer.removeEventListener('wheel', onWheel);
}

/**
 * The overview (minimap): the whole map in miniature, the part on screen outlined; click or
 * drag in it to look elsewhere. Drawn from the layout rather than from React Flow's nodes,
 * so a card being dragged does not re-render 1,500 miniature cards on every frame: the
 * miniature changes when the map does, only the outline follows the viewport.
 *
 * It keeps off the cards where it can: it is not shown while the whole map is on screen
 * (after Fit, say), where it would show nothing new and only hide cards; elsewhere its own
 * button folds it into a small tab (the toolbar's Overview map button does the same), and
 * the view state remembers which while the map is open.
 */
import { memo, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow } from '@xyflow/react';
import { MapMiniature, type MapMiniatureProps } from '../ui/MapMiniature.tsx';
import { useViewTransform } from './use-view-transform.ts';
import './overview.css';

const WIDTH = 176;
const HEIGHT = 120;

interface OverviewProps extends MapMiniatureProps {
  /** Unfolded (the miniature) or folded into its tab. */
  open: boolean;
  onToggle: () => void;
}

function OverviewIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1.5" />
      <rect x="8.5" y="8" width="4" height="3.5" rx="0.5" />
    </svg>
  );
}

export const Overview = memo(function Overview({
  layout,
  departments,
  open,
  onToggle,
}: OverviewProps) {
  const { x, y, zoom, width, height } = useViewTransform();
  const flow = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);
  // The miniature's scale: the whole map fits the box, centred (preserveAspectRatio meet).
  const scale = Math.min(WIDTH / layout.width, HEIGHT / layout.height);
  const view = { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
  // When the whole map is on screen the overview shows nothing new and only hides cards.
  const allVisible =
    view.x <= 0 &&
    view.y <= 0 &&
    view.x + view.width >= layout.width &&
    view.y + view.height >= layout.height;

  function lookAt(event: PointerEvent<SVGSVGElement>) {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return;
    const offsetX = (WIDTH - layout.width * scale) / 2;
    const offsetY = (HEIGHT - layout.height * scale) / 2;
    const fx = (event.clientX - box.left - offsetX) / scale;
    const fy = (event.clientY - box.top - offsetY) / scale;
    void flow.setViewport({
      x: -(fx * zoom - width / 2),
      y: -(fy * zoom - height / 2),
      zoom,
    });
  }

  if (allVisible) return null;
  const toggle = (
    <button
      type="button"
      className="tm-overview-toggle"
      aria-expanded={open}
      aria-label={open ? 'Hide the overview map' : 'Show the overview map'}
      title={open ? 'Hide the overview map' : 'Show the overview map'}
      onClick={onToggle}
    >
      <OverviewIcon />
      {open ? null : <span>Overview</span>}
    </button>
  );
  if (!open) {
    return (
      <Panel position="bottom-right" className="tm-overview is-folded">
        {toggle}
      </Panel>
    );
  }
  return (
    <Panel position="bottom-right" className="tm-overview">
      {toggle}
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label="Overview of the whole map; click to look at a place"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          lookAt(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) lookAt(event);
        }}
      >
        <MapMiniature layout={layout} departments={departments} />
        <path
          className="tm-overview-mask"
          fillRule="evenodd"
          d={`M${-layout.width},${-layout.height}h${layout.width * 3}v${layout.height * 3}h${-layout.width * 3}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
        />
        <rect
          className="tm-overview-view"
          x={view.x}
          y={view.y}
          width={view.width}
          height={view.height}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </Panel>
  );
});

/**
 * The labels of the lowest moments, in screen space over the canvas: their letters keep a
 * readable size at every zoom (never under 12 px) instead of shrinking with the map, and
 * their placement (lowest-places.ts, core's curve-labels.ts) keeps each inside the emotion row
 * as seen — right of the pinned department names, under the pinned stage names, within the
 * canvas — apart from the others and from their rings by a space (so each reads as its own
 * point's), and off the curve's dots and line and the cards (a thin row lends its labels
 * the top of the lane or row under it, between its cards, notes or pains and ideas items).
 * A label cut short ends with an ellipsis and shows its whole text on hover. On a crowded
 * curve (a big map, its lowest points side by side) that leaves room for fewer labels: the
 * first in journey order keep theirs, and a ring left without one shows its words on hover
 * (closer in, it may get its label).
 *
 * Plain HTML positioned from React Flow's transform, like StickyHeaders; only the labels
 * themselves take the pointer (for their tooltip).
 */
import { memo, useMemo } from 'react';
import { curveInk } from '../../core/curve-ink.ts';
import type { MapLayout } from '../../core/layout.ts';
import { useTextSize } from '../preferences/use-text-size.ts';
import { headerLimits } from './header-box.ts';
import { placeLowestLabels, RING_RADIUS } from './lowest-places.ts';
import { useViewTransform } from './use-view-transform.ts';
import { wheelToPane } from './wheel-to-pane.ts';

interface LowestLabelsProps {
  layout: MapLayout;
  /** Touchpoint titles by id. */
  titles: ReadonlyMap<string, string>;
}

export const LowestLabels = memo(function LowestLabels({ layout, titles }: LowestLabelsProps) {
  const view = useViewTransform();
  const textSize = useTextSize();
  const ink = useMemo(() => curveInk(layout.curve.points), [layout.curve.points]);
  const places = placeLowestLabels(layout, view, headerLimits(textSize), titles, ink);
  if (places === null) return null;
  const { fontPx, pad, points, labels } = places;
  const { x, y, zoom } = view;
  const texts = new Map(points.map((p) => [p.id, p.text]));
  const labelled = new Set(labels.map((label) => label.id));

  return (
    <div className="tm-lowest-labels" ref={wheelToPane}>
      {/* Moved by the pan as one: each ring's place is the map's at this zoom, so a pan
          frame re-renders none of them (hundreds far out on a big map). */}
      <div className="tm-lowest-rings" style={{ transform: `translate(${x}px, ${y}px)` }}>
        {points
          .filter((p) => !labelled.has(p.id))
          .map((p) => (
            <HoverRing key={p.id} id={p.id} text={p.text} at={p.at} zoom={zoom} />
          ))}
      </div>
      {labels.map((label) => {
        const text = texts.get(label.id)!;
        return (
          <div
            key={label.id}
            className="tm-lowest-label"
            data-lowest-id={label.id}
            data-side={label.side}
            title={text}
            style={{
              left: label.x,
              top: label.y,
              width: label.width,
              height: label.height,
              lineHeight: `${label.height}px`,
              fontSize: fontPx,
              padding: `0 ${pad}px`,
            }}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});

/** A lowest point's ring without a label: its words on hover, placed in the map at this zoom. */
const HoverRing = memo(function HoverRing({
  id,
  text,
  at,
  zoom,
}: {
  id: string;
  text: string;
  at: { x: number; y: number };
  zoom: number;
}) {
  // The ring as drawn (its radius and half its stroke).
  const ring = RING_RADIUS * zoom + 2;
  return (
    <div
      className="tm-lowest-hover"
      data-lowest-id={id}
      title={text}
      style={{
        left: at.x * zoom - ring,
        top: at.y * zoom - ring,
        width: 2 * ring,
        height: 2 * ring,
      }}
    />
  );
});

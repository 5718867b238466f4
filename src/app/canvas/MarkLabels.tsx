/**
 * Connection labels at the 'marks' level, over MarkLayer's canvas: plain HTML (crisp
 * letters), placed and sized for every pan and zoom by mark-labels.ts, which leaves out
 * the ones too small to read or with no room rather than drawing them small. Their size
 * follows the text size preference. They let the pointer through to the marks.
 */
import { memo } from 'react';
import type { MapLayout } from '../../core/layout.ts';
import { textScale } from '../../core/text-size.ts';
import { useTextSize } from '../preferences/use-text-size.ts';
import { headerBox, headerLimits } from './header-box.ts';
import {
  MARK_LABEL_TEXT,
  placeMarkLabels,
  type MarkLabelFont,
  type MarkLabelRequest,
} from './mark-labels.ts';
import type { MarkBox } from './mark-pointer.ts';
import { textWidth } from './text-width.ts';
import { useViewTransform } from './use-view-transform.ts';

const LINE = 1.5;
/** Text is measured once at this size and scaled: the zoom changes the size every frame. */
const MEASURED_PX = 100;
const PAD = 0.5;

export const MarkLabels = memo(function MarkLabels({
  layout,
  requests,
  screenPx,
  cards,
}: {
  layout: MapLayout;
  requests: readonly MarkLabelRequest[];
  /** Letters this size on screen (at M) whatever the zoom, instead of shrinking with it. */
  screenPx?: number;
  /** Cards no label may cover (canvas units): the compact level's, which show their titles. */
  cards?: readonly MarkBox[];
}) {
  const view = useViewTransform();
  const textSize = useTextSize();
  if (requests.length === 0 || view.width <= 0) return null;
  const font: MarkLabelFont = {
    units: (screenPx === undefined ? MARK_LABEL_TEXT : screenPx / view.zoom) * textScale(textSize),
    line: LINE,
    pad: PAD,
  };
  const headers = headerBox(layout, view, headerLimits(textSize));
  const bounds = {
    x: headers.laneRight,
    y: headers.stageBottom,
    width: view.width - headers.laneRight,
    height: view.height - headers.stageBottom,
  };
  const { px, labels } = placeMarkLabels(
    requests,
    view,
    bounds,
    font,
    (text, size) => (textWidth(text, MEASURED_PX, 600) * size) / MEASURED_PX,
    cards,
  );
  return (
    <div className="tm-mark-labels" data-label-count={labels.length}>
      {labels.map((label) => (
        <div
          key={label.id}
          className={`tm-mark-label${label.selected ? ' is-selected' : ''}${label.dimmed ? ' is-dimmed' : ''}`}
          data-connection-id={label.id}
          style={{
            left: label.x,
            top: label.y,
            width: label.width,
            height: label.height,
            fontSize: px,
            lineHeight: `${label.height}px`,
          }}
        >
          {label.text}
        </div>
      ))}
    </div>
  );
});

/**
 * A connection's label: wrapped to at most two lines, on a background, placed by core's
 * placeLabel (where it covers the least of any card, inside the map: the PDF puts it in the
 * same place). Its size is measured once drawn, then it is moved to its place. Only a label
 * too long for two lines is cut, with an ellipsis, and then shows in full in its tooltip.
 * Below the full level of detail card-levels.css hides labels: their text would be too small.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { EdgeLabelLayer } from './flow-portals.tsx';
import { placeLabel } from '../../core/edge-drawing.ts';
import type { EdgeRoute, EdgeRouter, Point } from '../../core/edge-routing.ts';
import type { Rect } from '../../core/layout.ts';
import { setConnectionLabel } from '../../core/ops/index.ts';
import { LIMITS } from '../../core/model.ts';
import { useStores } from '../store/context.tsx';
import { useEditorUiStore } from '../editor/editor-ui.tsx';
import { tryApply } from '../editor/edit-actions.ts';
import { InlineEditor } from './InlineEditor.tsx';
import { useDetailLevel } from './use-detail-level.ts';

function LabelEditor({ id, label }: { id: string; label: string }) {
  const { document, view } = useStores();
  const ui = useEditorUiStore();
  return (
    <InlineEditor
      className="tm-edge-label-input"
      initial={label}
      maxLength={LIMITS.itemTextLength}
      placeholder="Label"
      label="Connection label (Enter to keep, Escape to cancel, empty to remove)"
      onCommit={(next) =>
        tryApply({ document, view, ui }, (map) =>
          setConnectionLabel(map, id, next === '' ? undefined : next),
        )
      }
      onClose={() => ui.getState().editConnection(null)}
    />
  );
}

interface Size {
  width: number;
  height: number;
}

export function EdgeLabel(props: {
  id: string;
  label: string | null;
  editing: boolean;
  selected: boolean;
  dimmed: boolean;
  router: EdgeRouter;
  /** Null while a card is dragged: then the label sits at `fallback`. */
  route: EdgeRoute | null;
  /** The other labels' boxes to keep clear of (ConnectionRoutes.labelsToAvoid). */
  avoid: readonly Rect[];
  fallback: Point;
}) {
  const { id, label, editing, selected, dimmed, router, route, avoid, fallback } = props;
  const ui = useEditorUiStore();
  const level = useDetailLevel();
  const element = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [cut, setCut] = useState(false);

  // Sizes in canvas units: offsetWidth ignores the viewport's scale.
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    setSize((old) =>
      old && old.width === width && old.height === height ? old : { width, height },
    );
    const text = el.querySelector<HTMLElement>('.tm-edge-label-text');
    setCut(text !== null && text.scrollHeight > text.clientHeight + 1);
  }, [label, level, editing]);

  const box = useMemo(
    () => (route && size && size.width > 0 ? placeLabel(router, route, size, avoid) : null),
    [router, route, size, avoid],
  );
  const style = box
    ? { transform: `translate(${box.x}px, ${box.y}px)` }
    : { transform: `translate(-50%, -50%) translate(${fallback.x}px, ${fallback.y}px)` };
  const classes = ['tm-edge-label', 'nodrag', 'nopan'];
  if (selected) classes.push('is-selected');
  if (dimmed) classes.push('is-dimmed');
  if (editing) classes.push('is-editing');
  const hint = 'Double-click to edit the label';
  return (
    <EdgeLabelLayer>
      <div
        ref={element}
        className={classes.join(' ')}
        style={style}
        data-connection-id={id}
        title={editing ? undefined : cut ? `${label ?? ''}\n\n${hint}` : hint}
        onDoubleClick={() => ui.getState().editConnection(id)}
      >
        {editing ? (
          <LabelEditor id={id} label={label ?? ''} />
        ) : (
          <span className="tm-edge-label-text">{label}</span>
        )}
      </div>
    </EdgeLabelLayer>
  );
}

/**
 * The inspector: one selected touchpoint's fields; several touchpoints' shared fields;
 * selected connections; or, with nothing selected, the map's own fields.
 *
 * It follows the selection and the cards a beat behind (useDeferredValue): pressing on a
 * card to drag it selects it, and building a touchpoint's twenty-odd fields in that same
 * frame made the drag's first frames late on a big map; React builds them in the
 * background instead.
 */
import { useDeferredValue, useMemo } from 'react';
import { useDocument, useView } from '../../store/context.tsx';
import { ConnectionInspector } from './ConnectionInspector.tsx';
import { MapInspector } from './MapInspector.tsx';
import { MultiInspector } from './MultiInspector.tsx';
import { TouchpointInspector } from './TouchpointInspector.tsx';
import { runCommand } from '../../editor/commands.ts';
import './inspector.css';

export function Inspector() {
  const selection = useDeferredValue(useView((s) => s.selection));
  // The cards too: renaming a card in place on a big map paints the new title before the
  // inspector's copy of it.
  const touchpoints = useDeferredValue(useDocument((s) => s.map.touchpoints));
  const connections = useDeferredValue(useDocument((s) => s.map.connections));
  // The selection may name cards an undo has just removed: show only those that exist.
  const selected = useMemo(() => {
    const ids = new Set(selection.touchpoints);
    return touchpoints.filter((tp) => ids.has(tp.id));
  }, [selection.touchpoints, touchpoints]);
  const selectedConnections = useMemo(() => {
    const ids = new Set(selection.connections);
    return connections.filter((cn) => ids.has(cn.id));
  }, [selection.connections, connections]);

  // The same element while the deferred selection is the same: the urgent render that
  // comes first with the old selection then leaves the fields alone.
  const body = useMemo(() => {
    const [only] = selected;
    if (selected.length === 1 && only) {
      return <TouchpointInspector key={only.id} touchpoint={only} />;
    }
    if (selected.length > 1) return <MultiInspector touchpoints={selected} />;
    if (selectedConnections.length > 0) {
      return <ConnectionInspector connections={selectedConnections} />;
    }
    return <MapInspector />;
  }, [selected, selectedConnections]);
  return (
    <aside className="pn-panel pn-inspector" aria-label="Inspector">
      {body}
      {selected.length <= 1 ? (
        <div className="pn-actions">
          {/* The editor's command: the Comments tab opens on what is selected here. */}
          <button type="button" className="pn-button" onClick={() => runCommand('addComment')}>
            Add comment
          </button>
        </div>
      ) : null}
    </aside>
  );
}

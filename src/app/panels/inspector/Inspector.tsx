/**
 * The inspector: one selected touchpoint's fields; several touchpoints' shared fields;
 * selected connections; or, with nothing selected, the map's own fields.
 */
import { useMemo } from 'react';
import { useDocument, useView } from '../../store/context.tsx';
import { ConnectionInspector } from './ConnectionInspector.tsx';
import { MapInspector } from './MapInspector.tsx';
import { MultiInspector } from './MultiInspector.tsx';
import { TouchpointInspector } from './TouchpointInspector.tsx';
import { runCommand } from '../../editor/commands.ts';
import './inspector.css';

export function Inspector() {
  const selection = useView((s) => s.selection);
  const touchpoints = useDocument((s) => s.map.touchpoints);
  const connections = useDocument((s) => s.map.connections);
  // The selection may name cards an undo has just removed: show only those that exist.
  const selected = useMemo(() => {
    const ids = new Set(selection.touchpoints);
    return touchpoints.filter((tp) => ids.has(tp.id));
  }, [selection.touchpoints, touchpoints]);
  const selectedConnections = useMemo(() => {
    const ids = new Set(selection.connections);
    return connections.filter((cn) => ids.has(cn.id));
  }, [selection.connections, connections]);

  const [only] = selected;
  let body;
  if (selected.length === 1 && only) {
    body = <TouchpointInspector key={only.id} touchpoint={only} />;
  } else if (selected.length > 1) {
    body = <MultiInspector touchpoints={selected} />;
  } else if (selectedConnections.length > 0) {
    body = <ConnectionInspector connections={selectedConnections} />;
  } else {
    body = <MapInspector />;
  }
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

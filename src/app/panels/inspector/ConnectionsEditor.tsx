/** The connections from and to one touchpoint: the label of each, and deleting one. */
import { useMemo } from 'react';
import type { Connection } from '../../../core/model.ts';
import { removeConnections, setConnectionLabel } from '../../../core/ops/index.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { CommitText } from '../../ui/CommitText.tsx';
import { quoted } from '../shared/labels.ts';
import { useApply } from '../shared/useApply.ts';

export function ConnectionLabel({ connection, name }: { connection: Connection; name: string }) {
  const apply = useApply();
  return (
    <CommitText
      label={name}
      hideLabel
      placeholder="Label (optional)"
      value={connection.label ?? ''}
      onCommit={(label) =>
        apply((map) => setConnectionLabel(map, connection.id, label === '' ? undefined : label))
      }
    />
  );
}

export function ConnectionsEditor({ touchpointId }: { touchpointId: string }) {
  const apply = useApply();
  const { view } = useStores();
  const connections = useDocument((s) => s.map.connections);
  const touchpoints = useDocument((s) => s.map.touchpoints);
  const mine = useMemo(
    () => connections.filter((cn) => cn.from === touchpointId || cn.to === touchpointId),
    [connections, touchpointId],
  );
  const titleOf = (id: string) => touchpoints.find((tp) => tp.id === id)?.title ?? id;

  return (
    <section className="pn-section" aria-label="Connections">
      <h3 className="pn-section-title">
        Connections <span className="pn-count">{mine.length}</span>
      </h3>
      {mine.length === 0 ? (
        <p className="pn-empty">None. Drag from a card’s edge to another card to connect them.</p>
      ) : (
        <ul className="pn-items">
          {mine.map((connection) => {
            const outgoing = connection.from === touchpointId;
            const other = titleOf(outgoing ? connection.to : connection.from);
            const name = `${outgoing ? 'to' : 'from'} ${quoted(other)}`;
            return (
              <li key={connection.id} className="pn-item pn-connection">
                <div className="pn-connection-head">
                  <span aria-hidden="true" className="pn-connection-arrow">
                    {outgoing ? '→' : '←'}
                  </span>
                  <button
                    type="button"
                    className="pn-link"
                    title="Show this touchpoint on the map"
                    onClick={() =>
                      view.getState().revealTouchpoint(outgoing ? connection.to : connection.from)
                    }
                  >
                    {outgoing ? 'To' : 'From'} {other}
                  </button>
                  <button
                    type="button"
                    className="pn-icon-button"
                    aria-label={`Delete the connection ${name}`}
                    title="Delete this connection"
                    onClick={() => apply((map) => removeConnections(map, [connection.id]))}
                  >
                    ×
                  </button>
                </div>
                <ConnectionLabel connection={connection} name={`Label of the connection ${name}`} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

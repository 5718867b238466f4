/** One or more selected connections (and no card): their labels, and deleting them. */
import type { Connection } from '../../../core/model.ts';
import { removeConnections } from '../../../core/ops/index.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { quoted } from '../shared/labels.ts';
import { useApply } from '../shared/useApply.ts';
import { ConnectionLabel } from './ConnectionsEditor.tsx';

export function ConnectionInspector({ connections }: { connections: readonly Connection[] }) {
  const apply = useApply();
  const { view } = useStores();
  const touchpoints = useDocument((s) => s.map.touchpoints);
  const titleOf = (id: string) => touchpoints.find((tp) => tp.id === id)?.title ?? id;
  const count = connections.length;

  return (
    <div className="pn-inspector-body">
      <header className="pn-panel-header">
        <h2 className="pn-panel-title">{count === 1 ? 'Connection' : `${count} connections`}</h2>
      </header>
      <ul className="pn-items">
        {connections.map((connection) => {
          const name = `from ${quoted(titleOf(connection.from))} to ${quoted(titleOf(connection.to))}`;
          return (
            <li key={connection.id} className="pn-item pn-connection">
              <p className="pn-connection-head">
                {titleOf(connection.from)} <span aria-hidden="true">→</span>
                <span className="pn-visually-hidden">to</span> {titleOf(connection.to)}
              </p>
              <ConnectionLabel connection={connection} name={`Label of the connection ${name}`} />
            </li>
          );
        })}
      </ul>
      <div className="pn-actions">
        <button
          type="button"
          className="pn-button pn-button-danger"
          onClick={() => {
            const ids = connections.map((cn) => cn.id);
            if (apply((map) => removeConnections(map, ids)) === null) {
              view.getState().clearSelection();
            }
          }}
        >
          {count === 1 ? 'Delete connection' : `Delete ${count} connections`}
        </button>
      </div>
    </div>
  );
}

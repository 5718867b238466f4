/**
 * What the canvas asks of React Flow at each change of its store (each drag frame): its
 * portals find their layers once, not at every change, and React Flow's selection listener,
 * which walks every node and connection at every change, is not mounted.
 */
import { act, render, waitFor } from '@testing-library/react';
import {
  ReactFlow,
  ReactFlowProvider,
  useStoreApi,
  type Node,
  type OnNodesChange,
  type ReactFlowState,
} from '@xyflow/react';
import type { StoreApi } from 'zustand';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EdgeLabelLayer, ViewportLayer } from '../../../src/app/canvas/flow-portals.tsx';
import { SelectionListenerOff } from '../../../src/app/canvas/SelectionListenerOff.tsx';

const NODES: Node[] = Array.from({ length: 20 }, (_, i) => ({
  id: `n${i}`,
  position: { x: i * 40, y: 0 },
  data: { label: `Card ${i}` },
}));

type FlowStore = StoreApi<ReactFlowState>;

function Grab({ onStore }: { onStore: (store: FlowStore) => void }) {
  onStore(useStoreApi() as unknown as FlowStore);
  return null;
}

function mount(extra: React.ReactNode, onNodesChange?: OnNodesChange) {
  let store: FlowStore | null = null;
  const view = render(
    <ReactFlowProvider>
      <ReactFlow nodes={NODES} edges={[]} onNodesChange={onNodesChange}>
        <Grab onStore={(s) => (store = s)} />
        {extra}
      </ReactFlow>
    </ReactFlowProvider>,
  );
  /** Changes the flow's store as a drag frame does: the view moves. */
  const churn = (times: number) =>
    act(() => {
      for (let i = 0; i < times; i++) store!.setState({ transform: [i, i, 1] });
    });
  return { view, store: () => store!, churn };
}

describe("the canvas's work at each change of React Flow's store", () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws its layers into the viewport and edge label layers, found once', async () => {
    const query = vi.spyOn(Element.prototype, 'querySelector');
    const { view, churn } = mount(
      <>
        <ViewportLayer>
          <p data-testid="in-viewport">grid</p>
        </ViewportLayer>
        <EdgeLabelLayer>
          <p data-testid="in-labels">label</p>
        </EdgeLabelLayer>
      </>,
    );
    await waitFor(() => expect(view.getByTestId('in-viewport')).toBeTruthy());
    expect(view.getByTestId('in-viewport').closest('.react-flow__viewport-portal')).not.toBeNull();
    expect(view.getByTestId('in-labels').closest('.react-flow__edgelabel-renderer')).not.toBeNull();
    const lookups = () =>
      query.mock.calls.filter(([selector]) => /viewport-portal|edgelabel-renderer/.test(selector))
        .length;
    const before = lookups();
    await churn(30);
    expect(lookups()).toBe(before);
  });

  it("turns React Flow's selection listener off, and the nodes stay selectable", async () => {
    const changes = vi.fn<OnNodesChange>();
    const { store, churn } = mount(<SelectionListenerOff />, changes);
    await waitFor(() => expect(store().getState().onSelectionChangeHandlers).toBeUndefined());
    // The listener would read every node's `selected` at each change.
    const reads = vi.fn();
    for (const node of store().getState().nodeLookup.values()) {
      let selected = node.selected;
      Object.defineProperty(node, 'selected', {
        get: () => (reads(), selected),
        set: (value: boolean) => (selected = value),
        configurable: true,
      });
    }
    await churn(30);
    expect(reads).not.toHaveBeenCalled();
    act(() => store().getState().addSelectedNodes(['n3']));
    expect(changes.mock.lastCall?.[0]).toContainEqual({ id: 'n3', type: 'select', selected: true });
  });
});

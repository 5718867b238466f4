/** A wheel over a layer on top of the map is handed on to React Flow's pane (wheel-to-pane.ts). */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { wheelToPane } from '../../../src/app/canvas/wheel-to-pane.ts';

function Flow({ withLayer = true }: { withLayer?: boolean }) {
  return (
    <div className="react-flow">
      <div className="react-flow__pane" data-testid="pane" />
      {withLayer ? (
        <div ref={wheelToPane}>
          <span data-testid="label">Lowest: checkout</span>
        </div>
      ) : null}
    </div>
  );
}

describe('wheelToPane', () => {
  it('hands the wheel to the pane with its place, amount and keys, and keeps the page still', () => {
    const { getByTestId } = render(<Flow />);
    const got: WheelEvent[] = [];
    getByTestId('pane').addEventListener('wheel', (event) => got.push(event));
    const turn = new WheelEvent('wheel', {
      bubbles: true,
      cancelable: true,
      deltaY: -100,
      clientX: 40,
      clientY: 30,
      ctrlKey: true,
    });
    getByTestId('label').dispatchEvent(turn);
    expect(turn.defaultPrevented).toBe(true);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ deltaY: -100, clientX: 40, clientY: 30, ctrlKey: true });
  });

  it('lets go of the layer when it unmounts', () => {
    const { getByTestId, rerender } = render(<Flow />);
    const label = getByTestId('label');
    const layer = label.parentElement!;
    rerender(<Flow withLayer={false} />);
    const got: WheelEvent[] = [];
    getByTestId('pane').addEventListener('wheel', (event) => got.push(event));
    // Put back by hand: a listener left behind would still forward this turn.
    getByTestId('pane').parentElement!.append(layer);
    label.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: 5 }));
    expect(got).toEqual([]);
  });
});

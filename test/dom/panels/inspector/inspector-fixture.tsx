/**
 * The Inspector mounted in jsdom for the Inspector's tests: a map (the hotel-stay template
 * unless given) in a document store, the given touchpoints selected.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Inspector } from '../../../../src/app/panels/index.ts';
import { StoresProvider } from '../../../../src/app/store/context.tsx';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { createMemoryPlatform } from '../../../../src/app/platform/memory.ts';
import { TEMPLATES } from '../../../../src/app/templates.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';

export const hotel = (): JourneyMap => TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;

/**
 * Renders the Inspector over `map` with the `selected` touchpoints. `steps` counts the undo
 * steps taken, `current` is the map now and `tp` one of its touchpoints.
 */
export function setup(selected: string[] = [], map: JourneyMap = hotel()) {
  const document = createDocumentStore({ documentId: 'doc', map });
  const view = createViewStore();
  view.getState().select({ touchpoints: selected });
  const stores = { document, view, platform: createMemoryPlatform() };
  const user = userEvent.setup();
  render(
    <StoresProvider stores={stores}>
      <Inspector />
    </StoresProvider>,
  );
  const steps = () => document.temporal.getState().pastStates.length;
  const current = () => document.getState().map;
  const tp = (id: string) => current().touchpoints.find((t) => t.id === id)!;
  return { document, view, user, steps, current, tp };
}

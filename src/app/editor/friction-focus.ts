/**
 * F: "this moment has a friction". Opens the inspector on the selected card and puts the
 * keyboard in its "New friction point" field, so the friction is typed straight away and
 * Enter adds it (one undo step, nothing added when the field is left empty). Enter or
 * Escape there then gives the keyboard back to the map, so capture goes on without the mouse.
 */
import type { EditContext } from './edit-actions.ts';
import { showTab } from './side-panels.ts';

const FIELD = 'input[aria-label="New friction point"]';
/** The inspector mounts on the next render; give it a few frames. */
const FRAMES = 10;

function returnToMapAfter(input: HTMLInputElement, map: HTMLElement | null): void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    // After the field's own handler: an added friction has emptied the field.
    setTimeout(() => {
      if (event.key === 'Escape' || input.value === '') map?.focus({ preventScroll: true });
    }, 0);
  };
  const stop = () => {
    input.removeEventListener('keydown', onKeyDown);
    input.removeEventListener('blur', stop);
  };
  input.addEventListener('keydown', onKeyDown);
  input.addEventListener('blur', stop);
}

export function focusNewFriction(ctx: EditContext, doc: Document = document): boolean {
  const { touchpoints } = ctx.view.getState().selection;
  if (touchpoints.length !== 1) {
    ctx.ui.getState().say('Select one touchpoint first (arrows or Tab), then press F.');
    return false;
  }
  showTab(ctx.view, ctx.ui, 'inspector');
  const map = doc.querySelector<HTMLElement>('.tm-canvas');
  let frames = 0;
  const tryFocus = () => {
    const input = doc.querySelector<HTMLInputElement>(FIELD);
    if (input === null) {
      if (++frames < FRAMES) requestAnimationFrame(tryFocus);
      return;
    }
    input.focus();
    returnToMapAfter(input, map);
  };
  tryFocus();
  return true;
}

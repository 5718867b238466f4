/**
 * A view link's keyboard: no shortcut edits the map or moves the view away from the
 * presenter. Keys typed in a dialog (the name prompt) still work there.
 */
export function blockViewerKeys(win: Window): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.stopImmediatePropagation();
  };
  win.addEventListener('keydown', onKey, { capture: true });
  return () => win.removeEventListener('keydown', onKey, { capture: true });
}

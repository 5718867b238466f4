/**
 * Copy, cut and paste of cards through the browser's clipboard events (Ctrl/Cmd+C, X, V
 * outside text fields), plus the `copy`, `cut` and `paste` commands for menus. The last
 * copy is also kept in memory, for the rare host where the system clipboard is out of
 * reach, and it survives opening another map, so cards can be copied between maps.
 */
import { useEffect } from 'react';
import { registerCommands } from './commands.ts';
import { copyText, deleteSelection, pasteText, type EditContext } from './edit-actions.ts';
import { focusPlace, modalOpen } from './focus-place.ts';

let memoryClipboard: string | null = null;

function isOurs(event: ClipboardEvent): boolean {
  return !modalOpen() && focusPlace(event.target) !== 'text';
}

function copyToClipboard(ctx: EditContext, event: ClipboardEvent | null): boolean {
  const text = copyText(ctx);
  if (text === null) return false;
  memoryClipboard = text;
  if (event?.clipboardData) {
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  } else {
    // A menu command: no event to write into. Failure (no permission) is fine: memory has it.
    navigator.clipboard?.writeText(text).catch(() => {});
  }
  const count = ctx.view.getState().selection.touchpoints.length;
  ctx.ui.getState().say(`Copied ${count} card${count === 1 ? '' : 's'}.`);
  return true;
}

function pasteFromText(ctx: EditContext, text: string | null): void {
  // The system clipboard wins when it holds cards (maybe from another window); else memory.
  if (!pasteText(ctx, text) && !pasteText(ctx, memoryClipboard)) {
    ctx.ui.getState().say('Nothing to paste: copy some cards first.');
  }
}

export function useClipboardEvents(ctx: EditContext): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (isOurs(event)) copyToClipboard(ctx, event);
    };
    const onCut = (event: ClipboardEvent) => {
      if (isOurs(event) && copyToClipboard(ctx, event)) deleteSelection(ctx);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!isOurs(event)) return;
      event.preventDefault();
      pasteFromText(ctx, event.clipboardData?.getData('text/plain') ?? null);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    const unregister = registerCommands({
      copy: () => void copyToClipboard(ctx, null),
      cut: () => {
        if (copyToClipboard(ctx, null)) deleteSelection(ctx);
      },
      paste: async () => {
        let text: string | null = null;
        try {
          text = (await navigator.clipboard?.readText()) ?? null;
        } catch {
          // No permission to read: use the copy kept in memory.
        }
        pasteFromText(ctx, text);
      },
    });
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
      unregister();
    };
  }, [ctx]);
}

/**
 * Registers the capture commands (cell cursor, add, kind, emotion, evidence, friction, the
 * command palette) and keeps the cursor where the user works: on the selected card's cell, or on
 * the empty cell last clicked.
 */
import { useEffect } from 'react';
import { registerCommands, type CommandHandlers } from './commands.ts';
import { CAPTURE_KEYS } from './capture-keys.ts';
import {
  addCardAtCursor,
  cursorFollowsSelection,
  setSelectedCards,
  stepCursor,
} from './capture-actions.ts';
import { focusNewFriction } from './friction-focus.ts';
import { EVIDENCE_KEYS } from './evidence-keys.ts';
import { markSelectedEvidence } from './evidence-actions.ts';
import type { EditContext } from './edit-actions.ts';

function captureHandlers(ctx: EditContext): CommandHandlers {
  const handlers: CommandHandlers = {
    cursorLeft: () => stepCursor(ctx, -1, 0),
    cursorRight: () => stepCursor(ctx, 1, 0),
    cursorUp: () => stepCursor(ctx, 0, -1),
    cursorDown: () => stepCursor(ctx, 0, 1),
    addTouchpoint: () => void addCardAtCursor(ctx),
    addFriction: () => focusNewFriction(ctx),
    commandPalette: () => ctx.ui.getState().showCommandPalette(true),
  };
  for (const { command, value } of CAPTURE_KEYS) {
    handlers[command] = () => setSelectedCards(ctx, value);
  }
  for (const { command, evidence } of EVIDENCE_KEYS) {
    handlers[command] = () => markSelectedEvidence(ctx, evidence);
  }
  return handlers;
}

export function useCaptureCommands(ctx: EditContext): void {
  useEffect(() => registerCommands(captureHandlers(ctx)), [ctx]);

  useEffect(() => {
    const { view, ui, document } = ctx;
    const offSelection = view.subscribe((state, previous) => {
      if (state.selection !== previous.selection) cursorFollowsSelection(ctx);
    });
    // A card moved to another cell (dragged, or undone) takes the cursor with it.
    const offDocument = document.subscribe(() => cursorFollowsSelection(ctx));
    const offAnchor = ui.subscribe((state, previous) => {
      const anchor = state.pasteAnchor;
      if (anchor === null || anchor === previous.pasteAnchor) return;
      view.getState().setCursor({ stageId: anchor.stageId, departmentId: anchor.departmentId });
    });
    return () => {
      offSelection();
      offDocument();
      offAnchor();
    };
  }, [ctx]);
}

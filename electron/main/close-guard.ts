/**
 * Closing a window or quitting with unsaved changes: for each such window, in turn, the user
 * is asked Save / Don't Save / Cancel. Cancel (or a save that did not happen) stops the whole
 * close or quit, and nothing is closed; windows answered before keep their answer only if
 * everything goes ahead. The decisions are pure, the dialog and the saving are passed in.
 */
import type { MessageBoxOptions } from 'electron';

export type CloseAnswer = 'save' | 'discard' | 'cancel';

export interface GuardedWindow {
  id: number;
  dirty: boolean;
  /** The document's name, for the question. */
  name: string;
}

export interface CloseDecision {
  /** Go ahead and close (all of) them. */
  proceed: boolean;
  saved: number[];
  discarded: number[];
  /** The window whose answer (or failed save) stopped it. */
  stoppedAt: number | null;
}

export interface CloseGuardDeps {
  ask(window: GuardedWindow): Promise<CloseAnswer>;
  /** Saves the window's document; true when it was saved (not cancelled, not failed). */
  save(window: GuardedWindow): Promise<boolean>;
}

/** Asks about each window with unsaved changes, in the order given. */
export async function confirmClose(
  windows: readonly GuardedWindow[],
  deps: CloseGuardDeps,
): Promise<CloseDecision> {
  const decision: CloseDecision = { proceed: true, saved: [], discarded: [], stoppedAt: null };
  for (const window of windows) {
    if (!window.dirty) continue;
    const answer = await deps.ask(window);
    if (answer === 'discard') {
      decision.discarded.push(window.id);
      continue;
    }
    if (answer === 'save' && (await deps.save(window))) {
      decision.saved.push(window.id);
      continue;
    }
    return { ...decision, proceed: false, stoppedAt: window.id };
  }
  return decision;
}

/** The order windows are asked in when quitting: the focused one first, then as opened. */
export function quitOrder<T extends { id: number }>(
  windows: readonly T[],
  focused: number | null,
): T[] {
  const first = windows.filter((w) => w.id === focused);
  return [...first, ...windows.filter((w) => w.id !== focused)];
}

export interface CloseAttempt {
  dirty: boolean;
  /** Already answered (or clean): let it close. */
  closeConfirmed: boolean;
  /** Its page crashed: it cannot save; its draft stays on disk for recovery. */
  crashed: boolean;
}

/** What a window's `close` event does: let it close, or stop it and ask. */
export function onCloseAttempt(attempt: CloseAttempt): 'close' | 'ask' {
  if (attempt.closeConfirmed || !attempt.dirty || attempt.crashed) return 'close';
  return 'ask';
}

const BUTTONS: Record<'darwin' | 'other', CloseAnswer[]> = {
  // macOS: Save is the default on the right, Cancel beside it, Don't Save apart on the left.
  darwin: ['save', 'cancel', 'discard'],
  other: ['save', 'discard', 'cancel'],
};

const LABELS: Record<CloseAnswer, string> = {
  save: 'Save',
  discard: "Don't Save",
  cancel: 'Cancel',
};

const buttonsFor = (platform: NodeJS.Platform) =>
  BUTTONS[platform === 'darwin' ? 'darwin' : 'other'];

/** The question, as options for `dialog.showMessageBox`. */
export function saveChangesDialog(name: string, platform: NodeJS.Platform): MessageBoxOptions {
  const answers = buttonsFor(platform);
  return {
    type: 'warning',
    title: 'Unsaved changes',
    message: `Do you want to save the changes you made to “${name}”?`,
    detail: "Your changes will be lost if you don't save them.",
    buttons: answers.map((a) => LABELS[a]),
    defaultId: answers.indexOf('save'),
    cancelId: answers.indexOf('cancel'),
    noLink: true,
  };
}

/** The answer for the index of the button pressed (Escape gives the cancel index). */
export function answerFor(response: number, platform: NodeJS.Platform): CloseAnswer {
  return buttonsFor(platform)[response] ?? 'cancel';
}

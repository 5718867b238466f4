/**
 * Questions and messages that need an answer before the app goes on (unsaved changes, a
 * file that cannot be opened, a save that failed). `ask` returns a promise of the button
 * the user pressed, so document actions read top to bottom; DialogHost shows them, one at
 * a time, in order.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface DialogButton<T extends string> {
  label: string;
  value: T;
  /** The primary action is focused first and drawn strongest. */
  kind?: 'primary' | 'danger' | 'default';
}

/** A line of a problem list: a path into the file (may be empty) and what is wrong there. */
export interface DialogDetail {
  path: string;
  message: string;
}

export interface DialogSpec<T extends string = string> {
  title: string;
  /** Paragraphs above the details. */
  lines?: readonly string[];
  details?: readonly DialogDetail[];
  /** A short note below the details. */
  footnote?: string;
  tone?: 'info' | 'warning' | 'error';
  buttons: readonly DialogButton<T>[];
  /** What Escape (or closing the dialog otherwise) answers. */
  cancelValue: T;
}

interface Pending {
  /** Tells two dialogs with the same words apart. */
  id: number;
  spec: DialogSpec;
  resolve: (value: string) => void;
}

export interface DialogState {
  current: Pending | null;
  queue: Pending[];
}

export interface Dialogs {
  store: StoreApi<DialogState>;
  ask<T extends string>(spec: DialogSpec<T>): Promise<T>;
  /** Answers the dialog on screen. */
  answer(value: string): void;
}

export function createDialogs(): Dialogs {
  const store = createStore<DialogState>()(() => ({ current: null, queue: [] }));
  let nextId = 1;
  return {
    store,
    ask<T extends string>(spec: DialogSpec<T>): Promise<T> {
      return new Promise<T>((resolve) => {
        const pending: Pending = {
          id: nextId++,
          spec: spec as DialogSpec,
          resolve: resolve as (value: string) => void,
        };
        const { current, queue } = store.getState();
        if (current === null) store.setState({ current: pending });
        else store.setState({ queue: [...queue, pending] });
      });
    },
    answer(value) {
      const { current, queue } = store.getState();
      if (current === null) return;
      const [next = null, ...rest] = queue;
      store.setState({ current: next, queue: rest });
      current.resolve(value);
    },
  };
}

/** A message with one OK button (also what Escape answers). */
export function tell(
  dialogs: Pick<Dialogs, 'ask'>,
  spec: Omit<DialogSpec<'ok'>, 'buttons' | 'cancelValue'>,
): Promise<'ok'> {
  return dialogs.ask({
    ...spec,
    buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
    cancelValue: 'ok',
  });
}

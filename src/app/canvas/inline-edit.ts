import type { KeyboardEvent } from 'react';

/**
 * Keys of the text fields that edit on the map (a card's title, a connection's label):
 * Enter keeps, Escape cancels, and no key reaches the map's own shortcuts meanwhile.
 */
export function inlineEditKeyDown(
  event: KeyboardEvent<HTMLInputElement>,
  finish: (input: HTMLInputElement, commit: boolean) => void,
): void {
  event.stopPropagation();
  if (event.key === 'Enter' || event.key === 'Escape') {
    event.preventDefault();
    finish(event.currentTarget, event.key === 'Enter');
  }
}

/** Where a key or clipboard event started, in the terms of the keymap (see keymap.ts). */
import type { FocusPlace } from './keymap.ts';

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

const CONTROLS =
  'button, a[href], summary, input, [role="button"], [role="tab"], [role="menuitem"], [role="option"], [role="checkbox"], [role="radio"], [role="switch"], [role="slider"], [role="spinbutton"], [role="combobox"]';

function isTextField(element: Element): boolean {
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type);
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

export function focusPlace(target: EventTarget | null): FocusPlace {
  if (!(target instanceof Element)) return 'map';
  if (isTextField(target)) return 'text';
  if (target === target.ownerDocument.body || target === target.ownerDocument.documentElement) {
    return 'map';
  }
  if (target.closest('.tm-canvas')) return 'map';
  if (target.closest(CONTROLS)) return 'control';
  if (target.closest('[data-keyscope="panel"]')) return 'panel';
  return 'map';
}

/** A modal dialog owns the keyboard while it is open. */
export function modalOpen(doc: Document = document): boolean {
  return doc.querySelector('dialog[open]') !== null;
}

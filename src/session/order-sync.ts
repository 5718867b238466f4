/** Brings a Y.Array of ids to a new order with few changes (appends and removals stay small). */
import type * as Y from 'yjs';

export function syncOrder(order: Y.Array<string>, next: readonly string[]): void {
  const current = order.toArray();
  if (current.length === next.length && current.every((id, i) => id === next[i])) return;
  const wanted = new Set(next);
  // Removals first, from the end so indexes stay right.
  for (let i = current.length - 1; i >= 0; i--) {
    const id = current[i]!;
    if (!wanted.has(id) || current.indexOf(id) !== i) order.delete(i, 1);
  }
  const kept = order.toArray();
  const keptSet = new Set(kept);
  const relative = next.filter((id) => keptSet.has(id));
  if (relative.some((id, i) => id !== kept[i])) {
    // Moved records: re-lay the list. Rare (a drag in a list), and still one small update.
    order.delete(0, order.length);
    order.insert(0, [...next]);
    return;
  }
  // Only insertions remain: put each new id after its predecessor in `next`.
  let at = 0;
  for (const id of next) {
    if (keptSet.has(id)) {
      at++;
      continue;
    }
    order.insert(at, [id]);
    at++;
  }
}

/**
 * A selection change on its own, applied to the flow's nodes or edges: only the items whose
 * `selected` flips are copied, the rest (and, when nothing flips, the array) stay the same
 * objects. Picking up a card on the 1,500-card map selects it; building every node again to
 * find that out took 5-13 ms of the pick-up (profile).
 */

/** The ids in exactly one of the two sets. */
export function toggledIds(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const id of a) if (!b.has(id)) out.push(id);
  for (const id of b) if (!a.has(id)) out.push(id);
  return out;
}

/** Where each item is in `items`, by id. */
export function indexById(items: readonly { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => index.set(item.id, i));
  return index;
}

/**
 * `items` with each of `ids` selected or not as `selected` says (ids not in `index` are
 * left out: a touchpoint without a card). `replaced` hears of each copy made.
 */
export function withSelection<T extends { id: string; selected?: boolean }>(
  items: T[],
  index: ReadonlyMap<string, number>,
  ids: readonly string[],
  selected: ReadonlySet<string>,
  replaced: (item: T) => void = () => {},
): T[] {
  let out: T[] | null = null;
  for (const id of ids) {
    const at = index.get(id);
    if (at === undefined) continue;
    const item = items[at]!;
    const want = selected.has(id);
    if ((item.selected === true) === want) continue;
    out ??= items.slice();
    const copy = { ...item, selected: want };
    out[at] = copy;
    replaced(copy);
  }
  return out ?? items;
}

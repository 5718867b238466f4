/**
 * The touchpoint catalogue, grouped by when it happens in the journey. Each item can be
 * dragged onto the canvas (which places it in the cell under the pointer) or clicked (or
 * activated with Enter) to add it to the cell cursor's cell (the keyboard's cell, which
 * follows the selected card and the cell last clicked); without a cursor, to the cell its
 * suggested stage and department name, else the selected card's cell, else the first one.
 * The new card is selected and renamed in place.
 */
import { useId, useMemo, useState, type DragEvent } from 'react';
import {
  CATALOGUE_GROUPS,
  CATALOGUE_MIME,
  catalogueCell,
  cataloguePayload,
  searchCatalogue,
  type CatalogueItem,
} from '../../../core/catalogue.ts';
import { addTouchpoint } from '../../../core/ops/index.ts';
import { ID_PREFIXES, idAllocator } from '../../../core/ops/ids.ts';
import type { JourneyMap } from '../../../core/model.ts';
import { useStores } from '../../store/context.tsx';
import type { ViewState } from '../../store/view-store.ts';
import { KindLabel } from '../shared/icons.tsx';
import { plural, quoted } from '../shared/labels.ts';
import { CHANNEL_TERMS } from '../../../core/vocabulary.ts';
import { KIND_STYLES } from '../../theme/looks.ts';
import { useApply } from '../shared/useApply.ts';
import './palette.css';

/** The cursor's cell while it names a cell of the map (its stage or department may be gone). */
function cursorCell(map: JourneyMap, cursor: ViewState['cursor']) {
  if (cursor === null) return null;
  const known =
    map.stages.some((s) => s.id === cursor.stageId) &&
    map.departments.some((d) => d.id === cursor.departmentId);
  return known ? { stageId: cursor.stageId, departmentId: cursor.departmentId } : null;
}

export function Palette() {
  const { document, view } = useStores();
  const apply = useApply();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const items = useMemo(() => searchCatalogue(query), [query]);

  function add(item: CatalogueItem) {
    const { map } = document.getState();
    const selectedId = view.getState().selection.touchpoints[0];
    const selected = map.touchpoints.find((tp) => tp.id === selectedId) ?? null;
    const cell = cursorCell(map, view.getState().cursor) ?? catalogueCell(map, item, selected);
    if (cell === null) return;
    let id = '';
    const problem = apply((current) => {
      id = idAllocator(current).next(ID_PREFIXES.touchpoint);
      return addTouchpoint(current, { ...cataloguePayload(item), ...cell, id });
    });
    setError(problem);
    if (problem !== null) return;
    const state = view.getState();
    state.select({ touchpoints: [id], connections: [] });
    state.revealTouchpoint(id);
    state.startRenaming(id);
  }

  function onDragStart(event: DragEvent<HTMLButtonElement>, item: CatalogueItem) {
    event.dataTransfer.setData(CATALOGUE_MIME, JSON.stringify(cataloguePayload(item)));
    event.dataTransfer.setData('text/plain', item.title);
    event.dataTransfer.effectAllowed = 'copy';
  }

  return (
    <aside className="pn-panel pn-palette" aria-labelledby={headingId}>
      <h2 id={headingId} className="pn-panel-title">
        Touchpoint palette
      </h2>
      <p className="pn-hint">Click to add, or drag onto the map.</p>
      <input
        type="search"
        className="pn-input pn-palette-search"
        aria-label="Search the touchpoint catalogue"
        placeholder="Search touchpoints"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {error ? (
        <p className="pn-error" role="alert">
          {error}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="pn-empty">No touchpoint in the catalogue matches {quoted(query.trim())}.</p>
      ) : null}
      {query.trim() !== '' && items.length > 0 ? (
        <p className="pn-hint" aria-live="polite">
          {plural(items.length, 'match', 'matches')}
        </p>
      ) : null}
      {CATALOGUE_GROUPS.map((group) => {
        const inGroup = items.filter((item) => item.group === group.key);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.key} className="pn-palette-group" aria-label={group.title}>
            <h3 className="pn-section-title">{group.title}</h3>
            <ul className="pn-palette-list">
              {inGroup.map((item) => (
                <li key={item.key}>
                  <button
                    type="button"
                    draggable
                    className={`pn-palette-item pn-card-${item.kind}`}
                    style={KIND_STYLES[item.kind]}
                    title={`${item.description} (${CHANNEL_TERMS[item.channel].name})`}
                    aria-label={`Add ${item.title}, ${item.kind}`}
                    aria-description={item.description}
                    data-catalogue-key={item.key}
                    onClick={() => add(item)}
                    onDragStart={(event) => onDragStart(event, item)}
                  >
                    <span className="pn-palette-name">{item.title}</span>
                    <span className="pn-palette-meta">
                      <KindLabel kind={item.kind} compact />
                      <span className="pn-palette-channel">{CHANNEL_TERMS[item.channel].name}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}

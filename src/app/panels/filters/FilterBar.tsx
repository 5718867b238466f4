/**
 * Filters and search: show all / only service / only experience, one department or one
 * evidence level (observed, reported, assumed, not marked) at full strength (the canvas dims
 * the rest from view.filters; filters set together must all match), and a text search that lists the
 * matching touchpoints as you type; Enter or a click reveals one on the map. Ctrl+F (Cmd+F)
 * focuses the search box.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TouchpointKind } from '../../../core/model.ts';
import { useDocument, useStores, useView } from '../../store/context.tsx';
import { KindIcon } from '../shared/icons.tsx';
import { plural } from '../shared/labels.ts';
import { KIND_LIST } from '../../../core/vocabulary.ts';
import { EVIDENCE_FILTER_CHOICES } from '../../canvas/filters.ts';
import { KIND_STYLES } from '../../theme/looks.ts';
import { Segmented, type SegmentedOption } from '../../ui/Segmented.tsx';
import { searchTouchpoints } from '../../../core/search.ts';
import './filters.css';

const KIND_FILTERS: readonly SegmentedOption<TouchpointKind | 'all'>[] = [
  { value: 'all', label: 'All', title: 'Show every touchpoint' },
  ...KIND_LIST.map((kind) => ({
    value: kind.id,
    className: `pn-segment-kind pn-segment-${kind.id}`,
    style: KIND_STYLES[kind.id],
    // "Customer service: …" -> "Only customer service touchpoints".
    title: `Only ${kind.hint.split(':')[0]!.toLowerCase()} touchpoints`,
    label: (
      <>
        <KindIcon kind={kind.id} />
        <span>{kind.word}</span>
      </>
    ),
  })),
];

const LISTED = 50;
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function FilterBar() {
  const { view } = useStores();
  const id = useId();
  const filters = useView((s) => s.filters);
  const map = useDocument((s) => s.map);
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchTouchpoints(map, filters.search), [map, filters.search]);
  const stageName = useMemo(() => new Map(map.stages.map((s) => [s.id, s.name])), [map.stages]);
  const departmentName = useMemo(
    () => new Map(map.departments.map((d) => [d.id, d.name])),
    [map.departments],
  );
  const searching = filters.search.trim() !== '';
  const listed = matches.slice(0, LISTED);
  const showList = open && searching;
  const activeIndex = Math.min(active, Math.max(0, listed.length - 1));

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'f' || event.altKey || event.shiftKey) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      // A modal dialog owns the keyboard (and hides the search box).
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const departmentMissing =
    filters.departmentId !== null && !map.departments.some((d) => d.id === filters.departmentId);
  // The department shown alone was deleted (or undone away): show them all again.
  useEffect(() => {
    if (departmentMissing) view.getState().setFilters({ departmentId: null });
  }, [departmentMissing, view]);

  function reveal(touchpointId: string) {
    view.getState().revealTouchpoint(touchpointId);
    setOpen(false);
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (listed.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + listed.length) % listed.length);
    } else if (event.key === 'Enter') {
      const match = listed[activeIndex];
      if (match) {
        event.preventDefault();
        reveal(match.id);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (showList) setOpen(false);
      else view.getState().setFilters({ search: '' });
    }
  }

  return (
    <div role="search" aria-label="Filters" className="pn-filterbar">
      <Segmented
        label="Show"
        options={KIND_FILTERS}
        value={filters.kind}
        onChange={(kind) => view.getState().setFilters({ kind })}
        className="pn-filter-kind"
      />
      <select
        className="pn-select pn-filter-department"
        aria-label="Department"
        value={departmentMissing ? '' : (filters.departmentId ?? '')}
        onChange={(event) =>
          view.getState().setFilters({ departmentId: event.target.value || null })
        }
      >
        <option value="">All departments</option>
        {map.departments.map((department) => (
          <option key={department.id} value={department.id}>
            {department.name}
          </option>
        ))}
      </select>
      <select
        className="pn-select pn-filter-evidence"
        aria-label="Evidence"
        title="Only touchpoints with this evidence at full strength"
        value={filters.evidence}
        onChange={(event) => {
          const chosen = EVIDENCE_FILTER_CHOICES.find((f) => f.value === event.target.value);
          view.getState().setFilters({ evidence: chosen?.value ?? 'all' });
        }}
      >
        {EVIDENCE_FILTER_CHOICES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <div className="pn-search">
        <input
          ref={inputRef}
          type="search"
          className="pn-input pn-search-input"
          role="combobox"
          aria-label="Search touchpoints"
          aria-expanded={showList}
          aria-controls={`${id}-results`}
          aria-autocomplete="list"
          aria-activedescendant={
            showList && listed[activeIndex] ? `${id}-match-${activeIndex}` : undefined
          }
          placeholder={`Search (${IS_MAC ? '⌘F' : 'Ctrl+F'})`}
          value={filters.search}
          onChange={(event) => {
            view.getState().setFilters({ search: event.target.value });
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onSearchKeyDown}
        />
        {searching ? (
          <span className="pn-search-count" aria-live="polite">
            {matches.length === 0 ? 'No matches' : plural(matches.length, 'match', 'matches')}
          </span>
        ) : null}
        <ul
          id={`${id}-results`}
          role="listbox"
          aria-label="Matching touchpoints"
          className="pn-search-results"
          hidden={!showList || listed.length === 0}
        >
          {listed.map((tp, index) => (
            <li
              key={tp.id}
              id={`${id}-match-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={`pn-search-result${index === activeIndex ? ' pn-active' : ''}`}
              // Keep the focus in the box, so the list stays open until the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => reveal(tp.id)}
            >
              <KindIcon
                kind={tp.kind}
                size={14}
                className="pn-kind-mark"
                style={KIND_STYLES[tp.kind]}
              />
              <span className="pn-search-title">{tp.title}</span>
              <span className="pn-search-where">
                {stageName.get(tp.stageId) ?? '?'} · {departmentName.get(tp.departmentId) ?? '?'}
              </span>
            </li>
          ))}
          {matches.length > LISTED ? (
            <li role="presentation" className="pn-hint">
              and {matches.length - LISTED} more: type more to narrow down
            </li>
          ) : null}
        </ul>
      </div>
    </div>
  );
}

/**
 * The pains and ideas rows: per stage, the frictions of its touchpoints worst first and
 * their opportunities (core/row-content.ts, as in the PDF). Read-only: they change with
 * the touchpoints. Each item is clamped to two lines; its tooltip has it whole. A friction
 * marked assumed is provisional here as on its card: a dashed slip, its evidence in words.
 */
import { memo, useMemo } from 'react';
import type { MapLayout } from '../../core/layout.ts';
import { itemTop, ROW_GEOMETRY } from '../../core/layout-rows.ts';
import { LAYOUT } from '../../core/layout.ts';
import type { JourneyMap } from '../../core/model.ts';
import { stageIdeas, stagePains, type IdeaItem, type PainItem } from '../../core/row-content.ts';
import { EVIDENCE_TERMS, SEVERITY_TERMS } from '../../core/vocabulary.ts';
import { SEVERITY_STYLES } from '../theme/looks.ts';
import './row-items.css';

interface RowItemsProps {
  layout: MapLayout;
  map: JourneyMap;
}

/** "Eight minutes on hold (high friction, reported)"; an idea is its text. */
function itemWords(item: PainItem | IdeaItem): string {
  if (!('severity' in item)) return item.text;
  const facts = [`${SEVERITY_TERMS[item.severity].word.toLowerCase()} friction`];
  if (item.evidence) facts.push(EVIDENCE_TERMS[item.evidence].word.toLowerCase());
  return `${item.text} (${facts.join(', ')})`;
}

const isProvisional = (item: PainItem | IdeaItem): boolean =>
  'evidence' in item && item.evidence !== undefined && EVIDENCE_TERMS[item.evidence].provisional;

export const RowItems = memo(function RowItems({ layout, map }: RowItemsProps) {
  const derived = layout.rows.filter((r) => r.type === 'pains' || r.type === 'ideas');
  const wantPains = derived.some((r) => r.type === 'pains');
  const wantIdeas = derived.some((r) => r.type === 'ideas');
  // Only when such a row is drawn: a map without them pays nothing.
  const pains = useMemo(() => (wantPains ? stagePains(map) : null), [wantPains, map]);
  const ideas = useMemo(() => (wantIdeas ? stageIdeas(map) : null), [wantIdeas, map]);
  if (derived.length === 0) return null;
  const pad = LAYOUT.CELL_PADDING;
  return (
    <>
      {derived.flatMap((row) =>
        layout.columns.flatMap((column) => {
          const items: (PainItem | IdeaItem)[] =
            (row.type === 'pains' ? pains : ideas)?.get(column.id) ?? [];
          return items.map((item, i) => (
            <div
              key={`${row.id}/${item.id}`}
              className={`tm-row-item tm-row-item-${row.type}${isProvisional(item) ? ' is-provisional' : ''}`}
              data-item-id={item.id}
              role="note"
              aria-label={itemWords(item)}
              title={itemWords(item)}
              style={{
                transform: `translate(${column.x + pad}px, ${row.y + itemTop(i, pad)}px)`,
                width: column.width - 2 * pad,
                height: ROW_GEOMETRY.ITEM_HEIGHT - 4,
                ...('severity' in item ? SEVERITY_STYLES[item.severity] : {}),
              }}
            >
              <span className="tm-row-item-text">{item.text}</span>
            </div>
          ));
        }),
      )}
    </>
  );
});

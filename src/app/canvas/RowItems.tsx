/**
 * The pains and ideas rows: per stage, the frictions of its touchpoints worst first and
 * their opportunities (core/row-content.ts, as in the PDF). Read-only: they change with
 * the touchpoints. Each item is clamped to two lines; its tooltip has it whole. A friction
 * marked assumed is provisional here as on its card: a dashed slip, its evidence in words.
 */
import { memo, useMemo } from 'react';
import type { MapLayout } from '../../core/layout.ts';
import type { JourneyMap } from '../../core/model.ts';
import { stageIdeas, stagePains, type IdeaItem, type PainItem } from '../../core/row-content.ts';
import { EVIDENCE_TERMS, SEVERITY_TERMS } from '../../core/vocabulary.ts';
import { SEVERITY_STYLES } from '../theme/looks.ts';
import './row-items.css';

interface RowItemsProps {
  layout: MapLayout;
  map: JourneyMap;
}

/** A pain: a friction (an idea and a pain share the rest, so only this tells them apart). */
const isPain = (item: PainItem | IdeaItem): item is PainItem => 'severity' in item;

/** "Eight minutes on hold (high friction, reported)"; an idea is its text. */
function itemWords(item: PainItem | IdeaItem): string {
  if (!isPain(item)) return item.text;
  const facts = [`${SEVERITY_TERMS[item.severity].word.toLowerCase()} friction`];
  if (item.evidence) facts.push(EVIDENCE_TERMS[item.evidence].word.toLowerCase());
  return `${item.text} (${facts.join(', ')})`;
}

const isProvisional = (item: PainItem | IdeaItem): boolean =>
  'evidence' in item && item.evidence !== undefined && EVIDENCE_TERMS[item.evidence].provisional;

/** A stage's lists by item id. */
function byId<T extends { id: string }>(lists: ReadonlyMap<string, T[]>): Map<string, T> {
  const found = new Map<string, T>();
  for (const list of lists.values()) for (const item of list) found.set(item.id, item);
  return found;
}

export const RowItems = memo(function RowItems({ layout, map }: RowItemsProps) {
  const wantPains = layout.items.some((box) => box.type === 'pains');
  const wantIdeas = layout.items.some((box) => box.type === 'ideas');
  // Only when such a row lists something: a map without them pays nothing.
  const pains = useMemo(() => (wantPains ? byId(stagePains(map)) : null), [wantPains, map]);
  const ideas = useMemo(() => (wantIdeas ? byId(stageIdeas(map)) : null), [wantIdeas, map]);
  if (layout.items.length === 0) return null;
  return (
    <>
      {/* Each in its box of the layout (layout-rows.ts placeItems), which the lowest
          moments' labels keep off. */}
      {layout.items.map((box) => {
        const item = box.type === 'pains' ? pains?.get(box.id) : ideas?.get(box.id);
        if (item === undefined) return null;
        return (
          <div
            key={`${box.rowId}/${box.id}`}
            className={`tm-row-item tm-row-item-${box.type}${isProvisional(item) ? ' is-provisional' : ''}`}
            data-item-id={item.id}
            role="note"
            aria-label={itemWords(item)}
            title={itemWords(item)}
            style={{
              transform: `translate(${box.x}px, ${box.y}px)`,
              width: box.width,
              height: box.height,
              ...(isPain(item) ? SEVERITY_STYLES[item.severity] : {}),
            }}
          >
            <span className="tm-row-item-text">{item.text}</span>
          </div>
        );
      })}
    </>
  );
});

/**
 * The headers of a blueprint's rows that are not swimlanes (customer actions, physical
 * evidence, thoughts, notes, pains, ideas) and the labels of its lines, pinned in the
 * department-name column with the lane headers (StickyHeaders), so they keep a readable
 * size at every zoom like the lane names do. A line's label sits on the line, in that
 * column, where it stays on screen while the map pans sideways.
 */
import type { CSSProperties } from 'react';
import type { MapLayout } from '../../core/layout.ts';
import { ROW_TERMS } from '../../core/vocabulary.ts';
import { bandName } from './header-box.ts';

interface RowHeadersProps {
  layout: MapLayout;
  /** React Flow's vertical offset and zoom. */
  y: number;
  zoom: number;
  fontSize: number;
  /** Where the stage headers end on screen: a row's name stays below them. */
  stageBottom: number;
}

export function RowHeaders({ layout, y, zoom, fontSize, stageBottom }: RowHeadersProps) {
  return (
    <>
      {layout.rows.map((row) => {
        if (row.type === 'department' || row.type === 'emotion') return null;
        const rowTop = y + row.y * zoom;
        const { offset, lines: room } = bandName(rowTop, row.height * zoom, stageBottom, fontSize);
        const lines = Math.max(1, room);
        return (
          <div
            key={row.id}
            className={`tm-row-header tm-row-header-${row.type}`}
            data-row-id={row.id}
            data-row-type={row.type}
            style={
              {
                top: rowTop,
                height: row.height * zoom,
                background: `var(--tm-row-${row.type}-fill)`,
                '--tm-lane-lines': String(lines),
                '--tm-name-offset': `${offset}px`,
              } as CSSProperties
            }
          >
            <span className="tm-row-name" title={`${row.label}: ${ROW_TERMS[row.type].hint}`}>
              {row.label}
            </span>
          </div>
        );
      })}
      {layout.lines.map((line) => (
        <div
          key={line.kind}
          className="tm-line-label"
          data-line={line.kind}
          style={{ top: y + line.y * zoom }}
        >
          {line.label}
        </div>
      ))}
    </>
  );
}

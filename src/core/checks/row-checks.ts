/** The rules about rows: the blueprint's layer order, and rows with nothing in them. */
import { LAYERS, NOTE_ROW_TYPES, type Layer, type NoteRowType, type Row } from '../model.ts';
import { layerOf } from '../rows.ts';
import { LAYER_TERMS, ROW_TERMS } from '../vocabulary.ts';
import { finding, quote, rowPath, type CheckContext, type Finding } from './finding.ts';

const isNoteRow = (row: Row): row is Row & { type: NoteRowType } =>
  (NOTE_ROW_TYPES as readonly string[]).includes(row.type);

/** A row's name in a sentence: a department's name, a row's own name, else its type's word. */
function rowName(ctx: CheckContext, row: Row): string {
  if (row.type === 'department') {
    return ctx.map.departments.find((d) => d.id === row.departmentId)?.name ?? row.departmentId;
  }
  return row.name ?? ROW_TERMS[row.type].word;
}

/**
 * Frontstage, then backstage, then support, top to bottom (hidden rows included: showing one
 * again must not break the lines). A department row below one of a later layer is out of
 * order; it is named, not the rows it jumped.
 */
export function rowsOutOfLayerOrder(ctx: CheckContext): Finding[] {
  const layers = new Map(ctx.map.departments.map((d) => [d.id, layerOf(d)] as const));
  let deepest: Layer = 'frontstage';
  const found: Finding[] = [];
  for (const row of ctx.rows) {
    if (row.type !== 'department') continue;
    const layer = layers.get(row.departmentId) ?? 'frontstage';
    if (LAYERS.indexOf(layer) >= LAYERS.indexOf(deepest)) {
      deepest = layer;
      continue;
    }
    found.push(
      finding(
        'row-layer-order',
        rowPath(ctx.map, row),
        `${quote(rowName(ctx, row))} is ${LAYER_TERMS[layer].word.toLowerCase()} but drawn below a ${LAYER_TERMS[deepest].word.toLowerCase()} row: move it up so the blueprint's lines stay straight.`,
        { type: 'department', id: row.departmentId },
      ),
    );
  }
  return found;
}

/** A shown department row without touchpoints, or a shown note row without notes. */
export function emptyRows(ctx: CheckContext): Finding[] {
  const owners = new Set(ctx.map.touchpoints.map((t) => t.departmentId));
  const noted = new Set(ctx.notes.map((n) => n.rowId));
  const found: Finding[] = [];
  for (const row of ctx.rows) {
    if (row.hidden === true) continue;
    const name = quote(rowName(ctx, row));
    if (row.type === 'department' && !owners.has(row.departmentId)) {
      found.push(
        finding(
          'row-empty',
          rowPath(ctx.map, row),
          `The ${name} row has no touchpoints: add what this department does, or hide the row.`,
          { type: 'department', id: row.departmentId },
        ),
      );
    } else if (isNoteRow(row) && !noted.has(row.id)) {
      found.push(
        finding(
          'row-empty',
          rowPath(ctx.map, row),
          `The ${name} row is empty: add a note to a stage, or hide the row.`,
          { type: 'row', id: row.id },
        ),
      );
    }
  }
  return found;
}

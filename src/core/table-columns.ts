/**
 * The tables a map becomes (CSV: the touchpoints; Excel: six sheets) and their columns,
 * once, for export and import alike. Headers are matched case-insensitively and without
 * spaces or punctuation on import ("Emotion note", "emotion_note" and "EMOTIONNOTE" are one
 * column), so a table typed by hand in a workshop reads as well as an exported one.
 */

export const SHEET_NAMES = {
  touchpoints: 'Touchpoints',
  stages: 'Stages',
  departments: 'Departments',
  frictions: 'Frictions',
  opportunities: 'Opportunities',
  connections: 'Connections',
} as const;
export type SheetKey = keyof typeof SHEET_NAMES;

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly header: string;
  /** A table without this column is refused (naming it). */
  readonly required?: boolean;
  /** Other headers read as this column. */
  readonly aliases?: readonly string[];
  /** Width in characters, for the workbook. */
  readonly width: number;
}

const col = <K extends string>(
  key: K,
  header: string,
  width: number,
  extra: { required?: boolean; aliases?: readonly string[] } = {},
): ColumnSpec<K> => ({ key, header, width, ...extra });

/**
 * One row per touchpoint. The ID is last: a workshop fills in the others, and a row
 * without an ID gets a new one; an exported ID read back keeps the touchpoint's identity
 * (so `touchmap diff` against the original shows what the workshop changed).
 */
export const TOUCHPOINT_COLUMNS = [
  col('stage', 'Stage', 18, { required: true }),
  col('department', 'Department', 18, { required: true, aliases: ['owner', 'lane'] }),
  col('kind', 'Kind', 12),
  col('channel', 'Channel', 12),
  col('title', 'Title', 30, { required: true, aliases: ['touchpoint', 'name'] }),
  col('description', 'Description', 40),
  col('emotion', 'Emotion', 14),
  col('emotionNote', 'Emotion note', 30),
  col('csat', 'CSAT', 8),
  col('evidence', 'Evidence', 12),
  col('source', 'Source', 24),
  col('frictions', 'Frictions', 40),
  col('opportunities', 'Opportunities', 40),
  col('id', 'ID', 14),
] as const;

/** The workbook has sheets for frictions and opportunities, so its Touchpoints sheet has
 * no such columns (import reads them in either place). */
export const WORKBOOK_TOUCHPOINT_COLUMNS = TOUCHPOINT_COLUMNS.filter(
  (c) => c.key !== 'frictions' && c.key !== 'opportunities',
);

export const STAGE_COLUMNS = [
  col('name', 'Name', 24, { required: true, aliases: ['stage'] }),
  col('description', 'Description', 40),
  col('id', 'ID', 14),
] as const;

export const DEPARTMENT_COLUMNS = [
  col('name', 'Name', 24, { required: true, aliases: ['department'] }),
  col('color', 'Color', 10, { aliases: ['colour'] }),
  col('id', 'ID', 14),
] as const;

/** A touchpoint is named by its ID, or by its title when no other touchpoint has it. */
export const FRICTION_COLUMNS = [
  col('touchpoint', 'Touchpoint', 16, { required: true, aliases: ['touchpointid'] }),
  col('severity', 'Severity', 10),
  col('text', 'Text', 50, { required: true, aliases: ['friction'] }),
  col('evidence', 'Evidence', 12),
  col('id', 'ID', 14),
] as const;

export const OPPORTUNITY_COLUMNS = [
  col('touchpoint', 'Touchpoint', 16, { required: true, aliases: ['touchpointid'] }),
  col('text', 'Text', 50, { required: true, aliases: ['opportunity'] }),
  col('id', 'ID', 14),
] as const;

export const CONNECTION_COLUMNS = [
  col('from', 'From', 16, { required: true }),
  col('to', 'To', 16, { required: true }),
  col('label', 'Label', 30),
  col('id', 'ID', 14),
] as const;

/** "Emotion note" -> "emotionnote": how headers are compared. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The most rows a sheet may have (the header included). A map this size is already far
 * past what a wall of sticky notes holds; a bigger table is refused before it is read
 * row by row, so a wrong file (a log, an export of a whole CRM) fails at once.
 */
export const MAX_TABLE_ROWS = 20_000;

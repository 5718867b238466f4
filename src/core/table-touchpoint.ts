/**
 * One row of the Touchpoints sheet as a touchpoint (its stage and department still names).
 * Frictions are lines "Severity: text" of one cell and opportunities one per line, as the
 * CSV file writes them; the workbook has sheets for both, and either is read.
 */
import { DEFAULT_TOUCHPOINT } from './defaults.ts';
import { LIMITS, type Friction, type Opportunity, type Touchpoint } from './model.ts';
import { ID_PREFIXES } from './ops/ids.ts';
import type { IdBook } from './table-records.ts';
import { readText } from './table-records.ts';
import type { SheetRow } from './table-sheet.ts';
import {
  readChannel,
  readCsat,
  readEmotion,
  readEvidence,
  readKind,
  readSeverity,
  type Read,
} from './table-values.ts';

export interface TouchpointRow {
  stage: string;
  department: string;
  touchpoint: Omit<Touchpoint, 'stageId' | 'departmentId'>;
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

function tooLong(row: SheetRow, key: string, what: string, text: string): boolean {
  if (text.length <= LIMITS.itemTextLength) return false;
  row.problem(
    key,
    `${what} "${text.slice(0, 30)}…" has ${text.length} characters; at most ${LIMITS.itemTextLength}`,
  );
  return true;
}

function frictionLines(row: SheetRow, ids: IdBook): Friction[] | null {
  const frictions: Friction[] = [];
  let ok = true;
  for (const line of lines(row.text('frictions'))) {
    const m = /^([^:]+):\s*(.+)$/.exec(line);
    const severity = m ? readSeverity(m[1]!.trim()) : null;
    if (!m || !severity?.ok) {
      row.problem(
        'frictions',
        `friction ${JSON.stringify(line)} needs a severity first: "High: ${line}" (Low, Medium or High)`,
      );
      ok = false;
      continue;
    }
    const text = m[2]!.trim();
    if (tooLong(row, 'frictions', 'friction', text)) ok = false;
    else
      frictions.push({ id: ids.idFor(null, ID_PREFIXES.friction), text, severity: severity.value });
  }
  return ok ? frictions : null;
}

function opportunityLines(row: SheetRow, ids: IdBook): Opportunity[] | null {
  const opportunities: Opportunity[] = [];
  let ok = true;
  for (const text of lines(row.text('opportunities'))) {
    if (tooLong(row, 'opportunities', 'opportunity', text)) ok = false;
    else opportunities.push({ id: ids.idFor(null, ID_PREFIXES.opportunity), text });
  }
  return ok ? opportunities : null;
}

/** A read value, or undefined after recording the problem at the cell. */
function value<T>(row: SheetRow, key: string, read: Read<T>): { v: T } | undefined {
  if (read.ok) return { v: read.value };
  row.problem(key, read.message);
  return undefined;
}

/** The row's touchpoint, or null after recording every problem of the row. */
export function readTouchpointRow(row: SheetRow, ids: IdBook): TouchpointRow | null {
  const stage = readText(row, 'stage', 'stage', LIMITS.nameLength, true);
  const department = readText(row, 'department', 'department', LIMITS.nameLength, true);
  const title = readText(row, 'title', 'title', LIMITS.titleLength, true);
  const kindText = row.text('kind');
  const channelText = row.text('channel');
  const kind =
    kindText === '' ? { v: DEFAULT_TOUCHPOINT.kind } : value(row, 'kind', readKind(kindText));
  const channel =
    channelText === ''
      ? { v: DEFAULT_TOUCHPOINT.channel }
      : value(row, 'channel', readChannel(channelText));
  const emotion = value(row, 'emotion', readEmotion(row.cell('emotion')));
  const csat = value(row, 'csat', readCsat(row.cell('csat')));
  const evidence = value(row, 'evidence', readEvidence(row.text('evidence')));
  const frictions = frictionLines(row, ids);
  const opportunities = opportunityLines(row, ids);
  if (
    stage === null ||
    department === null ||
    title === null ||
    !kind ||
    !channel ||
    !emotion ||
    !csat ||
    !evidence ||
    !frictions ||
    !opportunities
  )
    return null;
  const description = row.text('description');
  const emotionNote = row.text('emotionNote');
  const source = row.text('source');
  return {
    stage,
    department,
    touchpoint: {
      id: ids.idFor(row, ID_PREFIXES.touchpoint),
      title,
      ...(description !== '' && { description }),
      kind: kind.v,
      channel: channel.v,
      emotion: emotion.v,
      ...(emotionNote !== '' && { emotionNote }),
      frictions,
      opportunities,
      ...(csat.v !== undefined && { csat: csat.v }),
      ...(evidence.v !== undefined && { evidence: evidence.v }),
      ...(source !== '' && { source }),
      position: { x: 0, y: 0 },
    },
  };
}

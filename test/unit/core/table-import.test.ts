/** Tables -> map: what is read from where, and every problem named by its cell. */
import { describe, expect, it } from 'vitest';
import { cellName, columnLetter, formatTableProblem } from '../../../src/core/table-problems.ts';
import { importTables, type SheetInput } from '../../../src/core/table-import.ts';
import type { TableCell } from '../../../src/core/table-values.ts';

const OPTIONS = { id: 'imported', title: 'Workshop', now: '2026-12-07T00:00:00Z' };
const HEADER = ['Stage', 'Department', 'Kind', 'Channel', 'Title', 'Emotion', 'CSAT'];

const sheet = (rows: TableCell[][], name: string | null = 'Touchpoints'): SheetInput => ({
  name,
  rows,
});

function problemsOf(sheets: SheetInput[]): string[] {
  const result = importTables(sheets, OPTIONS);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => formatTableProblem('t.xlsx', p));
}

function mapOf(sheets: SheetInput[]) {
  const result = importTables(sheets, OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('cell names', () => {
  it('letters columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
  it('names a cell, a row, a sheet, or nothing for the whole file', () => {
    expect(cellName({ sheet: 'Touchpoints', row: 7, column: 'E' })).toBe('Touchpoints!E7');
    expect(cellName({ sheet: null, row: 7, column: 'E' })).toBe('E7');
    expect(cellName({ sheet: 'Stages', row: 3, column: null })).toBe('Stages!3:3');
    expect(cellName({ sheet: 'Stages', row: null, column: null })).toBe('Stages');
    expect(
      formatTableProblem('a.csv', { sheet: null, row: null, column: null, message: 'm' }),
    ).toBe('a.csv: m');
  });
});

describe('importTables', () => {
  it('matches headers in any case, order and spelling, and notes the columns it leaves out', () => {
    const { map, notes } = mapOf([
      sheet([
        ['TITLE', 'emotion_note', 'stage', 'DEPARTMENT', 'Owner notes'],
        ['Search', 'slow site', 'Awareness', 'Marketing', 'x'],
      ]),
    ]);
    expect(map.touchpoints[0]).toMatchObject({
      title: 'Search',
      emotionNote: 'slow site',
      kind: 'experience',
      channel: 'other',
      emotion: null,
    });
    expect(notes).toEqual([
      'Touchpoints!E1: column "Owner notes" is not one Touchmap reads; it was left out',
    ]);
  });

  it('creates stages and departments in order of first appearance, names in any case', () => {
    const { map } = mapOf([
      sheet([
        HEADER,
        ['Stay', 'Front desk', 'Service', 'In person', 'Check-in', '-1', ''],
        ['Booking', 'Web team', 'experience', 'web', 'Book', 'Very positive', 4.5],
        ['stay', 'Housekeeping', '', '', 'Room', 2, '4,5'],
        ['', '', '', '', '', '', ''],
        ['Booking', 'front desk', 'SERVICE', 'Chat or chatbot', 'Ask', 'not rated', ''],
      ]),
    ]);
    expect(map.stages.map((s) => [s.id, s.name])).toEqual([
      ['st-stay', 'Stay'],
      ['st-booking', 'Booking'],
    ]);
    expect(map.departments.map((d) => d.name)).toEqual(['Front desk', 'Web team', 'Housekeeping']);
    expect(map.touchpoints.map((t) => [t.title, t.kind, t.channel, t.emotion, t.csat])).toEqual([
      ['Check-in', 'service', 'in-person', -1, undefined],
      ['Book', 'experience', 'web', 2, 4.5],
      ['Room', 'experience', 'other', 2, 4.5],
      ['Ask', 'service', 'chat', null, undefined],
    ]);
    expect(map.touchpoints.map((t) => t.id)).toEqual(['tp-1', 'tp-2', 'tp-3', 'tp-4']);
    // Known department names take the default colour of that name.
    expect(
      mapOf([sheet([HEADER, ['A', 'Sales', '', '', 'T', '', '']])]).map.departments[0]!.color,
    ).toBe('#cfa23a');
  });

  it('keeps the IDs given and never gives a new record one of them', () => {
    const { map } = mapOf([
      sheet([
        [...HEADER, 'ID'],
        ['S', 'D', '', '', 'One', '', '', 'tp-2'],
        ['S', 'D', '', '', 'Two', '', '', ''],
      ]),
    ]);
    expect(map.touchpoints.map((t) => t.id)).toEqual(['tp-2', 'tp-1']);
  });

  it('places the cards of a cell in its slots, in row order, none overlapping', () => {
    const rows: TableCell[][] = [HEADER];
    for (let i = 0; i < 9; i++) rows.push(['S', 'D', '', '', `Card ${i}`, '', '']);
    const { map } = mapOf([sheet(rows)]);
    const positions = map.touchpoints.map((t) => t.position);
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(9);
    // Nine cards: three slot columns, so the first row holds cards 0-2.
    expect(positions[1]!.y).toBe(positions[0]!.y);
    expect(positions[3]!.y).toBeGreaterThan(positions[0]!.y);
    expect(positions[3]!.x).toBe(positions[0]!.x);
  });

  it('names the missing required columns', () => {
    expect(
      problemsOf([
        sheet([
          ['Title', 'Kind'],
          ['x', 'Service'],
        ]),
      ]),
    ).toEqual([
      't.xlsx: Touchpoints!1:1: the header row has no "Stage", "Department" columns; the columns are Stage, Department, Kind, Channel, Title, Description, Emotion, Emotion note, CSAT, Evidence, Source, Frictions, Opportunities, ID (in any order and case)',
    ]);
  });

  it('names the cell of every wrong value, all at once', () => {
    expect(
      problemsOf([
        sheet([
          [...HEADER, 'Frictions', 'ID'],
          ['S', 'D', 'Thing', 'Pigeon', 'Ok', 5, 7, '', 'bad id!'],
          ['', 'D', 'Service', 'Web', '', 'Happy', 'x', 'Long queue\nHigh: ok', ''],
          ['S', 'D', '', '', 'x'.repeat(201), '-2', '', 'Severe: y', 'tp-1'],
          ['S', 'D', '', '', 'Dup', '', '', '', 'tp-1'],
        ]),
      ]),
    ).toEqual([
      't.xlsx: Touchpoints!I2: ID "bad id!" is not valid: use 1 to 64 characters from A-Z, a-z, 0-9, "_" and "-", or leave it empty',
      't.xlsx: Touchpoints!I5: ID "tp-1" is used twice (first at Touchpoints!4)',
      't.xlsx: Touchpoints!C2: kind "Thing" is not one of Service, Experience',
      't.xlsx: Touchpoints!D2: channel "Pigeon" is not one of In person, Phone, Email, Chat, Web, App, Social, Mail, Event, Other',
      't.xlsx: Touchpoints!F2: emotion "5" is not between -2 and 2',
      't.xlsx: Touchpoints!G2: CSAT "7" is not between 1 and 5',
      't.xlsx: Touchpoints!A3: the stage is empty',
      't.xlsx: Touchpoints!E3: the title is empty',
      't.xlsx: Touchpoints!F3: emotion "Happy" is not a number from -2 to 2 nor one of Very negative, Negative, Neutral, Positive, Very positive, Not rated',
      't.xlsx: Touchpoints!G3: CSAT "x" is not a number from 1 to 5',
      't.xlsx: Touchpoints!H3: friction "Long queue" needs a severity first: "High: Long queue" (Low, Medium or High)',
      't.xlsx: Touchpoints!E4: the title has 201 characters; at most 200',
      't.xlsx: Touchpoints!H4: friction "Severe: y" needs a severity first: "High: Severe: y" (Low, Medium or High)',
    ]);
  });

  it('reads evidence and source in any case, and names the cell of an evidence it does not know', () => {
    const { map } = mapOf([
      sheet([
        ['Stage', 'Department', 'Title', 'Evidence', 'Source'],
        ['S', 'D', 'Seen', 'observed', 'Field visit 2'],
        ['S', 'D', 'Told', 'REPORTED', ''],
        ['S', 'D', 'Guess', 'Assumed', ''],
        ['S', 'D', 'Unmarked', '', 'NPS survey Q3'],
      ]),
      sheet(
        [
          ['Touchpoint', 'Text', 'Evidence'],
          ['Seen', 'Queue', 'assumed'],
          ['Told', 'Card refused', ''],
        ],
        'Frictions',
      ),
    ]);
    expect(map.touchpoints.map((tp) => [tp.title, tp.evidence, tp.source, tp.frictions])).toEqual([
      [
        'Seen',
        'observed',
        'Field visit 2',
        [{ id: 'fr-1', text: 'Queue', severity: 'medium', evidence: 'assumed' }],
      ],
      ['Told', 'reported', undefined, [{ id: 'fr-2', text: 'Card refused', severity: 'medium' }]],
      ['Guess', 'assumed', undefined, []],
      ['Unmarked', undefined, 'NPS survey Q3', []],
    ]);
    expect(
      problemsOf([
        sheet([
          ['Stage', 'Department', 'Title', 'Evidence'],
          ['S', 'D', 'A', ''],
          ['S', 'D', 'B', 'Seen it'],
        ]),
        sheet(
          [
            ['Touchpoint', 'Text', 'Evidence'],
            ['A', 'Queue', 'maybe'],
          ],
          'Frictions',
        ),
      ]),
    ).toEqual([
      't.xlsx: Touchpoints!D3: evidence "Seen it" is not one of Observed, Reported, Assumed',
      't.xlsx: Frictions!C2: evidence "maybe" is not one of Observed, Reported, Assumed',
    ]);
  });

  it('reads the other sheets: stages and departments first, then frictions, opportunities, connections', () => {
    const { map } = mapOf([
      sheet([
        ['Stage', 'Department', 'Title', 'ID'],
        ['Stay', 'Desk', 'Check-in', 'tp-in'],
        ['Stay', 'Desk', 'Pay', ''],
      ]),
      sheet(
        [
          ['Name', 'Description'],
          ['Book', 'Before'],
          ['Stay', ''],
        ],
        'stages',
      ),
      sheet(
        [
          ['Name', 'Colour'],
          ['Desk', '3f88c5'],
        ],
        'Departments',
      ),
      sheet(
        [
          ['Touchpoint', 'Severity', 'Text'],
          ['tp-in', 'high', 'Queue'],
          ['Pay', '', 'Card refused'],
        ],
        'Frictions',
      ),
      sheet(
        [
          ['Touchpoint', 'Text'],
          ['check-in', 'Kiosk'],
        ],
        'Opportunities',
      ),
      sheet(
        [
          ['From', 'To', 'Label'],
          ['tp-in', 'Pay', 'then'],
        ],
        'Connections',
      ),
    ]);
    expect(map.stages).toEqual([
      { id: 'st-book', name: 'Book', description: 'Before' },
      { id: 'st-stay', name: 'Stay' },
    ]);
    expect(map.departments).toEqual([{ id: 'dep-desk', name: 'Desk', color: '#3f88c5' }]);
    const [checkIn, pay] = map.touchpoints;
    expect(checkIn!.frictions).toEqual([{ id: 'fr-1', text: 'Queue', severity: 'high' }]);
    expect(pay!.frictions).toEqual([{ id: 'fr-2', text: 'Card refused', severity: 'medium' }]);
    expect(checkIn!.opportunities).toEqual([{ id: 'op-1', text: 'Kiosk' }]);
    expect(map.connections).toEqual([{ id: 'cn-1', from: 'tp-in', to: pay!.id, label: 'then' }]);
  });

  it('names the cells of references that find no touchpoint or more than one', () => {
    expect(
      problemsOf([
        sheet([
          ['Stage', 'Department', 'Title'],
          ['S', 'D', 'Twin'],
          ['S', 'D', 'Twin'],
        ]),
        sheet(
          [
            ['From', 'To'],
            ['Twin', 'nobody'],
            ['', 'Twin'],
          ],
          'Connections',
        ),
        sheet(
          [
            ['Name', 'Color'],
            ['D', 'blue'],
            ['E', ''],
            ['e', ''],
          ],
          'Departments',
        ),
      ]),
    ).toEqual([
      't.xlsx: Departments!B2: colour "blue" is not a colour like "#3f88c5"',
      't.xlsx: Departments!A4: "e" is named twice',
      't.xlsx: Connections!A2: 2 touchpoints have the title "Twin": give the ID instead',
      't.xlsx: Connections!B2: no touchpoint has the ID or title "nobody"',
      "t.xlsx: Connections!A3: the From cell is empty: give a touchpoint's ID or title",
      't.xlsx: Connections!B3: 2 touchpoints have the title "Twin": give the ID instead',
    ]);
  });

  it('refuses a table without touchpoint rows, a second column of one kind, and an empty input', () => {
    expect(problemsOf([sheet([HEADER])])).toEqual([
      't.xlsx: Touchpoints: no touchpoint rows: a map needs at least one stage and one department',
    ]);
    expect(
      problemsOf([
        sheet([
          ['Stage', 'Department', 'Title', 'stage'],
          ['a', 'b', 'c', 'd'],
        ]),
      ]),
    ).toEqual(['t.xlsx: Touchpoints!D1: a second Stage column (the first is A)']);
    expect(problemsOf([])).toEqual(['t.xlsx: the table is empty']);
  });

  it('refuses a sheet over the row limit at once', () => {
    const rows: TableCell[][] = [
      HEADER,
      ...Array.from({ length: 100_000 }, () => ['S', 'D', '', '', 'T', '', '']),
    ];
    const started = performance.now();
    expect(problemsOf([sheet(rows)])).toEqual([
      't.xlsx: Touchpoints: 100,001 rows; a table may have at most 20,000',
    ]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

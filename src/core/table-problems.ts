/**
 * What is wrong with an imported table, named by its cell as a spreadsheet names it
 * (`Touchpoints!G7`, or `G7` in a CSV file, which has one unnamed sheet), so a person can
 * go straight to the cell and fix it.
 */

export interface TableProblem {
  /** The sheet's name; null for a CSV file. */
  sheet: string | null;
  /** 1-based, as the spreadsheet numbers rows; null when the problem is the whole sheet. */
  row: number | null;
  /** The column's letter ("A", "AB"); null when the problem is a whole row. */
  column: string | null;
  message: string;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "Touchpoints!G7", "G7", "Touchpoints!7:7" (a whole row), "Touchpoints" (the sheet), or ''
 * for the whole file. */
export function cellName(problem: Pick<TableProblem, 'sheet' | 'row' | 'column'>): string {
  const { sheet, row, column } = problem;
  const prefix = sheet === null ? '' : `${sheet}!`;
  if (row === null) return sheet ?? '';
  if (column === null) return `${prefix}${row}:${row}`;
  return `${prefix}${column}${row}`;
}

/** "touchpoints.xlsx: Touchpoints!E7: emotion "5" is not between -2 and 2". */
export function formatTableProblem(file: string, problem: TableProblem): string {
  const cell = cellName(problem);
  return cell === '' ? `${file}: ${problem.message}` : `${file}: ${cell}: ${problem.message}`;
}

/**
 * exceljs, loaded when first needed: it is large (about 1 MB, as much as the rest of the
 * renderer), so neither the app's first screen nor a CSV export waits for it.
 */
import type * as ExcelJS from 'exceljs';

export type ExcelWorksheet = ExcelJS.Worksheet;
export type ExcelCellValue = ExcelJS.CellValue;

type ExcelModule = typeof ExcelJS;

let loading: Promise<ExcelModule> | undefined;

export function loadExcel(): Promise<ExcelModule> {
  // A CommonJS package: Node and Vite give its exports as the default export.
  loading ??= import('exceljs').then(
    (m) => (m as unknown as { default?: ExcelModule }).default ?? (m as unknown as ExcelModule),
  );
  return loading;
}

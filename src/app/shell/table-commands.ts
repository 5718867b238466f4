/**
 * File › Export CSV… / Export Excel… and File › Import table…: the open map written as a
 * table through the platform's export (src/tables), and a CSV file or workbook the user
 * picks opened as a new, unsaved map, the way a template opens. A table with problems
 * lists them by cell in the error dialog, and the open map is left as it was.
 */
import { cellName } from '../../core/table-problems.ts';
import type { CommandHandlers } from '../editor/commands.ts';
import { confirmReplace, type DocumentHost } from './document-actions.ts';
import { createSession, newMapId, suggestedFileName, systemEntropy } from './session.ts';

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A file the user picks in the page's own file input (no path: its name and bytes). */
export interface PickedTable {
  name: string;
  bytes: Uint8Array;
}

/** The browser's file picker for .csv and .xlsx files; null when cancelled. */
function pickTable(doc: Document): Promise<PickedTable | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.csv,text/csv,.xlsx';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) resolve(null);
      else
        void file.arrayBuffer().then((b) => resolve({ name: file.name, bytes: new Uint8Array(b) }));
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    doc.body.append(input);
    input.click();
  });
}

async function exportTable(host: DocumentHost, format: 'csv' | 'xlsx'): Promise<void> {
  const session = host.getSession();
  if (session === null) return;
  const { map } = session.document.getState();
  const bytes =
    format === 'csv'
      ? (await import('../../tables/csv.ts')).mapToCsv(map)
      : await (await import('../../tables/xlsx-write.ts')).mapToXlsx(map);
  const name = suggestedFileName(map.title).replace(/\.touchmap$/, `.${format}`);
  const outcome = await host.platform.exportFile(bytes, name, MIME[format]);
  if (outcome.status === 'failed')
    await host.dialogs.ask({
      title: 'The table could not be saved',
      lines: [outcome.message],
      tone: 'error',
      buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
      cancelValue: 'ok',
    });
}

/** Reads the table and, when it is whole, opens its map as a new unsaved document. */
async function importTable(host: DocumentHost, table: PickedTable): Promise<boolean> {
  const entropy = host.entropy ?? systemEntropy;
  const { importTableFile } = await import('../../tables/import-file.ts');
  const result = await importTableFile(table.name, table.bytes, {
    id: newMapId('journey', entropy),
    now: entropy.now(),
  });
  if (!result.ok) {
    const more = result.totalProblems - result.problems.length;
    await host.dialogs.ask({
      title: `“${table.name}” could not be imported`,
      lines: [
        `${result.totalProblems} problem${result.totalProblems === 1 ? '' : 's'}, by cell:`,
        ...(more > 0 ? [`…and ${more} more.`] : []),
      ],
      details: result.problems.map((p) => ({ path: cellName(p), message: p.message })),
      footnote: 'Nothing was changed.',
      tone: 'error',
      buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
      cancelValue: 'ok',
    });
    return false;
  }
  if (!(await confirmReplace(host))) return false;
  // Like a map from a template: new, not edited until the user changes it.
  host.setSession(createSession({ map: result.map }, entropy));
  return true;
}

export function tableCommands(host: DocumentHost, doc: Document | null): CommandHandlers {
  return {
    exportCsv: () => exportTable(host, 'csv'),
    exportXlsx: () => exportTable(host, 'xlsx'),
    importTable: async () => {
      if (doc === null) return;
      const table = await pickTable(doc);
      if (table !== null) await importTable(host, table);
    },
  };
}

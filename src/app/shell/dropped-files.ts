/**
 * Files dropped on the window: map files open (the desktop main process reads them and
 * routes each to a window; the browser reads the first one here), a PDF Touchmap exported
 * opens the map it carries, anything else is named as not a map.
 */
import { fileAdopterOf } from '../platform/host-services.ts';
import { tell } from './dialogs.ts';
import { loadText, openRouted } from './document-actions.ts';
import { isMapFileName, isPdf, MapFileError, mapTextOf, readBytes } from './map-file.ts';
import { exclusive, type ShellContext } from './shell-context.ts';

/** A file dropped on the window, with its file handle where the browser gives one. */
export interface DroppedFile {
  file: File;
  handle?: Promise<FileSystemHandle | null> | null;
}

async function openMapHere(ctx: ShellContext, dropped: DroppedFile): Promise<void> {
  const { file: blob } = dropped;
  let read;
  try {
    read = await mapTextOf(blob.name, await readBytes(blob));
  } catch (error) {
    // Not UTF-8: the core's message, as for the file picker; nothing is opened.
    if (!(error instanceof MapFileError)) throw error;
    await tell(ctx.dialogs, { title: error.message, lines: error.lines, tone: 'error' });
    return;
  }
  const { text, fromPdf } = read;
  const handle = await dropped.handle?.catch(() => null);
  const adopt = fileAdopterOf(ctx.platform);
  const file =
    adopt && !fromPdf
      ? adopt(blob.name, handle && handle.kind === 'file' ? (handle as FileSystemFileHandle) : null)
      : null;
  await loadText(ctx.host, text, file, { confirm: true, name: blob.name });
}

async function openPdf(ctx: ShellContext, name: string, bytes: Uint8Array): Promise<void> {
  try {
    const { text } = await mapTextOf(name, bytes);
    // The map of a PDF has no .touchmap file yet: saving asks where.
    await loadText(ctx.host, text, null, { confirm: true, name });
  } catch (error) {
    if (!(error instanceof MapFileError)) throw error;
    await tell(ctx.dialogs, { title: error.message, lines: error.lines, tone: 'error' });
  }
}

/** Opens what was dropped; one drop at a time. */
export function createDropHandler(
  ctx: ShellContext,
): (dropped: readonly DroppedFile[]) => Promise<void> {
  const { desktop, store, host, dialogs } = ctx;
  return exclusive(async (dropped: readonly DroppedFile[]) => {
    store.setState({ dropping: false });
    if (dropped.length === 0) return;
    // Sort what came: map files by name, PDFs by their first bytes.
    const maps: DroppedFile[] = [];
    const pdfs: { name: string; bytes: Uint8Array }[] = [];
    for (const item of dropped) {
      if (isMapFileName(item.file.name)) {
        maps.push(item);
        continue;
      }
      const bytes = await readBytes(item.file);
      if (isPdf(bytes)) pdfs.push({ name: item.file.name, bytes });
    }
    if (maps.length > 0) {
      // Main reads them (by path), routes each to a window and grants this one its file.
      if (desktop) await openRouted(host, () => desktop.openDroppedFiles(maps.map((m) => m.file)));
      else await openMapHere(ctx, maps[0]!);
      return;
    }
    if (pdfs.length > 0) {
      await openPdf(ctx, pdfs[0]!.name, pdfs[0]!.bytes);
      return;
    }
    const names = dropped.map((d) => `“${d.file.name}”`).join(', ');
    await tell(dialogs, {
      title: 'Nothing to open',
      lines: [
        `${names} ${dropped.length === 1 ? 'is not a map' : 'are not maps'}.`,
        'Touchmap opens .touchmap files, and the PDFs it exported (they carry their map).',
      ],
      tone: 'info',
    });
  });
}

/**
 * The options of the file dialogs, and the file names the renderer suggests made safe: a
 * suggested name is only a name (never a path), and the extension is the one of the format.
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join, posix, win32 } from 'node:path';
import type { ExportMimeType } from '../../src/ipc/contract.ts';

export const MAP_EXTENSION = 'touchmap';

export const EXPORT_FORMATS: Record<ExportMimeType, { extension: string; name: string }> = {
  'application/pdf': { extension: 'pdf', name: 'PDF document' },
  'image/png': { extension: 'png', name: 'PNG image' },
  'image/svg+xml': { extension: 'svg', name: 'SVG image' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    extension: 'pptx',
    name: 'PowerPoint presentation',
  },
};

const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A file name from a map title: no folders, no characters a file system refuses, not empty. */
export function safeFileName(suggested: string, extension: string): string {
  const printable = [...suggested].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  let name = printable
    .replace(/[\\/]/g, '-')
    .replace(/[<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  const dotted = `.${extension}`;
  if (name.toLowerCase().endsWith(dotted)) name = name.slice(0, -dotted.length).trim();
  if (name === '' || RESERVED_WINDOWS_NAMES.test(name)) name = name ? `${name}-map` : 'Untitled';
  return `${name.slice(0, 120)}${dotted}`;
}

/** The path with the extension added when the user typed a name without it. */
export function withExtension(path: string, extension: string, platform: NodeJS.Platform): string {
  const base = (platform === 'win32' ? win32 : posix).basename(path);
  return base.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}

export function openMapDialogOptions(defaultFolder: string | null): OpenDialogOptions {
  return {
    title: 'Open Map',
    ...(defaultFolder ? { defaultPath: defaultFolder } : {}),
    properties: ['openFile'],
    filters: [
      // A PDF exported by Touchmap carries its map, so it opens like a map file.
      { name: 'Touchmap maps', extensions: [MAP_EXTENSION, 'pdf'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

export function saveMapDialogOptions(
  suggestedName: string,
  defaultFolder: string | null,
): SaveDialogOptions {
  const name = safeFileName(suggestedName, MAP_EXTENSION);
  return {
    title: 'Save Map',
    defaultPath: defaultFolder ? join(defaultFolder, name) : name,
    filters: [{ name: 'Touchmap map', extensions: [MAP_EXTENSION] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function exportDialogOptions(
  suggestedName: string,
  mimeType: ExportMimeType,
  defaultFolder: string | null,
): SaveDialogOptions {
  const format = EXPORT_FORMATS[mimeType];
  const name = safeFileName(suggestedName, format.extension);
  return {
    title: `Export ${format.name}`,
    defaultPath: defaultFolder ? join(defaultFolder, name) : name,
    filters: [{ name: format.name, extensions: [format.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function fallbackFontDialogOptions(defaultFolder: string | null): OpenDialogOptions {
  return {
    title: 'Choose a Fallback Font',
    ...(defaultFolder ? { defaultPath: defaultFolder } : {}),
    properties: ['openFile'],
    filters: [{ name: 'TrueType fonts', extensions: ['ttf', 'ttc'] }],
  };
}

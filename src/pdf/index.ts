/**
 * The PDF exporter: a journey map to a vector PDF (see export.ts), and back (the embedded map).
 */
export { exportPdf, exportPdfSync, type ExportResult } from './export.ts';
export { ExportError } from './pages.ts';
export { resolveOptions, type ExportOptions, type MapLayoutMode } from './options.ts';
export { EMBEDDED_MARKER, extractEmbeddedMap } from './embed.ts';
export { planTiles } from './tiling.ts';

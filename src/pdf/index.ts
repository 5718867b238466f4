/**
 * The PDF exporter: a journey map to a vector PDF (see export.ts), and back (the embedded map).
 */
export { exportPdf, exportPdfSync, CREATOR, type ExportResult } from './export.ts';
export { ExportError } from './pages.ts';
export {
  APPENDIX_SECTIONS,
  DEFAULT_MARGIN,
  DEFAULT_OVERLAP,
  MAX_TILES,
  PAGE_SIZES,
  PAGE_SIZE_NAMES,
  resolveOptions,
  type AppendixSection,
  type ExportOptions,
  type FilterMode,
  type MapLayoutMode,
  type Margins,
  type Orientation,
  type PageSizeName,
  type ProgressCallback,
  type ResolvedOptions,
} from './options.ts';
export { type FontBytes } from './fonts.ts';
export {
  EMBEDDED_FILE_NAME,
  EMBEDDED_MARKER,
  EMBEDDED_MIME_TYPE,
  extractEmbeddedMap,
} from './embed.ts';
export { planTiles, tileLabel, type Tile, type TileGrid } from './tiling.ts';

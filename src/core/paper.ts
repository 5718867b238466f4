/**
 * Paper: the page sizes and orientations a map is printed on. Pure data, shared by the PDF
 * exporter, the preferences (main and renderer) and the CLI.
 */

export const PAGE_SIZE_NAMES = [
  'A4',
  'A3',
  'A2',
  'A1',
  'A0',
  'Letter',
  'Legal',
  'Tabloid',
] as const;
export type PageSizeName = (typeof PAGE_SIZE_NAMES)[number];

/** Portrait width x height in points (ISO 216 sizes rounded to 0.01 pt, as jsPDF has them). */
export const PAGE_SIZES: Readonly<Record<PageSizeName, { width: number; height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
  A2: { width: 1190.55, height: 1683.78 },
  A1: { width: 1683.78, height: 2383.94 },
  A0: { width: 2383.94, height: 3370.39 },
  Letter: { width: 612, height: 792 },
  Legal: { width: 612, height: 1008 },
  Tabloid: { width: 792, height: 1224 },
};

export type Orientation = 'portrait' | 'landscape';

/**
 * The paper a map is printed on until someone chooses another: the exporter's default, the
 * preferences' default (which seed the app's Export dialog) and the command line's, once.
 */
export const DEFAULT_PAPER: { readonly pageSize: PageSizeName; readonly orientation: Orientation } =
  { pageSize: 'A3', orientation: 'landscape' };

/**
 * Export SVG and Export PNG in the app (File menu, command palette): the whole map as one
 * picture, the same drawing as the PDF's first page (src/pdf/svg-export.ts), saved through
 * the platform's exportFile. No dialog: the picture has no pages to choose; the text size is
 * the user's.
 *
 * The SVG carries the bundled fonts as @font-face data URLs, so it looks the same on a
 * machine without Noto Sans, and so the browser can draw it: an SVG shown as an image loads
 * nothing from outside itself. The PNG is that SVG drawn on a canvas at twice its size (less
 * for a very large map, see svg-raster.ts) on white. The drawing takes about a second for a
 * large map: it runs on the page's thread, as the export worker's protocol carries PDFs only.
 */
import type { JourneyMap } from '../../core/model.ts';
import type { TextSize } from '../../core/text-size.ts';
import { pngScale } from '../../pdf/svg-raster.ts';
import type { WorkerFonts } from './protocol.ts';
import { suggestedPdfName } from './run-export.ts';

export type PictureFormat = 'svg' | 'png';

export interface Picture {
  bytes: Uint8Array;
  name: string;
  mime: string;
  /** Characters no font had, drawn as boxes. */
  missingCharacters: string[];
}

/** The picture's file name: the PDF's, with the picture's extension. */
const pictureName = (title: string, format: PictureFormat): string =>
  suggestedPdfName(title).replace(/\.pdf$/, `.${format}`);

/** Draws an SVG on a canvas, `scale` pixels per SVG pixel, on white; PNG bytes. */
async function rasterise(svg: string, width: number, height: number): Promise<Uint8Array> {
  const size = pngScale(width, height, null);
  if (!size.ok) throw new Error(size.problem);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(size.width, size.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw a picture of this size.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(image, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('The picture could not be encoded as PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The map as an SVG or PNG file, ready to save. */
export async function makePicture(
  map: JourneyMap,
  format: PictureFormat,
  fonts: WorkerFonts,
  textSize: TextSize,
): Promise<Picture> {
  const { exportSvg } = await import('../../pdf/svg-export.ts');
  const result = exportSvg(
    map,
    { textSize, date: new Date().toISOString(), embedFonts: true },
    fonts,
  );
  const name = pictureName(map.title, format);
  const bytes =
    format === 'svg'
      ? new TextEncoder().encode(result.svg)
      : await rasterise(result.svg, result.width, result.height);
  return {
    bytes,
    name,
    mime: format === 'svg' ? 'image/svg+xml' : 'image/png',
    missingCharacters: result.missingCharacters,
  };
}

/**
 * Stands in for jsPDF's optional packages (html2canvas, canvg, dompurify and canvg's core-js)
 * in the renderer build, export worker included (see vite.config.ts). jsPDF loads them only
 * for `html()` and SVG images, which the exporter never calls, and they were more than a
 * quarter of what the first PDF click downloaded. Should anything call them, it fails plainly.
 */
export default function leftOut(): never {
  throw new Error(
    'This jsPDF feature is left out of Touchmap (html2canvas, canvg and dompurify are not bundled).',
  );
}

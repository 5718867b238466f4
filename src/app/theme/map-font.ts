/**
 * Waits for the map's font (map-font.css) before the first render: compact titles and labels
 * are laid out from measured widths, and a width measured in a fallback font is kept
 * (text-width.ts caches it). The font is a local file, loaded in milliseconds; should it
 * fail or hang, the app starts anyway after `timeoutMs`, measuring and drawing the fallback.
 */
export const MAP_FONT_FACES = ['400 16px "Touchmap Sans"', '700 16px "Touchmap Sans"'];

export async function loadMapFont(
  fonts: Pick<FontFaceSet, 'load'> | undefined = globalThis.document?.fonts,
  timeoutMs = 3000,
): Promise<void> {
  if (!fonts) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((done) => {
    timer = setTimeout(done, timeoutMs);
  });
  const loaded = Promise.all(MAP_FONT_FACES.map((face) => fonts.load(face))).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([loaded, timeout]);
  clearTimeout(timer);
}

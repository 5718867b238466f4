/**
 * The bundled Noto Sans (OFL, see assets/fonts) as data URLs, inlined by Vite into their own
 * chunk: fonts.ts loads it on the first export only. Inlined rather than fetched, so the
 * fonts work offline, from file:// in the desktop app (where fetch cannot read files) and
 * under the page's Content Security Policy, with nothing to configure.
 */
import regular from '../../../assets/fonts/NotoSans-Regular.ttf?inline';
import bold from '../../../assets/fonts/NotoSans-Bold.ttf?inline';

export const FONT_DATA_URLS = { regular, bold } as const;
